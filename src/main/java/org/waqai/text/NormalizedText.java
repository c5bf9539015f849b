package org.waqai.text;

import java.util.Objects;
import org.waqai.model.Span;

/**
 * A normalised text with its alignment to the original: character {@code i} of {@link #text()} came from
 * character {@code originalOffset(i)} of {@link #original()}.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] toOriginal;

  NormalizedText(String original, String text, int[] toOriginal) {
    this.original = Objects.requireNonNull(original);
    this.text = Objects.requireNonNull(text);
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException("alignment must have one entry per character plus one");
    }
    this.toOriginal = toOriginal;
  }

  public String original() {
    return original;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** The original offset of normalised offset {@code i}; {@code i == length()} maps to the end of the source. */
  public int originalOffset(int i) {
    return toOriginal[i];
  }

  /**
   * The original span covering normalised [start, end). The end is the original position just after the last
   * normalised character, so deleted marks (diacritics, tatweel) inside the span are kept and trailing ones are not.
   */
  public Span toOriginal(int start, int end) {
    if (start == end) {
      return new Span(toOriginal[start], toOriginal[start]);
    }
    int s = toOriginal[start];
    int e = toOriginal[end - 1] + 1;
    // a character that expanded (e.g. a lam-alef ligature) maps several outputs to one input
    while (e < original.length() && Character.isLowSurrogate(original.charAt(e))) {
      e++;
    }
    return new Span(s, Math.max(s, e));
  }

  /** The original text under normalised [start, end). */
  public String originalText(int start, int end) {
    Span s = toOriginal(start, end);
    return original.substring(s.start(), s.end());
  }
}

package org.waqai.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits normalised news text into sentences. Copes with a full stop without a following space
 * ({@code الليل.وأوضح}), headlines without punctuation (a line break ends a sentence), abbreviations made of single
 * letters ({@code أ.ف.ب}) and decimal numbers. Characters marked in {@code ignored} (page furniture) never belong to
 * a sentence.
 */
public final class SentenceSplitter {
  private static final String CLOSERS = "\"'»)]”’";

  public List<Sentence> split(String text, BitSet ignored) {
    List<Sentence> out = new ArrayList<>();
    int start = -1;
    int paragraph = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ignored.get(i)) {
        start = close(out, text, start, i, paragraph);
        continue;
      }
      if (c == '\n') {
        start = close(out, text, start, i, paragraph);
        paragraph++;
        continue;
      }
      if (start < 0) {
        if (Character.isWhitespace(c) || isBullet(c)) {
          continue;
        }
        start = i;
      }
      if (isTerminal(text, i)) {
        int end = i + 1;
        while (end < text.length() && (CLOSERS.indexOf(text.charAt(end)) >= 0 || text.charAt(end) == '.')) {
          end++;
        }
        start = close(out, text, start, end, paragraph);
        i = end - 1;
      }
    }
    close(out, text, start, text.length(), paragraph);
    return out;
  }

  private static boolean isBullet(char c) {
    return c == '•' || c == '·' || c == '*' || c == '-' || c == '–';
  }

  private static boolean isTerminal(String t, int i) {
    char c = t.charAt(i);
    // the ellipsis character ends a sentence as "..." does (بقصف مدينتي X و Y … الجيش الحر رد على القصف)
    if (c == '!' || c == '?' || c == '؟' || c == '\u2026') {
      return true;
    }
    if (c != '.') {
      return false;
    }
    boolean digitBefore = i > 0 && Character.isDigit(t.charAt(i - 1));
    boolean digitAfter = i + 1 < t.length() && Character.isDigit(t.charAt(i + 1));
    if (digitBefore && digitAfter) {
      return false;
    }
    // single-letter abbreviations: أ.ف.ب or "د." before a name
    boolean singleBefore = i > 0 && Tokenizer.isLetter(t.charAt(i - 1))
        && (i == 1 || !Tokenizer.isLetter(t.charAt(i - 2)));
    boolean singleAfter = i + 2 < t.length() && Tokenizer.isLetter(t.charAt(i + 1))
        && !Tokenizer.isLetter(t.charAt(i + 2));
    return !(singleBefore && (singleAfter || i + 1 < t.length() && t.charAt(i + 1) != ' '));
  }

  private static int close(List<Sentence> out, String text, int start, int end, int paragraph) {
    if (start < 0) {
      return -1;
    }
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    boolean hasLetter = false;
    for (int k = start; k < e && !hasLetter; k++) {
      hasLetter = Tokenizer.isLetter(text.charAt(k));
    }
    if (hasLetter) {
      out.add(new Sentence(out.size(), start, e, paragraph));
    }
    return -1;
  }
}

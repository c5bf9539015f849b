package org.waqai.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waqai.text.Clitics;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * Finds the longest lexicon phrases in a token sequence. Phrases are normalised word sequences; the first word of a
 * match may carry proclitics (و ف ب ل ك لل), the following words must match as written. Immutable once built.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

  /** A match: tokens [first, last] and the values of the phrase (several entries may share a phrase). */
  public record Match<V>(int first, int last, List<V> values, String phrase) {}

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>(4);
    List<V> values;
    String phrase;
  }

  private final Node<V> root = new Node<>();
  private int size;

  /** Adds a normalised phrase. */
  public void add(String normalisedPhrase, V value) {
    List<Token> words = new Tokenizer().tokenize(normalisedPhrase, 0, normalisedPhrase.length());
    if (words.isEmpty()) {
      return;
    }
    Node<V> n = root;
    for (Token w : words) {
      n = n.next.computeIfAbsent(w.text(), k -> new Node<>());
    }
    if (n.values == null) {
      n.values = new ArrayList<>(1);
      n.phrase = normalisedPhrase;
      size++;
    }
    if (!n.values.contains(value)) {
      n.values.add(value);
    }
  }

  public int size() {
    return size;
  }

  /** The longest match starting at token {@code i}, or null. */
  public Match<V> longestAt(List<Token> tokens, int i) {
    return longestAt(tokens, i, new java.util.BitSet());
  }

  /**
   * The longest match starting at token {@code i} that covers no token of {@code taken}, or null: when a longer
   * phrase runs into a name already recognised (تجمع | المتظاهرون), a shorter one may still stand.
   */
  public Match<V> longestAt(List<Token> tokens, int i, java.util.BitSet taken) {
    if (taken.get(i)) {
      return null;
    }
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.PUNCT) {
      return null;
    }
    Match<V> best = null;
    for (String reading : Clitics.readings(t.text())) {
      Node<V> n = root.next.get(reading);
      int j = i;
      while (n != null) {
        if (n.values != null && (best == null || j > best.last())) {
          best = new Match<>(i, j, n.values, n.phrase);
        }
        if (j + 1 >= tokens.size() || taken.get(j + 1)) {
          break;
        }
        n = n.next.get(tokens.get(j + 1).text());
        j++;
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  public List<Match<V>> findAll(List<Token> tokens) {
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Match<V> m = longestAt(tokens, i);
      if (m != null) {
        out.add(m);
        i = m.last();
      }
    }
    return out;
  }
}

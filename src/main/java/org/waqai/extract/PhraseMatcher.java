package org.waqai.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * Finds the longest lexicon phrases in a token sequence. Phrases are normalised word sequences; the first word of a
 * match may carry proclitics (و ف ب ل ك لل), the following words must match as written. Immutable once built.
 *
 * <p>A trie over word codes ({@link WordCodes}): the first word is found by indexing an array with the code of each
 * of the token's readings, the following words by a search among a node's few children, so the cost of a match
 * depends on the length of the phrase found, not on the size of the lexicon; a token's codes come from the memo of
 * {@link WordCodes}, so no clitic strings are made per call.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

  /** A match: tokens [first, last] and the values of the phrase (several entries may share a phrase). */
  public record Match<V>(int first, int last, List<V> values, String phrase) {}

  private static final class Node<V> {
    private static final int[] NO_KEYS = {};
    int[] keys = NO_KEYS;
    Object[] children = new Object[0];
    List<V> values;
    String phrase;

    @SuppressWarnings("unchecked")
    Node<V> child(int code) {
      int[] k = keys;
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == code) {
            return (Node<V>) children[i];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(k, code);
      return i >= 0 ? (Node<V>) children[i] : null;
    }

    Node<V> childOrNew(int code) {
      Node<V> c = child(code);
      if (c != null) {
        return c;
      }
      int at = -Arrays.binarySearch(keys, code) - 1;
      int[] k = new int[keys.length + 1];
      Object[] ch = new Object[k.length];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, ch, 0, at);
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, ch, at + 1, keys.length - at);
      c = new Node<>();
      k[at] = code;
      ch[at] = c;
      keys = k;
      children = ch;
      return c;
    }
  }

  /** The nodes of first words, by word code. */
  private Object[] first = new Object[0];
  private int size;

  /** Adds a normalised phrase. */
  public void add(String normalisedPhrase, V value) {
    List<Token> words = new Tokenizer().tokenize(normalisedPhrase, 0, normalisedPhrase.length());
    if (words.isEmpty()) {
      return;
    }
    Node<V> n = firstOrNew(WordCodes.intern(words.get(0).text()));
    for (int w = 1; w < words.size(); w++) {
      n = n.childOrNew(WordCodes.intern(words.get(w).text()));
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

  private Node<V> firstOrNew(int code) {
    if (code >= first.length) {
      first = Arrays.copyOf(first, Math.max(code + 1, first.length * 2));
    }
    @SuppressWarnings("unchecked")
    Node<V> n = (Node<V>) first[code];
    if (n == null) {
      n = new Node<>();
      first[code] = n;
    }
    return n;
  }

  public int size() {
    return size;
  }

  /** The longest match starting at token {@code i}, or null. */
  public Match<V> longestAt(List<Token> tokens, int i) {
    return match(tokens, i, null);
  }

  /**
   * The longest match starting at token {@code i} that covers no token of {@code taken}, or null: when a longer
   * phrase runs into a name already recognised (تجمع | المتظاهرون), a shorter one may still stand.
   */
  public Match<V> longestAt(List<Token> tokens, int i, BitSet taken) {
    return match(tokens, i, taken);
  }

  private Match<V> match(List<Token> tokens, int i, BitSet taken) {
    if (taken != null && taken.get(i)) {
      return null;
    }
    if (tokens.get(i).kind() == Token.Kind.PUNCT) {
      return null;
    }
    Object[] roots = first;
    Node<V> bestNode = null;
    int bestLast = -1;
    CodedTokens coded = tokens instanceof CodedTokens c ? c : null;
    int[] readings = coded != null ? coded.readings(i) : WordCodes.readingCodes(tokens.get(i).text());
    for (int reading : readings) {
      @SuppressWarnings("unchecked")
      Node<V> n = reading < roots.length ? (Node<V>) roots[reading] : null;
      int j = i;
      while (n != null) {
        if (n.values != null && j > bestLast) {
          bestNode = n;
          bestLast = j;
        }
        if (j + 1 >= tokens.size() || taken != null && taken.get(j + 1)) {
          break;
        }
        int next = coded != null ? coded.code(j + 1) : WordCodes.code(tokens.get(j + 1).text());
        n = next == WordCodes.NONE ? null : n.child(next);
        j++;
      }
    }
    return bestNode == null ? null : new Match<>(i, bestLast, bestNode.values, bestNode.phrase);
  }

  /** All non-overlapping longest matches, left to right. */
  public List<Match<V>> findAll(List<Token> tokens) {
    List<Match<V>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Match<V> m = match(tokens, i, null);
      if (m != null) {
        out.add(m);
        i = m.last();
      }
    }
    return out;
  }
}

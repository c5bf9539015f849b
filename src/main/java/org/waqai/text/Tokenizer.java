package org.waqai.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into words (Arabic or Latin letters), numbers (digits with inner separators) and single
 * punctuation marks. Letters and digits that touch ({@code ال24}) become two tokens.
 */
public final class Tokenizer {
  private static final int SLOTS = 1 << 14;
  /**
   * The words last cut out of texts (two ways by hash): a word met again is the same String object,
   * so it is not copied again and the look-ups that follow (word codes, word classes) find it by identity.
   */
  private static final String[] SEEN = new String[SLOTS];

  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    // the range's letters in an array: the scan and the words' hashes read it without String.charAt's checks
    char[] cs = new char[to - from];
    text.getChars(from, to, cs, 0);
    int i = from;
    while (i < to) {
      char c = cs[i - from];
      if (isLetter(c)) {
        int j = i + 1;
        while (j < to && isLetter(cs[j - from])) {
          j++;
        }
        out.add(new Token(out.size(), i, j, word(text, cs, from, i, j), Token.Kind.WORD));
        i = j;
      } else if (isDigit(c)) {
        int j = i + 1;
        while (j < to && (isDigit(cs[j - from])
            || ((cs[j - from] == ',' || cs[j - from] == '.') && j + 1 < to && isDigit(cs[j + 1 - from])))) {
          j++;
        }
        out.add(new Token(out.size(), i, j, text.substring(i, j), Token.Kind.NUMBER));
        i = j;
      } else if (Character.isWhitespace(c) && c != '\n') {
        i++;
      } else {
        out.add(new Token(out.size(), i, i + 1, String.valueOf(c), Token.Kind.PUNCT));
        i++;
      }
    }
    return out;
  }

  /**
   * The positions {@code [first, end)} in {@code all} (the tokens {@link #tokenize} cut from a whole text) of the
   * tokens that lie in {@code [from, to)}, or null when a token straddles either end (the range's own tokenisation
   * would then differ): a caller can then take the range's tokens without cutting the words again.
   */
  public static int[] range(List<Token> all, int from, int to) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) { // the first token that starts at or after from
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo > 0 && all.get(lo - 1).end() > from) {
      return null;
    }
    int end = lo;
    while (end < all.size() && all.get(end).end() <= to) {
      end++;
    }
    if (end < all.size() && all.get(end).start() < to) {
      return null;
    }
    return new int[] {lo, end};
  }

  /** Tokens {@code [first, end)} of {@code all}, re-indexed from 0. */
  public static List<Token> reindexed(List<Token> all, int first, int end) {
    List<Token> out = new ArrayList<>(end - first);
    for (int k = first; k < end; k++) {
      Token t = all.get(k);
      out.add(t.index() == k - first ? t : new Token(k - first, t.start(), t.end(), t.text(), t.kind()));
    }
    return out;
  }

  /**
   * {@code text.substring(i, j)}, the same object as the last time these letters were cut (if still remembered);
   * {@code cs} holds {@code text} from {@code from}.
   */
  private static String word(String text, char[] cs, int from, int i, int j) {
    int h = 0;
    for (int k = i - from; k < j - from; k++) {
      h = 31 * h + cs[k];
    }
    String[] seen = SEEN; // shared by all threads: a String is immutable, so a racing thread sees a whole one
    int slot = (h ^ (h >>> 13)) & (SLOTS - 2); // two ways: the word may be in this slot or the next
    String w = seen[slot];
    if (w != null && w.hashCode() == h && w.length() == j - i && text.regionMatches(i, w, 0, j - i)) {
      return w;
    }
    String other = seen[slot + 1];
    if (other != null && other.hashCode() == h && other.length() == j - i && text.regionMatches(i, other, 0, j - i)) {
      return other;
    }
    // the new word goes first, the word that was first second: words whose hashes meet keep one object each
    seen[slot + 1] = w;
    w = text.substring(i, j);
    seen[slot] = w;
    return w;
  }

  static boolean isLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c >= '\u0671' && c <= '\u06D3') || c == '\u00E9';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

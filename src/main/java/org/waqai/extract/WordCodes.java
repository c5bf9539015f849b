package org.waqai.extract;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.waqai.text.Clitics;
import org.waqai.text.Token;

/**
 * Numbers for the words of every phrase any {@link PhraseMatcher} holds, shared by all matchers, and per thread the
 * numbers of the tokens being matched. With them a token is hashed, and its clitic readings made, once per token list
 * instead of once per matcher and start position; the matchers then follow integer transitions. Only lexicon words
 * are numbered, so the table grows with the data files, never with the text read.
 */
final class WordCodes {
  /** The code of a word no lexicon phrase contains. */
  static final int NONE = -1;
  private static final int[] NO_READINGS = {};

  private static final ConcurrentHashMap<String, Integer> CODES = new ConcurrentHashMap<>();
  /** Also the version of the table: per-thread codes computed under a smaller table are stale. */
  private static volatile int size;
  private static final ThreadLocal<TokenCodes> CURRENT = ThreadLocal.withInitial(TokenCodes::new);

  private WordCodes() {}

  /** The code of a lexicon word, numbering it if new. */
  static int intern(String word) {
    Integer c = CODES.get(word);
    if (c != null) {
      return c;
    }
    synchronized (CODES) {
      return CODES.computeIfAbsent(word, w -> size++);
    }
  }

  /** The code of a word, or {@link #NONE}; remembered per thread (a text repeats its words). */
  static int code(String word) {
    TokenCodes m = CURRENT.get();
    return m.codes[m.slot(word)];
  }

  /** The codes of a word's readings ({@link Clitics#readings}) that some lexicon holds, in that order. */
  static int[] readingCodes(String word) {
    return CURRENT.get().readingsOf(word);
  }

  private static int lookup(String word) {
    Integer c = CODES.get(word);
    return c == null ? NONE : c;
  }

  /** The codes of these tokens, cached for this thread until another list (or another token) comes. */
  static TokenCodes of(List<Token> tokens) {
    TokenCodes c = CURRENT.get();
    c.bind(tokens, size);
    return c;
  }

  /**
   * Per-thread, per-list codes, filled lazily: a token's own code and the codes of its clitic readings; and per
   * thread a memo of the words last seen (direct-mapped by hash), so that a word met again (the furniture pass and the
   * sentence pass read every token, and a report repeats its words) costs no look-up in the shared table and no
   * clitic strings. The look-ups of the shared table were a fifth of the extractor's time.
   */
  static final class TokenCodes {
    private static final int SLOTS = 1 << 13;
    private final String[] words = new String[SLOTS];
    private final int[] codes = new int[SLOTS];
    private final int[][] wordReadings = new int[SLOTS][];
    private int memoVersion = -1;

    private List<Token> list;
    private int version = -1;
    private Token[] keys = new Token[64];
    private int[] exact = new int[64];
    private int[][] readings = new int[64][];

    /**
     * Entries are checked against the token object itself, so another list needs no clearing (an equal token has
     * equal codes); only a grown table makes them stale.
     */
    private void bind(List<Token> tokens, int tableVersion) {
      int n = tokens.size();
      if (keys.length < n) {
        int cap = Math.max(n, keys.length * 2);
        keys = new Token[cap];
        exact = new int[cap];
        readings = new int[cap][];
      } else if (tableVersion != version) {
        java.util.Arrays.fill(keys, null);
      }
      list = tokens;
      version = tableVersion;
    }

    /** The code of token {@code i} as written. */
    int exact(int i) {
      fill(i);
      return exact[i];
    }

    /** The codes of token {@code i}'s readings ({@link Clitics#readings}) that some lexicon holds, in that order. */
    int[] readings(int i) {
      fill(i);
      int[] r = readings[i];
      if (r == null) {
        r = readingsOf(list.get(i).text());
        readings[i] = r;
      }
      return r;
    }

    private void fill(int i) {
      Token t = list.get(i);
      if (keys[i] != t) {
        keys[i] = t;
        exact[i] = codes[slot(t.text())];
        readings[i] = null;
      }
    }

    /** The memo slot of a word, filled with its code if it held another word. */
    private int slot(String w) {
      int v = size;
      if (v != memoVersion) {
        java.util.Arrays.fill(words, null);
        java.util.Arrays.fill(wordReadings, null);
        memoVersion = v;
      }
      int h = w.hashCode();
      int s = (h ^ (h >>> 13)) & (SLOTS - 1);
      String k = words[s];
      if (k != w && (k == null || !k.equals(w))) {
        words[s] = w;
        codes[s] = lookup(w);
        wordReadings[s] = null;
      }
      return s;
    }

    private int[] readingsOf(String w) {
      int s = slot(w);
      int[] r = wordReadings[s];
      if (r == null) {
        r = computeReadings(w);
        wordReadings[s] = r;
      }
      return r;
    }

    private static int[] computeReadings(String word) {
      List<String> forms = Clitics.readings(word);
      int[] out = new int[forms.size()];
      int n = 0;
      for (String f : forms) {
        int c = lookup(f);
        if (c != NONE) {
          out[n++] = c;
        }
      }
      return n == 0 ? NO_READINGS : n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
  }
}

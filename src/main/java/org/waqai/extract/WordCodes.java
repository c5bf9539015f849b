package org.waqai.extract;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.waqai.text.Clitics;

/**
 * Numbers for the words of every phrase any {@link PhraseMatcher} holds and of every word class of the lexicon,
 * shared by all matchers; the matchers then follow integer transitions and a word class is a bit per code. Only
 * lexicon words are numbered, so the table grows with the data files, never with the text read.
 *
 * <p>In front of the table, a memo of the words last asked for (two ways by hash, shared by all threads): a word
 * met again (every token is asked about by the furniture pass, every recogniser and many rules, and a report repeats
 * its words) costs no look-up in the table and no clitic strings. Its entries are immutable, so a thread sees either
 * an older entry or a whole new one; the memo is replaced whenever the table grows.
 */
final class WordCodes {
  /** The code of a word no lexicon phrase contains. */
  static final int NONE = -1;
  private static final int[] NO_READINGS = {};
  private static final int SLOTS = 1 << 14;

  /**
   * A word, its code, the codes of its clitic readings and of its forms without leading و ف ب ل (each null until
   * asked for), and the code of the word without the article ({@link #UNKNOWN} until asked for).
   */
  record Word(String text, int code, int[] readings, int[] stripped, int bare) {}

  /** A {@link Word#bare} not yet looked up. */
  static final int UNKNOWN = Integer.MIN_VALUE;

  private static final ConcurrentHashMap<String, Integer> CODES = new ConcurrentHashMap<>();
  private static int size;
  private static volatile Word[] memo = new Word[SLOTS];
  /**
   * Whether an entry was put in the memo since it was made: the lexicons number tens of thousands of words while they
   * load, and a fresh memo per word (64 KB each) was a gigabyte of garbage at every start.
   */
  private static volatile boolean memoUsed;

  private WordCodes() {}

  /** The code of a lexicon word, numbering it if new. */
  static int intern(String word) {
    Integer c = CODES.get(word);
    if (c != null) {
      return c;
    }
    synchronized (CODES) {
      c = CODES.get(word);
      if (c == null) {
        c = size++;
        CODES.put(word, c);
        if (memoUsed) {
          memo = new Word[SLOTS]; // after the table has the word: no entry made from now on lacks it
          memoUsed = false;
        }
      }
      return c;
    }
  }

  /** The code of a word, or {@link #NONE}. */
  static int code(String word) {
    return word(word).code;
  }

  /** The codes of a word's readings ({@link Clitics#readings}) that some lexicon holds, in that order. */
  static int[] readingCodes(String word) {
    return full(word).readings;
  }

  /**
   * The word's entry with its code, reading codes and code without the article all filled in: what a token's codes
   * are taken from ({@link CodedTokens}), once per token and article.
   */
  static Word full(String word) {
    Word w = word(word);
    if (w.readings != null && w.bare != UNKNOWN) {
      return w;
    }
    int[] r = w.readings != null ? w.readings : computeReadings(word);
    String withoutArticle = Clitics.withoutArticle(word);
    int bare = withoutArticle == word ? w.code : code(withoutArticle);
    w = new Word(w.text, w.code, r, w.stripped, bare);
    remember(memo, w);
    return w;
  }

  /**
   * The codes of the forms a rule asks about when it allows the proclitics و ف ب ل in front (وأطلقت، باطلاق،
   * ولإطلاق): the word, then, while it is longer than three letters and opens with one of them, the word without it, at
   * most three times. Forms no lexicon holds are {@link #NONE}.
   */
  static int[] strippedCodes(String word) {
    Word w = word(word);
    int[] r = w.stripped;
    if (r == null) {
      r = computeStripped(word);
      remember(memo, new Word(w.text, w.code, w.readings, r, w.bare));
    }
    return r;
  }

  private static int[] computeStripped(String word) {
    int[] out = new int[4];
    int n = 0;
    String x = word;
    for (int i = 0; i < 3 && x.length() > 3; i++) {
      out[n++] = code(x);
      if ("وفبل".indexOf(x.charAt(0)) < 0) {
        return java.util.Arrays.copyOf(out, n);
      }
      x = x.substring(1);
    }
    out[n++] = code(x);
    return java.util.Arrays.copyOf(out, n);
  }

  /** The first of the two memo slots a word may be in (two ways: words whose hashes meet both stay). */
  private static int slot(String word) {
    int h = word.hashCode();
    return (h ^ (h >>> 13)) & (SLOTS - 2);
  }

  private static boolean holds(Word w, String word) {
    return w != null && (w.text == word || w.text.hashCode() == word.hashCode() && w.text.equals(word));
  }

  private static Word word(String word) {
    Word[] m = memo;
    int s = slot(word);
    Word w = m[s];
    if (holds(w, word)) {
      return w;
    }
    w = m[s + 1];
    if (holds(w, word)) {
      return w;
    }
    Integer c = CODES.get(word);
    w = new Word(word, c == null ? NONE : c, null, null, UNKNOWN);
    remember(m, w);
    return w;
  }

  /**
   * Puts an entry in its word's slot pair: in place of the word's older entry, else first, the previous first moving
   * to second (the word asked for least recently leaves).
   */
  private static void remember(Word[] m, Word w) {
    if (!memoUsed) {
      memoUsed = true;
    }
    int s = slot(w.text);
    if (holds(m[s + 1], w.text)) {
      m[s + 1] = w;
      return;
    }
    if (!holds(m[s], w.text)) {
      m[s + 1] = m[s];
    }
    m[s] = w;
  }

  private static int[] computeReadings(String word) {
    List<String> forms = Clitics.readings(word);
    int[] out = new int[forms.size()];
    int n = 0;
    for (String f : forms) {
      Integer c = CODES.get(f);
      if (c != null) {
        out[n++] = c;
      }
    }
    return n == 0 ? NO_READINGS : n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }
}

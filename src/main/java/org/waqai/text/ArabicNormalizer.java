package org.waqai.text;

import org.waqai.data.TsvResource;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Normalises Arabic for matching: hamza and alef forms, teh marbuta, alef maksura, Persian and Urdu letter variants,
 * Arabic-Indic and Persian digits, diacritics and tatweel, presentation forms. The table lives in
 * {@code normalisation.tsv}. Immutable and thread-safe.
 */
public final class ArabicNormalizer {
  private static final String TABLE = "/org/waqai/text/normalisation.tsv";
  /** The lower-case letter of each of A to Z (before {@link #DEFAULT}, which may normalise while it loads). */
  private static final String[] LOWER = new String[26];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      LOWER[c - 'A'] = String.valueOf((char) (c + 32));
    }
  }

  private static final ArabicNormalizer DEFAULT = load();

  /** Replacement per BMP code point: null = keep, "" = delete, else the replacement. */
  private final String[] map;

  private ArabicNormalizer(String[] map) {
    this.map = map;
  }

  public static ArabicNormalizer standard() {
    return DEFAULT;
  }

  /** Normalises a text and keeps the alignment back to it. */
  public NormalizedText normalize(String original) {
    int len = original.length();
    // one char array and one alignment array, written by index (an article is thousands of characters, nearly all
    // kept as they are or dropped)
    char[] out = new char[len];
    int[] align = new int[len + 1];
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = original.charAt(i);
      String r = replacement(c);
      if (r == null) {
        if (n == out.length) {
          out = Arrays.copyOf(out, out.length * 2 + 1);
          align = Arrays.copyOf(align, out.length + 1);
        }
        align[n] = i;
        out[n++] = c;
      } else {
        for (int k = 0; k < r.length(); k++) {
          if (n == out.length) {
            out = Arrays.copyOf(out, out.length * 2 + 1);
            align = Arrays.copyOf(align, out.length + 1);
          }
          align[n] = i;
          out[n++] = r.charAt(k);
        }
      }
    }
    align[n] = len;
    int[] exact = n + 1 == align.length ? align : Arrays.copyOf(align, n + 1);
    return new NormalizedText(original, new String(out, 0, n), exact);
  }

  /** Normalises without keeping the alignment (for lexicon entries). */
  public String normalizeString(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = replacement(c);
      out.append(r == null ? String.valueOf(c) : r);
    }
    return out.toString();
  }

  private String replacement(char c) {
    String r = map[c];
    if (r != null) {
      return r;
    }
    if (c >= 'A' && c <= 'Z') {
      return LOWER[c - 'A'];
    }
    if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE')) {
      String k = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      return k.equals(String.valueOf(c)) ? null : normalizeString(k);
    }
    return null;
  }

  private static ArabicNormalizer load() {
    String[] map = new String[0x10000];
    for (TsvResource.Row r : TsvResource.classpath(TABLE)) {
      String[] range = r.get("from").split("-");
      int from = Integer.parseInt(range[0].toUpperCase(Locale.ROOT), 16);
      int to = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
      // raw: a replacement may be a space (no-break space → space)
      String target = r.raw("to") == null ? "" : r.raw("to");
      for (int cp = from; cp <= to; cp++) {
        // a digit range maps onto consecutive digits
        map[cp] = range.length > 1 && target.length() == 1 && Character.isDigit(target.charAt(0))
            ? String.valueOf((char) (target.charAt(0) + (cp - from)))
            : target;
      }
    }
    return new ArabicNormalizer(map);
  }
}

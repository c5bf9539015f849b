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
    StringBuilder out = new StringBuilder(original.length());
    int[] align = new int[original.length() + 1];
    int n = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      String r = replacement(c);
      if (r == null) {
        align = ensure(align, n + 1);
        align[n++] = i;
        out.append(c);
      } else {
        for (int k = 0; k < r.length(); k++) {
          align = ensure(align, n + 1);
          align[n++] = i;
          out.append(r.charAt(k));
        }
      }
    }
    align = ensure(align, n + 1);
    align[n] = original.length();
    return new NormalizedText(original, out.toString(), Arrays.copyOf(align, n + 1));
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
      return String.valueOf((char) (c + 32));
    }
    if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE')) {
      String k = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      return k.equals(String.valueOf(c)) ? null : normalizeString(k);
    }
    return null;
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
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

package org.waqai.text;

import org.waqai.data.TsvResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads numbers written in digits ({@code 37}, {@code 10,000}), in words ({@code سبعة}, {@code خمسة وعشرين},
 * {@code عشرة آلاف}, {@code ألفي}) or mixed ({@code 10 آلاف}), and vague quantities ({@code عشرات}, {@code مئات}).
 * Works on normalised tokens. Immutable and thread-safe.
 */
public final class ArabicNumbers {
  private static final String TABLE = "/org/waqai/text/numbers.tsv";
  private static final ArabicNumbers DEFAULT = load();

  private record Word(long value, String kind) {}

  private final Map<String, Word> words;
  private final Map<String, Long> vague;

  private ArabicNumbers(Map<String, Word> words, Map<String, Long> vague) {
    this.words = words;
    this.vague = vague;
  }

  public static ArabicNumbers standard() {
    return DEFAULT;
  }

  /** True when the word can start or continue a number. */
  public boolean isNumberWord(String w) {
    return words.containsKey(strip(w)) || vague.containsKey(strip(w));
  }

  /** Reads the number starting at token {@code i}, or returns null. */
  public NumberMatch read(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    long value;
    int j;
    if (t.isNumber()) {
      value = parseDigits(t.text());
      j = i;
    } else if (t.isWord()) {
      String w = strip(t.text());
      Word word = words.get(w);
      if (word == null) {
        Long v = vague.get(w);
        return v == null ? null : new NumberMatch(v, i, i, true);
      }
      value = word.value();
      j = i;
      if (word.kind().equals("unit") && next(tokens, j, "عشر", "عشره")) {
        value += 10;
        j++;
      } else if (word.kind().equals("unit") && j + 1 < tokens.size()) {
        Word ten = tensAfterAnd(tokens.get(j + 1).text());
        if (ten != null) {
          value += ten.value();
          j++;
        }
      }
      if (word.kind().equals("scale") && !t.text().equals("الاف")) {
        return extendScale(tokens, word.value(), i, j);
      }
      if (word.kind().equals("scale")) {
        return new NumberMatch(1000, i, j, true);
      }
    } else {
      return null;
    }
    return extendScale(tokens, value, i, j);
  }

  private NumberMatch extendScale(List<Token> tokens, long value, int first, int j) {
    if (j + 1 < tokens.size() && tokens.get(j + 1).isWord()) {
      Word scale = words.get(tokens.get(j + 1).text());
      if (scale != null && scale.kind().equals("scale")) {
        long unit = scale.value() >= 1000000 ? 1000000 : 1000;
        return new NumberMatch(value * unit, first, j + 1, false);
      }
    }
    return new NumberMatch(value, first, j, false);
  }

  private Word tensAfterAnd(String w) {
    if (w.length() > 2 && w.charAt(0) == 'و') {
      Word ten = words.get(w.substring(1));
      if (ten != null && ten.kind().equals("ten") && ten.value() >= 20) {
        return ten;
      }
    }
    return null;
  }

  private static boolean next(List<Token> tokens, int j, String... forms) {
    if (j + 1 >= tokens.size()) {
      return false;
    }
    String w = tokens.get(j + 1).text();
    for (String f : forms) {
      if (f.equals(w)) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String w) {
    // a conjunction or preposition glued to a number word: وثلاثة، بخمسة
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب') && DEFAULT != null
        && DEFAULT.words.containsKey(w.substring(1))) {
      return w.substring(1);
    }
    return w;
  }

  static long parseDigits(String s) {
    String digits = s.replace(",", "");
    int dot = digits.indexOf('.');
    if (dot >= 0) {
      digits = digits.substring(0, dot);
    }
    try {
      return digits.isEmpty() ? 0 : Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ArabicNumbers load() {
    Map<String, Word> words = new HashMap<>();
    Map<String, Long> vague = new HashMap<>();
    for (TsvResource.Row r : TsvResource.classpath(TABLE)) {
      String w = ArabicNormalizer.standard().normalizeString(r.get("word"));
      long value = Long.parseLong(r.get("value"));
      if (r.get("kind").equals("vague")) {
        vague.put(w, value);
      } else {
        words.putIfAbsent(w, new Word(value, r.get("kind")));
      }
    }
    return new ArabicNumbers(Map.copyOf(words), Map.copyOf(vague));
  }
}

package org.waqai.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The proclitics of Arabic news text: the conjunctions و and ف, the prepositions ب ل ك, and لل (ل + ال). A word's
 * readings keep the definite article so that {@code الباب} (the town) and {@code باب} (a gate) stay apart.
 */
public final class Clitics {
  private Clitics() {}

  /**
   * The surface forms a word may stand for, the word itself first, then with و/ف removed, then with a preposition
   * removed ({@code بريف} → {@code ريف}, {@code ولادلب} → {@code ادلب}, {@code للنظام} → {@code النظام}). Forms shorter
   * than two letters are not produced.
   */
  public static List<String> readings(String w) {
    List<String> out = new ArrayList<>(4);
    out.add(w);
    addWithoutPreposition(w, out);
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      String rest = w.substring(1);
      add(out, rest);
      addWithoutPreposition(rest, out);
    }
    return out;
  }

  private static void addWithoutPreposition(String w, List<String> out) {
    if (w.length() < 4) {
      return;
    }
    char c = w.charAt(0);
    if (c == 'ل' && w.charAt(1) == 'ل') {
      add(out, "ال" + w.substring(2));
    } else if (c == 'ب' || c == 'ل' || c == 'ك') {
      add(out, w.substring(1));
    }
  }

  private static void add(List<String> out, String s) {
    if (s.length() >= 2 && !out.contains(s)) {
      out.add(s);
    }
  }

  /** The word without a leading definite article, or the word itself. */
  public static String withoutArticle(String w) {
    return w.length() > 3 && w.startsWith("ال") ? w.substring(2) : w;
  }
}

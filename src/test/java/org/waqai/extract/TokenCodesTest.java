package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.waqai.text.ArabicNormalizer;
import org.waqai.text.Clitics;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * The article is cut into words once and each token's lexicon codes are looked up once ({@link CodedTokens},
 * {@link Tokenizer#range}); every question asked by token must answer as the same question asked by the word.
 */
class TokenCodesTest {
  private static final Lexicon LEX = new Lexicon();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final String TEXT = ArabicNormalizer.standard().normalizeString(
      "قصفت الطائرات الحربية الروسية بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل 3,5 مدنيين.\n"
          + "وفي الريف الشمالي لحماة اندلعت اشتباكات بين قوات النظام وفصائل المعارضة، وفق المرصد.\n"
          + "اقرأ أيضا: والبلدة التي شهدت بالأمس ولإطلاق القذائف");

  private static List<Token> all() {
    return TOKENIZER.tokenize(TEXT, 0, TEXT.length());
  }

  @Test
  void aSliceIsTheRangesOwnTokenisation() {
    CodedTokens all = CodedTokens.of(all());
    // every pair of token boundaries, and ranges that cut a word or a number in two
    int[] cuts = {0, 1, 4, 5, 10, 11, 30, 57, 58, 59, 60, 61, 62, 63, 90, TEXT.indexOf('\n'), TEXT.indexOf('\n') + 1,
        TEXT.length() - 1, TEXT.length()};
    for (int from : cuts) {
      for (int to : cuts) {
        if (from <= to) {
          assertEquals(TOKENIZER.tokenize(TEXT, from, to), all.slice(TEXT, TOKENIZER, from, to), from + ".." + to);
        }
      }
    }
  }

  @Test
  void aRangeThatCutsAWordOrANumberIsNotTakenFromTheWholeText() {
    List<Token> all = all();
    int number = TEXT.indexOf("3,5");
    assertEquals(null, Tokenizer.range(all, number + 2, TEXT.length()));
    assertEquals(null, Tokenizer.range(all, 0, 2));
    int[] r = Tokenizer.range(all, 0, TEXT.indexOf('\n'));
    assertEquals(0, r[0]);
    assertEquals("\n", all.get(r[1]).text());
  }

  @Test
  void tokenCodesAreTheWordsCodes() {
    CodedTokens all = CodedTokens.of(all());
    int nl = TEXT.indexOf('\n');
    CodedTokens second = all.slice(TEXT, TOKENIZER, nl + 1, TEXT.indexOf('\n', nl + 1));
    for (CodedTokens tokens : List.of(all, second)) {
      for (int i = 0; i < tokens.size(); i++) {
        String w = tokens.get(i).text();
        assertEquals(i, tokens.get(i).index());
        assertEquals(WordCodes.code(w), tokens.code(i), w);
        assertArrayEquals(WordCodes.readingCodes(w), tokens.readings(i), w);
        assertEquals(WordCodes.code(Clitics.withoutArticle(w)), tokens.codeWithoutArticle(i), w);
      }
    }
    // a slice shares the article's codes: asked through the slice, known to the whole list
    assertEquals(second.code(0), all.code(all.indexOf(all.stream().filter(t -> t.start() == second.get(0).start())
        .findFirst().orElseThrow())));
  }

  @Test
  void questionsByTokenAnswerAsQuestionsByWord() {
    String[] classes = {"countryside", "between", "source-prep", "aircraft", "locative", "place-cue",
        "plural-place-cue", "anaphoric-town", "kill-idiom-verb", "list-intro", "civilian"};
    Lexicon.Classes any = LEX.classes(classes);
    CodedTokens coded = CodedTokens.of(all());
    List<Token> plain = all();
    int asked = 0;
    for (String c : classes) {
      for (int i = -1; i <= plain.size(); i++) {
        String w = i < 0 || i >= plain.size() ? "" : plain.get(i).text();
        assertEquals(LEX.is(c, w), LEX.is(c, coded, i), c + " " + w);
        assertEquals(LEX.is(c, w), LEX.is(c, plain, i), c + " " + w);
        assertEquals(LEX.isReading(c, w), LEX.isReading(c, coded, i), c + " " + w);
        assertEquals(LEX.is(c, Clitics.withoutArticle(w)), LEX.isWithoutArticle(c, coded, i), c + " " + w);
        asked += LEX.isReading(c, w) ? 1 : 0;
      }
    }
    for (int i = 0; i < plain.size(); i++) {
      String w = plain.get(i).text();
      boolean expected = false;
      for (String c : classes) {
        expected |= LEX.is(c, w);
      }
      assertEquals(expected, LEX.isAny(any, coded, i), w);
      assertEquals(expected, LEX.isAny(any, w), w);
    }
    assertTrue(asked > 5, "the sentences hold words of these classes");
    assertThrows(IllegalArgumentException.class, () -> LEX.is("no-such-class", "في"));
  }

  @Test
  void wordsWithLeadingProcliticsAnswerAsTheFormsTheRuleCuts() {
    String[] classes = {"occur", "between", "locative", "civilian", "target"};
    for (String c : classes) {
      for (String base : List.of("بين", "في", "مدنيين", "مقر", "وقع", "حدث", "ريف", "بلدة")) {
        for (String w : List.of(base, "و" + base, "ف" + base, "ب" + base, "ل" + base, "وب" + base, "ولل" + base,
            "فب" + base, "وفبل" + base, "ال" + base, "و", "وب")) {
          assertEquals(cutForms(c, w), LEX.isStripped(c, w), c + " " + w);
        }
      }
    }
    assertTrue(LEX.isStripped("between", "وبين"));
    assertFalse(LEX.isStripped("between", "كبين"));
  }

  /** The rule as it was written before the forms were memoised: the reference the memo must agree with. */
  private static boolean cutForms(String wordClass, String w) {
    String x = w;
    for (int i = 0; i < 3 && x.length() > 3; i++) {
      if (LEX.is(wordClass, x)) {
        return true;
      }
      if ("وفبل".indexOf(x.charAt(0)) < 0) {
        return false;
      }
      x = x.substring(1);
    }
    return LEX.is(wordClass, x);
  }
}

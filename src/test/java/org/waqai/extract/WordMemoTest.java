package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.text.Clitics;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/** The memos behind word codes, word classes and tokens answer as the tables and strings they stand for. */
class WordMemoTest {
  private static final Lexicon LEX = new Lexicon();

  @Test
  void aWordAskedBeforeItIsNumberedGetsItsCodeAfterwards() {
    String w = "كلمةلاتوجدفيالمعجم" + System.nanoTime();
    assertEquals(WordCodes.NONE, WordCodes.code(w));
    assertEquals(0, WordCodes.readingCodes(w).length);
    int c = WordCodes.intern(w);
    assertEquals(c, WordCodes.code(w));
    assertEquals(c, WordCodes.readingCodes("و" + w)[0]);
  }

  @Test
  void aClassOfAReadingIsAClassOfOneOfTheWordsReadings() {
    String[][] cases = {{"locative", "في"}, {"between", "بين"}, {"countryside", "ريف"}, {"target", "مقر"},
        {"civilian", "مدنيين"}, {"source-prep", "وفق"}};
    for (String[] c : cases) {
      for (String w : List.of(c[1], "و" + c[1], "ب" + c[1], "وب" + c[1], "لل" + c[1], "ال" + c[1], "فل" + c[1])) {
        boolean expected = Clitics.readings(w).stream().anyMatch(r -> LEX.is(c[0], r));
        assertEquals(expected, LEX.isReading(c[0], w), c[0] + " " + w);
        assertEquals(expected, LEX.isReading(c[0], w), "asked again: " + c[0] + " " + w);
      }
    }
  }

  @Test
  void aWordCutTwiceIsOneString() {
    String text = "قصفت الطائرات بلدة كفرنبل، ثم قصفت الطائرات بلدة كفرنبل";
    List<Token> t = new Tokenizer().tokenize(text, 0, text.length());
    assertEquals("قصفت", t.get(0).text());
    assertEquals(t.get(0).text(), t.get(6).text());
    assertSame(t.get(0).text(), t.get(6).text());
    assertEquals("كفرنبل", t.get(9).text());
  }

  @Test
  void threadsExtractWhatOneThreadExtracts() throws Exception {
    List<Article> articles = new ArrayList<>();
    String[] texts = {
        "قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي أمس، ما أدى إلى مقتل ثلاثة مدنيين.",
        "اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على أطراف مدينة درعا، وقتل فيها خمسة عناصر.",
        "خرج مئات المتظاهرين في مدينة السويداء للمطالبة بالإفراج عن المعتقلين، واعتقلت قوات الأمن عشرة منهم."};
    for (int i = 0; i < 12; i++) {
      articles.add(new Article("m" + i, texts[i % texts.length], LocalDate.of(2019, 5, 2), null, null));
    }
    EventExtractor x = new EventExtractor();
    List<List<Event>> one = new ArrayList<>();
    for (Article a : articles) {
      one.add(x.extract(a));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Event>>> many = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (Article a : articles) {
          many.add(pool.submit(() -> x.extract(a)));
        }
      }
      for (int k = 0; k < many.size(); k++) {
        assertEquals(one.get(k % articles.size()), many.get(k).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}

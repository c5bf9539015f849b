package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.model.Article;
import org.waqai.model.Event;

/**
 * Page furniture is dropped before extraction: a report line keeps its event, a line of the page (an aggregator's
 * "you are now reading" banner, a related-article list, a teaser) gives none. Sentences written for this test.
 */
class PageFurnitureTest {
  private static final EventExtractor EXTRACTOR = new EventExtractor();
  private static final String REPORT = "قصفت قوات النظام بالمدفعية بلدة اللطامنة في ريف حماة الشمالي اليوم.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "banner before the report|أنتم الآن تتابعون خبر مقتل خمسة عناصر بهجوم في ريف دير الزور من قسم أخبار العالم",
      "banner without hamza|انتم الان تتابعون خبر غارات على بلدة كفرنبل في ريف إدلب والان نترككم مع التفاصيل",
      "related list|مقالات ذات صلة\\nغارات روسية على بلدة كفرنبل في ريف إدلب",
  })
  void furnitureGivesNoEvent(String name, String furniture) {
    String text = name.startsWith("related") ? REPORT + "\n" + furniture.replace("\\n", "\n")
        : furniture + "\n" + REPORT;
    List<Event> events = EXTRACTOR.extract(new Article("t", text, LocalDate.of(2019, 5, 6), null, null));
    assertEquals(1, events.size(), () -> name + ": " + events);
    assertEquals("Al-Latamneh", events.get(0).place().name());
  }
}

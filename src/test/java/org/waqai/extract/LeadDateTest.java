package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waqai.model.Article;
import org.waqai.model.Event;

/** The lead's day dates the report's other sentences, also when a site's lines stand before the body. */
class LeadDateTest {
  private static final EventExtractor EXTRACTOR = new EventExtractor();

  private static List<String> dates(String text, LocalDate published) {
    return EXTRACTOR.extract(new Article("lead", text, published, null, null)).stream()
        .map((Event e) -> e.subtype().name() + " " + e.date()).toList();
  }

  @Test
  void linesBeforeTheBodyAreNoLead() {
    String text = "أخبار المحافظات\nقتلى في اشتباكات بريف درعا\nالقسم الإخباري\nنشر في: الإثنين 13 أيار 2019\n"
        + "قتل أربعة عناصر من قوات النظام، أمس الأحد، في اشتباكات مع مقاتلين محليين في مدينة طفس بريف درعا الغربي.\n"
        + "وقالت مصادر محلية إن مسلحين هاجموا حاجزا عسكريا في مدينة جاسم.";
    // the second sentence says no day: the lead's Sunday, not the Monday of publication
    assertEquals(List.of("ARMED_CLASH 2019-05-12", "ARMED_CLASH 2019-05-12"), dates(text, LocalDate.of(2019, 5, 13)));
  }

  @Test
  void aBodyOpeningTheReportIsTheLead() {
    String text = "قتل أربعة عناصر من قوات النظام في اشتباكات مع مقاتلين محليين في مدينة طفس بريف درعا الغربي.\n"
        + "وقالت مصادر محلية إن مسلحين هاجموا حاجزا عسكريا في مدينة جاسم.\n"
        + "وفي سياق آخر، قصفت طائرات حربية أمس الأحد بلدة اللطامنة بريف حماة الشمالي.";
    // a day told in the third sentence is that sentence's own, not the report's
    assertEquals(List.of("ARMED_CLASH 2019-05-13", "ARMED_CLASH 2019-05-13", "AIR_DRONE_STRIKE 2019-05-12"),
        dates(text, LocalDate.of(2019, 5, 13)));
  }
}

package org.waqai.extract;

import org.waqai.data.TsvResource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.Event;

/**
 * Golden cases from {@code golden.tsv}: sentences written for these tests, one dynamic test per case, checking every
 * field the row gives and that every offset points into the original text.
 */
class GoldenExtractionTest {
  private static final EventExtractor EXTRACTOR = new EventExtractor();

  @TestFactory
  Stream<DynamicTest> golden() {
    Map<String, List<TsvResource.Row>> cases = new LinkedHashMap<>();
    for (TsvResource.Row r : TsvResource.classpath("/org/waqai/extract/golden.tsv")) {
      cases.computeIfAbsent(r.get("case"), k -> new ArrayList<>()).add(r);
    }
    return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getValue())));
  }

  private static void check(List<TsvResource.Row> rows) {
    TsvResource.Row first = rows.get(0);
    Article a = new Article(first.get("case"), first.get("text"), "-".equals(first.get("published")) ? null : LocalDate.parse(first.get("published")), null, null);
    List<Event> events = EXTRACTOR.extract(a);
    if (first.get("subtype").equals("NONE")) {
      // the sentence speaks of violence without reporting an event (arms, conditions, history, details)
      assertEquals(List.of(), events, "no event expected in " + a.id());
      return;
    }
    assertEquals(rows.size(), events.size(), "events of " + a.id() + ": " + events);
    for (int i = 0; i < rows.size(); i++) {
      TsvResource.Row r = rows.get(i);
      Event e = events.get(i);
      String where = a.id() + " event " + i;
      assertEquals(r.get("subtype"), e.subtype().name(), where + " subtype");
      field(r, "actor1", key(e.actor1()), where);
      field(r, "actor2", key(e.actor2()), where);
      field(r, "admin1", e.place() == null ? null : e.place().admin1(), where);
      field(r, "place", e.place() == null ? null : e.place().name(), where);
      field(r, "date", e.date() == null ? null : e.date().toString(), where);
      field(r, "date_end", e.dateEnd() == null ? null : e.dateEnd().toString(), where);
      field(r, "negated", String.valueOf(e.negated()), where);
      field(r, "hedged", String.valueOf(e.hedged()), where);
      field(r, "fatalities", e.fatalities() == null ? null : e.fatalities().toString(), where);
      offsets(a, e);
    }
  }

  static void offsets(Article a, Event e) {
    String text = a.text();
    assertEquals(e.evidence().sentence(), text.substring(e.evidence().span().start(), e.evidence().span().end()));
    assertTrue(e.evidence().span().contains(e.evidence().trigger()), "trigger inside the sentence");
    if (e.place() != null && e.place().span() != null) {
      assertEquals(e.place().text(), text.substring(e.place().span().start(), e.place().span().end()));
    }
    for (ActorRef r : new ActorRef[] {e.actor1(), e.actor2()}) {
      if (r != null && r.span() != null) {
        assertEquals(r.text(), text.substring(r.span().start(), r.span().end()));
      }
    }
  }

  private static String key(ActorRef a) {
    return a == null ? null : a.identity();
  }

  private static void field(TsvResource.Row r, String column, String actual, String where) {
    String expected = r.get(column);
    if (expected.equals("-")) {
      return;
    }
    assertEquals(expected.equals("null") ? null : expected, actual, where + " " + column);
  }
}

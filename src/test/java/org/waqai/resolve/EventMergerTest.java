package org.waqai.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waqai.model.ActorRef;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;

/** A title whose sides are guessed from the article joins the body's telling at the same named place. */
class EventMergerTest {
  private static final LocalDate DAY = LocalDate.of(2016, 8, 7);
  private static final PlaceRef QUARTER = new PlaceRef("sy/aleppo/ramouseh", "Al-Ramouseh", "حي الراموسة", 36.17, 37.13,
      "Aleppo", Precision.NEIGHBOURHOOD, new Span(20, 32));
  private static final PlaceRef OTHER = new PlaceRef("sy/aleppo/sheikh-saeed", "Sheikh Saeed", "الشيخ سعيد", 36.16,
      37.16, "Aleppo", Precision.NEIGHBOURHOOD, new Span(20, 30));

  private static ActorRef actor(String key, int inter, boolean named) {
    return new ActorRef(key, key, key, inter, named ? key : null, named ? new Span(0, 3) : null);
  }

  private static Event capture(String id, int start, String sentence, PlaceRef place, ActorRef a1, ActorRef a2) {
    return new Event(id, "t", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, a1, a2, List.of(), List.of(), place, DAY,
        null, DatePrecision.DAY, null, null, null, false, false,
        new Evidence(new Span(start, start + sentence.length()), sentence, new Span(start, start + 7)), 0.8);
  }

  private static final String TITLE = "السيطرة على حي الراموسة وقطع خط الإمداد";
  private static final String BODY = "وقالت الجبهة الإسلامية إنها سيطرت على حي الراموسة بالكامل.";

  @Test
  void aTitleWithGuessedSidesJoinsTheBodyAtItsPlace() {
    Event title = capture("a", 0, TITLE, QUARTER, actor("hezbollah", 8, false), actor("opposition-rebels", 2, false));
    Event body = capture("b", 60, BODY, QUARTER, actor("islamic-front", 2, true), actor("syria-gov-forces", 1, true));
    List<Event> merged = new EventMerger().merge(List.of(title, body));
    assertEquals(1, merged.size());
    assertEquals("islamic-front", merged.get(0).actor1().key()); // the body's sentence and sides are kept
  }

  @Test
  void aTitleWhoseSidesAreNamedOrThatIsElsewhereStaysApart() {
    Event named = capture("a", 0, TITLE, QUARTER, actor("hezbollah", 8, true), actor("opposition-rebels", 2, true));
    Event body = capture("b", 60, BODY, QUARTER, actor("islamic-front", 2, true), actor("syria-gov-forces", 1, true));
    assertEquals(2, new EventMerger().merge(List.of(named, body)).size());
    Event guessed = capture("a", 0, TITLE, OTHER, actor("hezbollah", 8, false), actor("opposition-rebels", 2, false));
    assertEquals(2, new EventMerger().merge(List.of(guessed, body)).size());
  }
}

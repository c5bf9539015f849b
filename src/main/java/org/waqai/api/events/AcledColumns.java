package org.waqai.api.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.waqai.model.ActorRef;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;

/**
 * An event in ACLED's column layout. ACLED's codes are followed where it has them: {@code geo_precision} 1 (the
 * town itself), 2 (a district or sub-district), 3 (a region, governorate or country); {@code time_precision} 1 (the
 * day), 2 (a week or a range of days), 3 (a month or year). Unlike ACLED, unknown fatalities stay empty rather than
 * 0, and {@code notes} carries the Arabic sentence the event was read from, followed by an English note in brackets
 * for an actor1 or actor2 that the sentence does not name (inferred from the rest of the article).
 */
public final class AcledColumns {
  public static final List<String> NAMES = List.of("event_date", "event_type", "sub_event_type", "actor1",
      "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "location", "latitude", "longitude", "geo_precision",
      "time_precision", "fatalities", "source", "notes");

  private AcledColumns() {}

  /** The values in the order of {@link #NAMES}; null where unknown. */
  public static Map<String, Object> of(StoredEvent stored) {
    Event e = stored.event();
    PlaceRef p = e.place();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("event_date", e.date());
    row.put("event_type", e.type().label());
    row.put("sub_event_type", e.subtype().label());
    row.put("actor1", name(e.actor1()));
    row.put("assoc_actor_1", names(e.assoc1()));
    row.put("actor2", name(e.actor2()));
    row.put("assoc_actor_2", names(e.assoc2()));
    row.put("admin1", p == null ? null : p.admin1());
    row.put("location", p == null ? null : p.name());
    row.put("latitude", p == null ? null : p.lat());
    row.put("longitude", p == null ? null : p.lon());
    row.put("geo_precision", p == null ? null : geoPrecision(p.precision()));
    row.put("time_precision", e.date() == null ? null : timePrecision(e.datePrecision()));
    row.put("fatalities", e.fatalities());
    row.put("source", stored.outlet() != null ? stored.outlet() : stored.url());
    row.put("notes", notes(e));
    return row;
  }

  static int geoPrecision(Precision p) {
    return switch (p) {
      case POINT, NEIGHBOURHOOD, TOWN -> 1;
      case SUBDISTRICT, DISTRICT -> 2;
      case REGION, GOVERNORATE, COUNTRY -> 3;
    };
  }

  static int timePrecision(DatePrecision p) {
    return switch (p) {
      case DAY -> 1;
      case RANGE, WEEK -> 2;
      case MONTH, YEAR -> 3;
    };
  }

  /**
   * The sentence, then which actors it does not name: those were inferred from the rest of the article, which an
   * analyst weighing the row should know.
   */
  static String notes(Event e) {
    StringBuilder notes = new StringBuilder(e.evidence().sentence());
    inferred(notes, "actor1", e.actor1());
    inferred(notes, "actor2", e.actor2());
    return notes.toString();
  }

  private static void inferred(StringBuilder notes, String role, ActorRef a) {
    if (a != null && a.inferred()) {
      notes.append(" [").append(role).append(" inferred from the article: not named in this sentence]");
    }
  }

  private static String name(ActorRef a) {
    return a == null ? null : a.name();
  }

  /** ACLED separates associated actors with a semicolon. */
  private static String names(List<ActorRef> actors) {
    return actors.isEmpty() ? null : actors.stream().map(ActorRef::name).collect(Collectors.joining("; "));
  }
}

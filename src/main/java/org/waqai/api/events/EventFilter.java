package org.waqai.api.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;

/**
 * Which events to list; null fields filter nothing.
 *
 * @param actor an actor's identity (vocabulary key or registry id), in any role
 * @param type an event type or sub-event type, as ACLED spells it
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param admin1 the governorate (or, abroad, the country) of the event's place
 * @param near a circle the event's place must lie in
 * @param articles only events of these articles
 * @param negated include events the text denies
 */
public record EventFilter(String actor, String type, LocalDate from, LocalDate to, String admin1, Circle near,
    List<String> articles, boolean negated) {

  /** A circle on the WGS-84 sphere. */
  public record Circle(double lat, double lon, double km) {
    public Circle {
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || !(km > 0)) {
        throw bad("near must be lat,lon,km with -90 ≤ lat ≤ 90, -180 ≤ lon ≤ 180 and km > 0");
      }
    }

    /** Parses {@code lat,lon,km}. */
    public static Circle parse(String s) {
      String[] parts = s.split(",");
      if (parts.length != 3) {
        throw bad("near must be lat,lon,km, e.g. near=36.2,37.15,25");
      }
      try {
        return new Circle(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
            Double.parseDouble(parts[2].strip()));
      } catch (NumberFormatException e) {
        throw bad("near must be three numbers lat,lon,km: " + s);
      }
    }
  }

  /** Every event of a set of articles, denied ones included (what an ingest produced). */
  public static EventFilter ofArticles(List<String> articleIds) {
    return new EventFilter(null, null, null, null, null, null, List.copyOf(articleIds), true);
  }

  /** All events that happened (denied ones left out). */
  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null, false);
  }

  /** Builds a filter from query parameters, blank meaning absent; a malformed value is a 400. */
  public static EventFilter parse(String actor, String type, String from, String to, String admin1, String near,
      boolean negated) {
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    if (f != null && t != null && t.isBefore(f)) {
      throw bad("'to' (" + t + ") is before 'from' (" + f + ")");
    }
    return new EventFilter(blank(actor), blank(type), f, t, blank(admin1),
        blank(near) == null ? null : Circle.parse(near), null, negated);
  }

  private static LocalDate date(String name, String value) {
    if (blank(value) == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw bad("'" + name + "' must be a date as YYYY-MM-DD: " + value);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static ApiException bad(String detail) {
    return new ApiException(ProblemType.BAD_REQUEST, detail);
  }
}

package org.waqai.store;

import java.time.LocalDate;

/** Result rows of {@link CanonicalQueries}; plain values so that both stores' answers compare with equals. */
public final class Answers {
  private Answers() {}

  /** One event where two actors fought. */
  public record Fight(String eventId, LocalDate date, String subtype, String placeId, String placeName,
      String admin1) {}

  /** An actor (key, or registry id when outside the vocabulary) active in a month ({@code YYYY-MM}). */
  public record ActorMonth(String month, String actor, long events) {}

  /** An event near a point; distance in km rounded to 0.1 km. */
  public record Nearby(String eventId, String placeId, double km) {}

  /** The article, sentence and offsets behind an event. */
  public record Source(String eventId, String articleId, String url, int start, int end, String sentence) {}
}

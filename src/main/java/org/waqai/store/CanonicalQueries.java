package org.waqai.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The canonical "who fought where" questions, answered the same by every store. Results are sorted as documented
 * so that two stores can be compared row by row.
 */
public interface CanonicalQueries {

  /** Where actor A fought actor B (either role, assoc actors included) between two dates inclusive; by date, id. */
  List<Answers.Fight> whereFought(String actorA, String actorB, LocalDate from, LocalDate to);

  /** The actors active in a governorate (admin1, English), per month; by month, actor key or id. */
  List<Answers.ActorMonth> activeActors(String admin1);

  /** Events within {@code km} kilometres of a point; by distance then id. */
  List<Answers.Nearby> eventsNear(double lat, double lon, double km);

  /** The article and sentence behind an event. */
  Optional<Answers.Source> sourceOf(String eventId);
}

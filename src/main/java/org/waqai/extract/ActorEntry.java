package org.waqai.extract;

import java.time.LocalDate;

/**
 * One row of the actor registry: an identity valid between two dates.
 *
 * @param id stable registry id
 * @param key vocabulary key, or null outside the vocabulary
 * @param name English name
 * @param inter ACLED interaction code
 * @param from first valid day, inclusive (null = always)
 * @param to end of validity, exclusive (null = open)
 * @param camp the side of the conflict it belongs to (regime, opposition, …), for telling allies from enemies
 */
public record ActorEntry(String id, String key, String name, int inter, LocalDate from, LocalDate to, String camp) {

  public boolean validAt(LocalDate d) {
    return d == null || ((from == null || !d.isBefore(from)) && (to == null || d.isBefore(to)));
  }

  /** Days between the date and this row's validity, 0 inside it. */
  public long distanceDays(LocalDate d) {
    if (d == null || validAt(d)) {
      return 0;
    }
    if (from != null && d.isBefore(from)) {
      return from.toEpochDay() - d.toEpochDay();
    }
    return to == null ? 0 : d.toEpochDay() - to.toEpochDay() + 1;
  }

  public boolean isState() {
    return inter == 1;
  }

  public boolean isCivilian() {
    return inter == 7;
  }

  public boolean isProtester() {
    return inter == 6;
  }
}

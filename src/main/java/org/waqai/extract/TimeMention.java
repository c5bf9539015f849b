package org.waqai.extract;

import java.time.LocalDate;
import org.waqai.model.DatePrecision;

/**
 * A resolved temporal expression: tokens [first, last] of a sentence and the calendar days they denote.
 *
 * @param first first token index
 * @param last last token index, inclusive
 * @param start first day
 * @param end last day (equal to start for a single day)
 * @param precision day, range, week, month or year
 */
public record TimeMention(int first, int last, LocalDate start, LocalDate end, DatePrecision precision) {

  public static TimeMention day(int first, int last, LocalDate d) {
    return new TimeMention(first, last, d, d, DatePrecision.DAY);
  }

  public static TimeMention range(int first, int last, LocalDate a, LocalDate b) {
    LocalDate s = a.isAfter(b) ? b : a;
    LocalDate e = a.isAfter(b) ? a : b;
    return new TimeMention(first, last, s, e, s.equals(e) ? DatePrecision.DAY : DatePrecision.RANGE);
  }
}

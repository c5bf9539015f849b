package org.waqai.model;

import java.util.Locale;

/** How precisely an event's date is known. {@code RANGE} uses both {@code date} and {@code dateEnd}. */
public enum DatePrecision {
  DAY,
  RANGE,
  WEEK,
  MONTH,
  YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}

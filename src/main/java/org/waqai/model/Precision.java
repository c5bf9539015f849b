package org.waqai.model;

import java.util.Locale;

/** How precisely a place is known, from a point to a whole country; ordered from finest to coarsest. */
public enum Precision {
  POINT,
  NEIGHBOURHOOD,
  TOWN,
  SUBDISTRICT,
  DISTRICT,
  REGION,
  GOVERNORATE,
  COUNTRY;

  /** The lower-case spelling used in the JSON contract. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for point, neighbourhood and town, which the scorer treats as fine-grained. */
  public boolean isFine() {
    return compareTo(TOWN) <= 0;
  }

  public static Precision parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}

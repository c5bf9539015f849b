package org.waqai.model;

import java.util.Objects;

/**
 * A geocoded place.
 *
 * @param id stable gazetteer id, or a derived id for region expressions ({@code hama-gov/north})
 * @param name English name
 * @param text the mention as written in the original text
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 * @param admin1 Syrian governorate in English, or the country's English name outside Syria
 * @param precision how precise the place is
 * @param span where the mention stands in the original text
 */
public record PlaceRef(
    String id, String name, String text, double lat, double lon, String admin1, Precision precision, Span span) {
  public PlaceRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
  }
}

package org.waqai.extract;

import org.waqai.model.GreatCircle;
import org.waqai.model.Precision;

/**
 * One gazetteer row.
 *
 * @param id stable id
 * @param kind country, governorate, district, subdistrict, city, town, village, neighbourhood, point or region
 * @param name English name
 * @param admin1 governorate (Syria) or country (elsewhere), in English
 * @param lat WGS84 latitude
 * @param lon WGS84 longitude
 * @param parent id of the containing place, or null
 */
public record PlaceEntry(String id, String kind, String name, String admin1, double lat, double lon, String parent) {
  public PlaceEntry {
    // a few values repeated by every entry: one instance each, so that the rules' comparisons of kinds and
    // governorates are mostly a reference check
    kind = kind == null ? null : kind.intern();
    admin1 = admin1 == null ? null : admin1.intern();
  }

  public Precision precision() {
    return switch (kind) {
      case "country" -> Precision.COUNTRY;
      case "governorate" -> Precision.GOVERNORATE;
      case "district" -> Precision.DISTRICT;
      case "subdistrict" -> Precision.SUBDISTRICT;
      case "region" -> Precision.REGION;
      case "neighbourhood" -> Precision.NEIGHBOURHOOD;
      case "point" -> Precision.POINT;
      default -> Precision.TOWN;
    };
  }

  public boolean isSettlement() {
    return kind.equals("city") || kind.equals("town") || kind.equals("village");
  }

  public boolean isAdministrative() {
    return kind.equals("governorate") || kind.equals("district") || kind.equals("subdistrict")
        || kind.equals("country");
  }

  /** Great-circle distance in kilometres. */
  public double km(double lat2, double lon2) {
    return GreatCircle.km(lat, lon, lat2, lon2);
  }
}

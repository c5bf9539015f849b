package org.waqai.model;

/**
 * Distances on a sphere by the haversine formula, and the latitude/longitude box that contains a circle so that the
 * store can pre-filter candidates in SPARQL before computing exact distances here.
 */
public final class GreatCircle {
  /**
   * The mean Earth radius (IUGG R1), the one jena-geosparql's great-circle distances use, so that a distance computed
   * here and one computed by {@code geof:distance} on {@code /sparql} agree.
   */
  public static final double EARTH_RADIUS_KM = 6371.0087714;

  private GreatCircle() {}

  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Rounded to 0.1 km, half up, as answers carry distances. */
  public static double round(double km) {
    return Math.round(km * 10) / 10.0;
  }

  /** The box {minLat, maxLat, minLon, maxLon} around a circle, widened slightly against rounding at its edge. */
  public static double[] box(double lat, double lon, double km) {
    double angle = km * 1.001 / EARTH_RADIUS_KM;
    double dLat = Math.toDegrees(angle);
    double minLat = lat - dLat;
    double maxLat = lat + dLat;
    // The circle's widest longitude span; near a pole or across the antimeridian take every longitude.
    double s = Math.sin(angle) / Math.cos(Math.toRadians(lat));
    if (minLat <= -90 || maxLat >= 90 || s >= 1) {
      return new double[] {Math.max(-90, minLat), Math.min(90, maxLat), -180, 180};
    }
    double dLon = Math.toDegrees(Math.asin(s));
    if (lon - dLon < -180 || lon + dLon > 180) {
      return new double[] {minLat, maxLat, -180, 180};
    }
    return new double[] {minLat, maxLat, lon - dLon, lon + dLon};
  }
}

package org.waqai.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
  @Test
  void damascusToAleppo() {
    // 33.5138, 36.2765 to 36.2021, 37.1343: about 310 km on the mean-radius sphere.
    assertEquals(309.5, GreatCircle.round(GreatCircle.km(33.5138, 36.2765, 36.2021, 37.1343)), 0.5);
  }

  @Test
  void boxHoldsEveryPointOfTheCircle() {
    double lat = 35.0;
    double lon = 38.0;
    double km = 150;
    double[] box = GreatCircle.box(lat, lon, km);
    for (int bearing = 0; bearing < 360; bearing += 5) {
      double[] p = destination(lat, lon, km, Math.toRadians(bearing));
      assertTrue(p[0] >= box[0] && p[0] <= box[1] && p[1] >= box[2] && p[1] <= box[3], "bearing " + bearing);
    }
  }

  @Test
  void boxTakesEveryLongitudeNearAPoleOrTheAntimeridian() {
    assertArrayEquals(new double[] {-180, 180}, sides(GreatCircle.box(89.5, 10, 100)));
    assertArrayEquals(new double[] {-180, 180}, sides(GreatCircle.box(0, 179.9, 50)));
  }

  private static double[] sides(double[] box) {
    return new double[] {box[2], box[3]};
  }

  private static double[] destination(double lat, double lon, double km, double bearing) {
    double d = km / GreatCircle.EARTH_RADIUS_KM;
    double p1 = Math.toRadians(lat);
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
    double l2 = Math.toRadians(lon) + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1),
        Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    return new double[] {Math.toDegrees(p2), Math.toDegrees(l2)};
  }
}

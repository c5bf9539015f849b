package org.waqai.store.neo4j;

import org.waqai.model.GreatCircle;

/**
 * Neo4j's {@code point.distance} between WGS-84 points is a haversine on a sphere of 6,378.14 km, the RDF side (and
 * jena-geosparql) use the mean Earth radius of {@link GreatCircle}: the same pair of points is 0.11% farther apart in
 * Neo4j. So that "within N km" takes the same places in both stores, a radius asked for on our sphere is scaled to
 * Neo4j's before it reaches a query, and a distance Neo4j returns is scaled back. Scaling the parameter, not the
 * expression, keeps the predicate {@code point.distance(p.location, $centre) <= $metres} answerable by the point
 * index.
 */
public final class Neo4jDistance {
  /** The sphere radius of Neo4j's geographic distance calculator ({@code CRSCalculator.GeographicCalculator}). */
  public static final double NEO4J_RADIUS_METRES = 6_378_140.0;

  /** Multiplies a Neo4j {@code point.distance} (metres on its sphere) into kilometres on ours. */
  public static final double TO_KM = GreatCircle.EARTH_RADIUS_KM / NEO4J_RADIUS_METRES;

  private Neo4jDistance() {}

  /** The {@code point.distance} value in Neo4j that corresponds to {@code km} kilometres on our sphere. */
  public static double metres(double km) {
    return km * NEO4J_RADIUS_METRES / GreatCircle.EARTH_RADIUS_KM;
  }
}

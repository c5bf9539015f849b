package org.waqai.api.sparql;

import org.apache.jena.geosparql.configuration.GeoSPARQLConfig;
import org.apache.jena.geosparql.implementation.vocabulary.Geof;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * GeoSPARQL's functions for the queries this process evaluates itself: the filter functions ({@code geof:distance},
 * {@code geof:sfWithin}, {@code geof:buffer}, …) and the property functions ({@code geo:sfWithin}, …, with query
 * rewriting), over the store's {@code geo:asWKT} literals. Registered once, in ARQ's global registries, with
 * jena-geosparql's in-memory caches of parsed geometries; no spatial index is built (the store changes as articles
 * arrive, and a filter over a few hundred thousand points is cheap). {@code geof:distance} is {@link GeoDistance}, which
 * also answers in metres or kilometres between the store's CRS84 points.
 *
 * <p>Logging: jena-geosparql's own start-up (a Jena subsystem, run by {@code JenaSystem.init()}) calls
 * {@code LogCtlJUL.routeJULtoSLF4J()}, which would replace the handlers of the JUL root logger, Quarkus's, by the
 * SLF4J bridge. The build leaves {@code jul-to-slf4j} out, which turns that call into a no-op; registering the
 * functions here touches no logging.
 */
final class GeoSparql {
  private GeoSparql() {}

  static synchronized void register() {
    if (!GeoSPARQLConfig.isFunctionRegistered()) {
      GeoSPARQLConfig.setupMemoryIndex();
    }
    FunctionRegistry.get().put(Geof.DISTANCE_NAME, GeoDistance.class);
  }
}

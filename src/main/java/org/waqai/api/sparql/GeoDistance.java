package org.waqai.api.sparql;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.geosparql.geof.nontopological.filter_functions.DistanceFF;
import org.apache.jena.geosparql.implementation.GeometryWrapper;
import org.apache.jena.geosparql.implementation.registry.UnitsRegistry;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase3;

/**
 * {@code geof:distance} as jena-geosparql implements it, except for one case: a linear unit ({@code uom:metre},
 * {@code uom:kilometre}, …) between geometries whose reference system is geographic, such as the CRS84 points of
 * the store. Jena computes {@code geof:distance} in the plane of the coordinates and, since degrees do not convert
 * to metres, raises an error, which SPARQL turns into an unbound value: a {@code FILTER} on it silently keeps
 * nothing. Here that case gives the great-circle distance, as Jena's {@code spatialF:distance} and GeoSPARQL 1.1's
 * {@code geof:metricDistance} do; every other case is Jena's.
 */
public final class GeoDistance extends FunctionBase3 {
  private final DistanceFF jena = new DistanceFF();

  @Override
  public NodeValue exec(NodeValue geometry1, NodeValue geometry2, NodeValue units) {
    if (units.isIRI() && Boolean.TRUE.equals(UnitsRegistry.isLinearUnits(units.asNode().getURI()))) {
      try {
        GeometryWrapper from = GeometryWrapper.extract(geometry1);
        if (from.getSrsInfo().isGeographic()) {
          return NodeValue.makeDouble(from.distanceGreatCircle(GeometryWrapper.extract(geometry2),
              units.asNode().getURI()));
        }
      } catch (DatatypeFormatException e) {
        throw new ExprEvalException(e.getMessage(), e);
      } catch (Exception e) {
        throw new ExprEvalException("geof:distance: " + e.getMessage(), e);
      }
    }
    return jena.exec(geometry1, geometry2, units);
  }
}

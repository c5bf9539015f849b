package org.waqai.store.rdf.vocab;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * GeoSPARQL for geometry and containment, and W3C Basic Geo ({@code wgs:lat}, {@code wgs:long}) for plain numbers
 * that SPARQL can filter on without a geospatial engine.
 */
public final class GEO {
  static {
    JenaSystem.init();
  }

  public static final String NS = "http://www.opengis.net/ont/geosparql#";
  public static final String WGS_NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
  /** Longitude first, as WKT and CRS84 order coordinates. */
  public static final String CRS84 = "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>";

  public static final Node Feature = uri("Feature");
  public static final Node Geometry = uri("Geometry");
  public static final Node hasGeometry = uri("hasGeometry");
  public static final Node asWKT = uri("asWKT");
  public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");

  public static final Node lat = NodeFactory.createURI(WGS_NS + "lat");
  public static final Node lon = NodeFactory.createURI(WGS_NS + "long");

  private GEO() {}

  private static Node uri(String local) {
    return NodeFactory.createURI(NS + local);
  }
}

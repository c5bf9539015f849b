package org.waqai.store.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * The standard terms the graph uses from RDF, RDFS, SKOS and Dublin Core, as plain nodes. Jena's own vocabulary
 * classes ({@code RDF}, {@code SKOS}, …) are model resources whose class initialisation, when it is the first touch of
 * Jena in a JVM, can run into Jena's start-up and fail; nodes made after {@link JenaSystem#init()} cannot.
 */
public final class Terms {
  static {
    JenaSystem.init();
  }

  public static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
  public static final String DCT_NS = "http://purl.org/dc/terms/";

  public static final Node type = NodeFactory.createURI(RDF_NS + "type");
  public static final Node label = NodeFactory.createURI(RDFS_NS + "label");
  public static final Node notation = NodeFactory.createURI(SKOS_NS + "notation");
  public static final Node altLabel = NodeFactory.createURI(SKOS_NS + "altLabel");
  public static final Node inScheme = NodeFactory.createURI(SKOS_NS + "inScheme");
  public static final Node broader = NodeFactory.createURI(SKOS_NS + "broader");
  public static final Node narrower = NodeFactory.createURI(SKOS_NS + "narrower");
  public static final Node topConceptOf = NodeFactory.createURI(SKOS_NS + "topConceptOf");
  public static final Node identifier = NodeFactory.createURI(DCT_NS + "identifier");
  public static final Node issued = NodeFactory.createURI(DCT_NS + "issued");

  private Terms() {}
}

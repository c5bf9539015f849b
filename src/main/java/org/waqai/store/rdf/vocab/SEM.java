package org.waqai.store.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;

/** The Simple Event Model, whose event, actor, place and time the Waqai classes specialise. */
public final class SEM {
  static {
    JenaSystem.init();
  }

  public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

  public static final Node hasActor = uri("hasActor");
  public static final Node hasPlace = uri("hasPlace");
  public static final Node hasTime = uri("hasTime");

  private SEM() {}

  private static Node uri(String local) {
    return NodeFactory.createURI(NS + local);
  }
}

package org.waqai.store.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;

/** OWL-Time: an event's date is a {@code time:Instant} or, for ranges, a {@code time:ProperInterval}. */
public final class TIME {
  static {
    JenaSystem.init();
  }

  public static final String NS = "http://www.w3.org/2006/time#";

  public static final Node Instant = uri("Instant");
  public static final Node ProperInterval = uri("ProperInterval");
  public static final Node inXSDDate = uri("inXSDDate");
  public static final Node hasBeginning = uri("hasBeginning");
  public static final Node hasEnd = uri("hasEnd");
  public static final Node unitType = uri("unitType");
  public static final Node unitDay = uri("unitDay");
  public static final Node unitWeek = uri("unitWeek");
  public static final Node unitMonth = uri("unitMonth");
  public static final Node unitYear = uri("unitYear");

  private TIME() {}

  private static Node uri(String local) {
    return NodeFactory.createURI(NS + local);
  }
}

package org.waqai.api.sparql;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** The materialised answer of a query, detached from the store's transaction. */
public sealed interface SparqlResult {

  /** A SELECT's rows; {@code truncated} when more rows matched than the configured cap. */
  record Rows(List<Var> vars, List<Binding> rows, boolean truncated) implements SparqlResult {
    public Rows {
      vars = List.copyOf(vars);
      rows = List.copyOf(rows);
    }
  }

  /** An ASK's answer. */
  record Bool(boolean value) implements SparqlResult {}

  /** A CONSTRUCT's or DESCRIBE's graph; {@code truncated} when it had more triples than the configured cap. */
  record Triples(Graph graph, boolean truncated) implements SparqlResult {
    /** A whole graph. */
    public Triples(Graph graph) {
      this(graph, false);
    }
  }
}

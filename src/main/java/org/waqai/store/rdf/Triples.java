package org.waqai.store.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.waqai.model.Span;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/**
 * Adds triples to a graph with the literal forms the ontology fixes (xsd:int offsets, xsd:date days, @ar text), and
 * skips absent values so that callers need no null checks.
 */
final class Triples {
  private final Graph graph;

  Triples(Graph graph) {
    this.graph = graph;
  }

  Graph graph() {
    return graph;
  }

  void add(Node s, Node p, Node o) {
    graph.add(Triple.create(s, p, o));
  }

  void type(Node s, Node type) {
    add(s, Terms.type, type);
  }

  void string(Node s, Node p, String value) {
    if (value != null) {
      add(s, p, NodeFactory.createLiteralString(value));
    }
  }

  void lang(Node s, Node p, String value, String lang) {
    if (value != null) {
      add(s, p, NodeFactory.createLiteralLang(value, lang));
    }
  }

  void typed(Node s, Node p, String lexical, RDFDatatype type) {
    if (lexical != null) {
      add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }
  }

  void xsdInt(Node s, Node p, int value) {
    typed(s, p, Integer.toString(value), XSDDatatype.XSDint);
  }

  void integer(Node s, Node p, Integer value) {
    if (value != null) {
      typed(s, p, value.toString(), XSDDatatype.XSDinteger);
    }
  }

  /** Decimal in its shortest plain form ({@code 0.8}, {@code 36.337}): stable text for stable graphs. */
  void decimal(Node s, Node p, double value) {
    typed(s, p, plain(value), XSDDatatype.XSDdecimal);
  }

  void bool(Node s, Node p, boolean value) {
    typed(s, p, Boolean.toString(value), XSDDatatype.XSDboolean);
  }

  void date(Node s, Node p, LocalDate value) {
    if (value != null) {
      typed(s, p, value.toString(), XSDDatatype.XSDdate);
    }
  }

  /** {@code wq:start} and {@code wq:end} of a span of the original text. */
  void span(Node s, Span span) {
    if (span != null) {
      xsdInt(s, WQ.start, span.start());
      xsdInt(s, WQ.end, span.end());
    }
  }

  static String plain(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

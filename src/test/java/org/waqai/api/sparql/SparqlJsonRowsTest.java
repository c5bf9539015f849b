package org.waqai.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The compact SPARQL JSON writer against Jena's reader and Jena's own writer, term kind by term kind. */
class SparqlJsonRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Var X = Var.alloc("x");
  private static final Var Y = Var.alloc("y");

  static Stream<Node> terms() {
    Node blank = NodeFactory.createBlankNode();
    return Stream.of(
        NodeFactory.createURI("https://w3id.org/waqai/id/event/enab-2024-12-06-hama%23e1"),
        NodeFactory.createLiteralString("حماة"),
        NodeFactory.createLiteralLang("اشتباكات في ريف حماة", "ar"),
        NodeFactory.createLiteralDT("35.132", XSDDatatype.XSDdecimal),
        NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("2024-12-06", XSDDatatype.XSDdate),
        NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDint), // ill-formed, kept as written
        NodeFactory.createLiteralString("quote \" backslash \\ newline \n tab \t control \u0001 end"),
        blank,
        NodeFactory.createTripleNode(Triple.create(NodeFactory.createURI("http://example.org/s"),
            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralLang("نص", "ar"))));
  }

  @ParameterizedTest
  @MethodSource("terms")
  void everyKindOfTermReadsBackAsWritten(Node term) {
    List<Binding> rows = List.of(row(term, NodeFactory.createURI("http://example.org/y")), row(term, null));
    byte[] ours = ours(rows);
    ResultSetRewindable read = read(ours);
    ResultSetRewindable expected = ResultSetFactory.makeRewindable(
        RowSetStream.create(List.of(X, Y), rows.iterator()));
    assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, read), () -> new String(ours));
  }

  @ParameterizedTest
  @MethodSource("terms")
  void jenaReadsTheSameAnswerFromOursAndFromItsOwnWriter(Node term) {
    List<Binding> rows = List.of(row(term, term));
    ByteArrayOutputStream jena = new ByteArrayOutputStream();
    ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(jena, RowSetStream.create(List.of(X, Y),
        rows.iterator()));
    assertTrue(ResultSetCompare.equalsByTermAndOrder(read(jena.toByteArray()), read(ours(rows))));
  }

  @Test
  void membersAreThoseOfTheRecommendation() throws Exception {
    Node blank = NodeFactory.createBlankNode();
    List<Binding> rows = List.of(
        row(NodeFactory.createLiteralString("plain"), NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal)),
        row(NodeFactory.createLiteralLang("عربي", "ar"), blank),
        row(blank, null));
    JsonNode answer = JSON.readTree(ours(rows));
    assertEquals("[\"x\",\"y\"]", answer.at("/head/vars").toString());
    JsonNode bindings = answer.at("/results/bindings");
    assertEquals(3, bindings.size());
    assertEquals("{\"type\":\"literal\",\"value\":\"plain\"}", bindings.get(0).get("x").toString());
    assertEquals("{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#decimal\",\"value\":\"1.5\"}",
        bindings.get(0).get("y").toString());
    assertEquals("{\"type\":\"literal\",\"xml:lang\":\"ar\",\"value\":\"عربي\"}", bindings.get(1).get("x").toString());
    assertEquals("bnode", bindings.get(1).at("/y/type").asText());
    assertEquals(bindings.get(1).at("/y/value"), bindings.get(2).at("/x/value"), "one blank node, one label");
    assertFalse(bindings.get(2).has("y"), "an unbound variable is left out");
  }

  @Test
  void noRowsIsAnEmptyBindingsArray() throws Exception {
    JsonNode answer = JSON.readTree(ours(new ArrayList<>()));
    assertEquals(0, answer.at("/results/bindings").size());
    assertEquals(2, answer.at("/head/vars").size());
  }

  private static Binding row(Node x, Node y) {
    BindingBuilder b = BindingBuilder.create();
    b.add(X, x);
    if (y != null) {
      b.add(Y, y);
    }
    return b.build();
  }

  private static byte[] ours(List<Binding> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlJsonRows.write(out, List.of(X, Y), rows);
    return out.toByteArray();
  }

  private static ResultSetRewindable read(byte[] json) {
    ResultSet rs = ResultsReader.create().lang(ResultSetLang.RS_JSON).read(new ByteArrayInputStream(json));
    return ResultSetFactory.makeRewindable(rs);
  }
}

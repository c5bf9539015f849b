package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waqai.model.EventType;
import org.waqai.model.SubEventType;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;
import org.waqai.store.rdf.vocab.GEO;
import org.waqai.store.rdf.vocab.TIME;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/** Every graph the mapper writes satisfies {@code ontology/shapes.ttl}; graphs broken on purpose do not. */
class ShapesTest {
  private static final Iris IRIS = Iris.defaults();
  private static final Shapes SHAPES = Shapes.parse(ReferenceData.shapes());
  private static final EventRdfMapper MAPPER = new EventRdfMapper(IRIS);

  static Stream<ArticleEvents> fixtures() {
    return Stream.concat(RdfFixtures.all().stream(), Stream.of(StoreFixtures.inferredSide2017()));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void mappedArticleConforms(ArticleEvents article) {
    ValidationReport report = validate(MAPPER.map(article));
    if (!report.conforms()) {
      ShLib.printReport(report);
    }
    assertTrue(report.conforms(), "article " + article.article().id());
  }

  /**
   * Each breaks article 000 in one way and names the node the violation must be reported on: the resource a shape
   * targets (event, place), since a failing sh:node on a part (evidence, time, geometry) is reported on its owner.
   */
  static Stream<Arguments> breakages() {
    Node e1 = IRIS.event("000-e1");
    Node evidence = IRIS.eventPart("000-e1", "evidence");
    Node jobar = IRIS.place("jobar");
    return Stream.of(
        Arguments.of("sub-event type outside the scheme", e1, (Function<Graph, Graph>) g -> {
          replace(g, e1, WQ.subEventType, NodeFactory.createURI(WQ.SUB_EVENT_TYPE_NS + "skirmish"));
          return g;
        }),
        Arguments.of("event type not the sub-type's broader", e1, (Function<Graph, Graph>) g -> {
          replace(g, e1, WQ.eventType, WQ.eventType(EventType.RIOTS));
          return g;
        }),
        Arguments.of("negative offset", e1, (Function<Graph, Graph>) g -> {
          replace(g, evidence, WQ.start, NodeFactory.createLiteralDT("-1", XSDDatatype.XSDint));
          return g;
        }),
        Arguments.of("start after end", e1, (Function<Graph, Graph>) g -> {
          replace(g, evidence, WQ.start, NodeFactory.createLiteralDT("95", XSDDatatype.XSDint));
          return g;
        }),
        Arguments.of("offset not xsd:int", e1, (Function<Graph, Graph>) g -> {
          replace(g, evidence, WQ.end, NodeFactory.createLiteralString("90"));
          return g;
        }),
        Arguments.of("sentence without @ar", e1, (Function<Graph, Graph>) g -> {
          replace(g, evidence, WQ.sentence, NodeFactory.createLiteralString("…"));
          return g;
        }),
        Arguments.of("place without WKT", jobar, (Function<Graph, Graph>) g -> {
          g.remove(IRIS.placeGeometry("jobar"), GEO.asWKT, Node.ANY);
          return g;
        }),
        Arguments.of("WKT without the CRS84 IRI", jobar, (Function<Graph, Graph>) g -> {
          replace(g, IRIS.placeGeometry("jobar"), GEO.asWKT,
              NodeFactory.createLiteralDT("POINT(36.337 33.531)", GEO.wktLiteral));
          return g;
        }),
        Arguments.of("latitude out of range", jobar, (Function<Graph, Graph>) g -> {
          replace(g, jobar, GEO.lat, NodeFactory.createLiteralDT("133.531", XSDDatatype.XSDdecimal));
          return g;
        }),
        Arguments.of("two sub-event types", e1, (Function<Graph, Graph>) g -> {
          g.add(e1, WQ.subEventType, WQ.subEventType(SubEventType.GRENADE));
          return g;
        }),
        Arguments.of("inferred role that is not a role", e1, (Function<Graph, Graph>) g -> {
          g.add(e1, WQ.inferredRole, WQ.fatalities);
          return g;
        }),
        Arguments.of("negated missing", e1, (Function<Graph, Graph>) g -> {
          g.remove(e1, WQ.negated, Node.ANY);
          return g;
        }),
        Arguments.of("range ending before it begins", e1,
            (Function<Graph, Graph>) g -> {
              Node time = IRIS.eventPart("000-e1", "time");
              Node begin = IRIS.eventPart("000-e1", "begin");
              Node end = IRIS.eventPart("000-e1", "end");
              g.remove(time, Node.ANY, Node.ANY);
              g.add(time, Terms.type, TIME.ProperInterval);
              g.add(time, TIME.hasBeginning, begin);
              g.add(time, TIME.hasEnd, end);
              instant(g, begin, "2017-03-23");
              instant(g, end, "2017-03-20");
              return g;
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void brokenGraphDoesNotConform(String what, Node focus, Function<Graph, Graph> breakage) {
    ValidationReport intact = validate(MAPPER.map(RdfFixtures.article000()));
    assertTrue(intact.conforms());
    ValidationReport report = validate(breakage.apply(MAPPER.map(RdfFixtures.article000())));
    assertFalse(report.conforms(), what);
    assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(focus)),
        what + ": no violation on " + focus + " in " + report.getEntries());
  }

  /** The article graph with the ontology and taxonomy, which subclass and scheme checks need. */
  static ValidationReport validate(Graph article) {
    Graph data = GraphMemFactory.createDefaultGraph();
    article.find().forEach(data::add);
    ReferenceData.turtle("waqai.ttl").find().forEach(data::add);
    ReferenceData.turtle("acled-types.ttl").find().forEach(data::add);
    return ShaclValidator.get().validate(SHAPES, data);
  }

  private static void replace(Graph g, Node s, Node p, Node o) {
    g.remove(s, p, Node.ANY);
    g.add(Triple.create(s, p, o));
  }

  private static void instant(Graph g, Node instant, String day) {
    g.add(instant, Terms.type, TIME.Instant);
    g.add(instant, TIME.inXSDDate, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate));
    g.add(instant, TIME.unitType, TIME.unitDay);
  }
}

package org.waqai.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;
import org.waqai.model.EventType;
import org.waqai.model.Precision;
import org.waqai.model.SubEventType;
import org.waqai.store.rdf.ActorIndividuals;
import org.waqai.store.rdf.Iris;
import org.waqai.store.rdf.ReferenceData;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/** The Turtle under {@code ontology/} agrees with the Java that writes instance data, and with itself. */
class OntologyTest {
  private static final Node TYPE = Terms.type;

  private final Graph ontology = ReferenceData.turtle("waqai.ttl");
  private final Graph taxonomy = ReferenceData.turtle("acled-types.ttl");

  @Test
  void everySubEventTypeIsAConceptUnderItsType() {
    for (SubEventType t : SubEventType.values()) {
      Node concept = WQ.subEventType(t);
      assertTrue(has(taxonomy, concept, Terms.inScheme, WQ.AcledEventTypes), t + " in scheme");
      assertEquals(List.of(WQ.eventType(t.type())), objects(taxonomy, concept, Terms.broader), t + " broader");
      assertEquals(List.of(literal(t.label())), objects(taxonomy, concept, Terms.notation), t + " notation");
      assertTrue(has(taxonomy, WQ.eventType(t.type()), Terms.narrower, concept), t + " narrower");
    }
  }

  @Test
  void everyEventTypeIsATopConcept() {
    for (EventType t : EventType.values()) {
      Node concept = WQ.eventType(t);
      assertTrue(has(taxonomy, concept, Terms.topConceptOf, WQ.AcledEventTypes), t + " top concept");
      assertEquals(List.of(literal(t.label())), objects(taxonomy, concept, Terms.notation), t + " notation");
    }
  }

  @Test
  void theSchemeHoldsNoConceptTheEnumsLack() {
    Set<Node> expected = new HashSet<>();
    for (SubEventType t : SubEventType.values()) {
      expected.add(WQ.subEventType(t));
    }
    for (EventType t : EventType.values()) {
      expected.add(WQ.eventType(t));
    }
    Set<Node> inScheme = new HashSet<>();
    taxonomy.find(Node.ANY, Terms.inScheme, WQ.AcledEventTypes).forEach(t -> inScheme.add(t.getSubject()));
    assertEquals(expected, inScheme);
  }

  @Test
  void everyPlacePrecisionIsAnIndividual() {
    for (Precision p : Precision.values()) {
      Node individual = WQ.precision(p);
      assertTrue(has(ontology, individual, TYPE, NodeFactory.createURI(WQ.NS + "PlacePrecision")), p.name());
      assertEquals(List.of(literal(p.label())), objects(ontology, individual, Terms.notation), p.name());
    }
  }

  @Test
  void everyActorTypeCarriesItsInterCode() {
    for (int inter = 1; inter <= 8; inter++) {
      List<Node> notation = objects(taxonomy, WQ.actorType(inter), Terms.notation);
      assertEquals(1, notation.size(), "inter " + inter);
      assertEquals(Integer.toString(inter), notation.get(0).getLiteralLexicalForm());
    }
  }

  /** A typo in a vocabulary constant would otherwise write terms that no one declared. */
  @Test
  void everyTermTheJavaWritesIsDeclared() throws IllegalAccessException {
    List<String> undeclared = new ArrayList<>();
    for (Field f : WQ.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
        Node term = (Node) f.get(null);
        if (!ontology.contains(term, TYPE, Node.ANY) && !taxonomy.contains(term, TYPE, Node.ANY)) {
          undeclared.add(term.getURI());
        }
      }
    }
    assertEquals(List.of(), undeclared);
  }

  /** Set -Dwaqai.regenerate=true to rewrite ontology/actors.ttl after the registry changed. */
  @Test
  void actorsTtlIsWhatTheRegistryGives() throws Exception {
    Graph generated = ActorIndividuals.graph(Iris.defaults());
    Path file = Path.of("ontology/actors.ttl");
    if (Boolean.getBoolean("waqai.regenerate")) {
      ActorIndividuals.main(new String[] {file.toString()});
    }
    assertTrue(Files.exists(file), "run with -Dwaqai.regenerate=true to create " + file);
    Graph committed = RDFDataMgr.loadGraph(file.toString());
    assertTrue(committed.isIsomorphicWith(generated),
        "ontology/actors.ttl is stale: run ./mvnw test -Dtest=OntologyTest -Dwaqai.regenerate=true");
  }

  @Test
  void referenceDataSatisfiesTheShapes() {
    Graph reference = ReferenceData.graph(Iris.defaults());
    ValidationReport report = ShaclValidator.get().validate(Shapes.parse(ReferenceData.shapes()), reference);
    if (!report.conforms()) {
      ShLib.printReport(report);
    }
    assertTrue(report.conforms());
    assertFalse(reference.find(Node.ANY, TYPE, WQ.Actor).toList().isEmpty());
  }

  private static boolean has(Graph g, Node s, Node p, Node o) {
    return g.contains(Triple.create(s, p, o));
  }

  private static List<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  private static Node literal(String s) {
    return NodeFactory.createLiteralString(s);
  }
}

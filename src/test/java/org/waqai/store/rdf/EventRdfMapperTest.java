package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.waqai.model.Event;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;
import org.waqai.store.rdf.vocab.SEM;
import org.waqai.store.rdf.vocab.TIME;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

class EventRdfMapperTest {
  private final Iris iris = Iris.defaults();
  private final EventRdfMapper mapper = new EventRdfMapper(iris);

  @Test
  void articleGraphIsTheHandWrittenOne() throws Exception {
    Graph expected = GraphMemFactory.createDefaultGraph();
    try (InputStream in = getClass().getResourceAsStream("expected-article.ttl")) {
      RDFParser.source(in).lang(Lang.TURTLE).parse(expected);
    }
    Graph actual = mapper.map(RdfFixtures.article000());
    assertTrue(expected.isIsomorphicWith(actual), () -> "missing:\n" + difference(expected, actual)
        + "\nunexpected:\n" + difference(actual, expected));
  }

  @Test
  void sameInputGivesTheSameGraphWithoutBlankNodes() {
    for (ArticleEvents article : RdfFixtures.all()) {
      Graph first = mapper.map(article);
      Graph second = mapper.map(article);
      assertEquals(first.find().toSet(), second.find().toSet());
      assertFalse(first.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).hasNext());
    }
  }

  @Test
  void rangeIsAnIntervalBetweenTwoDays() {
    Graph g = mapper.map(RdfFixtures.article001());
    Node time = iris.eventPart("001-e1", "time");
    assertTrue(g.contains(iris.event("001-e1"), SEM.hasTime, time));
    assertTrue(g.contains(time, Terms.type, TIME.ProperInterval));
    assertTrue(g.contains(iris.eventPart("001-e1", "begin"), TIME.inXSDDate, date("2017-04-03")));
    assertTrue(g.contains(iris.eventPart("001-e1", "end"), TIME.inXSDDate, date("2017-04-09")));
  }

  @Test
  void monthIsAnInstantWithMonthUnit() {
    Graph g = mapper.map(RdfFixtures.article002());
    Node time = iris.eventPart("002-e1", "time");
    assertTrue(g.contains(time, TIME.inXSDDate, date("2017-05-01")));
    assertTrue(g.contains(time, TIME.unitType, TIME.unitMonth));
  }

  @Test
  void eventWithoutDateOrPlaceHasNeither() {
    Graph g = mapper.map(RdfFixtures.article001());
    Node event = iris.event("001-e2");
    assertFalse(g.contains(event, SEM.hasTime, Node.ANY));
    assertFalse(g.contains(event, SEM.hasPlace, Node.ANY));
    assertTrue(g.contains(event, WQ.hedged, NodeFactory.createLiteralByValue(true)));
  }

  @Test
  void anActorTheSentenceDoesNotNameIsAnInferredRoleWithoutAMention() {
    ArticleEvents article = StoreFixtures.inferredSide2017();
    Graph g = mapper.map(article);
    Node clash = iris.event(article.events().get(0).id());
    Node shelling = iris.event(article.events().get(1).id());
    Node opposition = iris.actor("opposition-rebels");
    assertTrue(g.contains(shelling, WQ.actor2, opposition));
    assertEquals(List.of(WQ.actor2), g.find(shelling, WQ.inferredRole, Node.ANY).mapWith(Triple::getObject).toList());
    assertFalse(g.contains(clash, WQ.inferredRole, Node.ANY), "the clash names both sides");
    List<Node> mentioned = g.find(shelling, WQ.mention, Node.ANY).mapWith(Triple::getObject)
        .mapWith(m -> g.find(m, WQ.mentionOf, Node.ANY).next().getObject()).toList();
    assertFalse(mentioned.contains(opposition), "no mention stands behind the inferred side: " + mentioned);
    assertTrue(mentioned.contains(iris.actor("syria-gov-forces")));
  }

  @Test
  void actorOutsideTheVocabularyHasNoNotation() {
    Graph g = mapper.map(RdfFixtures.article001());
    Node furqan = iris.actor("liwa-al-furqan");
    assertTrue(g.contains(furqan, Terms.identifier, NodeFactory.createLiteralString("liwa-al-furqan")));
    assertFalse(g.contains(furqan, Terms.notation, Node.ANY));
  }

  @Test
  void idWithSlashStaysOneSegment() {
    Graph g = mapper.map(RdfFixtures.article001());
    Node region = NodeFactory.createURI("http://localhost:8080/id/place/hama-gov%2Fnorth");
    assertTrue(g.contains(region, Terms.identifier, NodeFactory.createLiteralString("hama-gov/north")));
  }

  @Test
  void placeOutsideSyriaIsWithinItsCountry() {
    Graph g = mapper.map(RdfFixtures.article002());
    Node lebanon = iris.area("Lebanon");
    assertTrue(g.contains(iris.place("beirut"), WQ.within, lebanon));
    assertTrue(g.contains(lebanon, Terms.type, WQ.Country));
    assertFalse(g.contains(iris.area("Syria"), Node.ANY, Node.ANY));
  }

  @Test
  void eventOfAnotherArticleIsRefused() {
    ArticleEvents a = RdfFixtures.article000();
    Event foreign = RdfFixtures.article001().events().get(0);
    ArticleEvents mixed = new ArticleEvents(a.article(), List.of(foreign), a.contentHash(), a.extractorVersion());
    assertThrows(RdfDataException.class, () -> mapper.map(mixed));
  }

  @Test
  void baseIsConfigurable() {
    Graph g = new EventRdfMapper(new Iris("https://example.org/waqai/")).map(RdfFixtures.article002());
    assertTrue(g.contains(NodeFactory.createURI("https://example.org/waqai/event/002-e1"), Terms.type, WQ.Event));
  }

  private static Node date(String day) {
    return NodeFactory.createLiteralDT(day, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
  }

  private static String difference(Graph a, Graph b) {
    return a.find().filterDrop(b::contains).mapWith(Triple::toString).toList().stream().sorted()
        .collect(Collectors.joining("\n"));
  }
}

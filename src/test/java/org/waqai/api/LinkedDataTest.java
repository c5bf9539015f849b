package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waqai.ingest.Ingestor;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

@QuarkusTest
@WithTestResource(TempStores.class)
class LinkedDataTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final Node EVENT = NodeFactory.createURI("http://localhost:8080/id/event/" + SampleCorpus.JOBAR_CLASH);

  @Inject
  Ingestor ingestor;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @Test
  void showsBrowsersAnHtmlPageWithTheArabicEvidenceRightToLeftAndItsTriggerMarked() {
    Map<String, Object> evidence = given().queryParam("actor", "opposition-rebels").queryParam("from", "2017-03-23")
        .queryParam("to", "2017-03-23").get("/events")
        .then().statusCode(200).extract().path("events.find { it.id == '" + SampleCorpus.JOBAR_CLASH
            + "' }.evidence");
    String sentence = (String) evidence.get("sentence");
    int start = (Integer) evidence.get("start");
    int from = (Integer) evidence.get("trigger_start") - start;
    int to = (Integer) evidence.get("trigger_end") - start;
    assertTrue(0 <= from && from < to && to <= sentence.length(), evidence.toString());
    String html = given().accept(BROWSER).get("/id/event/" + SampleCorpus.JOBAR_CLASH)
        .then().statusCode(200).contentType(startsWith("text/html")).header("Vary", "Accept")
        .extract().asString();
    assertTrue(html.contains("<p dir=\"rtl\" lang=\"ar\">" + sentence.substring(0, from) + "<mark>"
        + sentence.substring(from, to) + "</mark>" + sentence.substring(to) + "</p>"), html);
    assertTrue(html.contains("href=\"#evidence\""), "parts link to their sections");
    assertTrue(html.contains("<section id=\"evidence\">"), html);
  }

  @Test
  void givesMachinesTurtleAndTheSameGraphInJsonLd() {
    Graph turtle = SparqlEndpointTest.parse(given().accept("text/turtle").get("/id/event/" + SampleCorpus.JOBAR_CLASH)
        .then().statusCode(200).contentType(startsWith("text/turtle")).extract().asByteArray(), Lang.TURTLE);
    assertTrue(turtle.contains(EVENT, RDF.type.asNode(), WQ.Event));
    assertTrue(turtle.contains(NodeFactory.createURI(EVENT.getURI() + "#evidence"), WQ.sentence, Node.ANY),
        "the evidence part is described too");
    Graph jsonld = SparqlEndpointTest.parse(given().accept("application/ld+json")
        .get("/id/event/" + SampleCorpus.JOBAR_CLASH)
        .then().statusCode(200).contentType(startsWith("application/ld+json")).extract().asByteArray(), Lang.JSONLD);
    assertTrue(turtle.isIsomorphicWith(jsonld));
    Graph byName = SparqlEndpointTest.parse(given().queryParam("format", "jsonld")
        .get("/id/event/" + SampleCorpus.JOBAR_CLASH).then().statusCode(200).extract().asByteArray(), Lang.JSONLD);
    assertTrue(turtle.isIsomorphicWith(byName));
  }

  @Test
  void defaultsToTurtleForClientsThatAcceptAnything() {
    given().accept("*/*").get("/id/actor/syria-gov-forces")
        .then().statusCode(200).contentType(startsWith("text/turtle"));
  }

  @Test
  void describesActorsPlacesAndArticles() {
    Graph actor = SparqlEndpointTest.parse(given().accept("text/turtle").get("/id/actor/syria-gov-forces")
        .then().statusCode(200).extract().asByteArray(), Lang.TURTLE);
    assertTrue(actor.contains(NodeFactory.createURI("http://localhost:8080/id/actor/syria-gov-forces"),
        Terms.label, Node.ANY));
    String article = given().accept(BROWSER).get("/id/article/sample-001")
        .then().statusCode(200).extract().asString();
    assertTrue(article.contains("<p dir=\"rtl\" lang=\"ar\">دمشق - اندلعت اشتباكات عنيفة"), article);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hama-city%2Fcountryside%2Fnorthern", "hama-city/countryside/northern"})
  void findsPlacesWhoseIdsHoldSlashes(String path) {
    given().accept("text/turtle").urlEncodingEnabled(false).get("/id/place/" + path)
        .then().statusCode(200)
        .body(containsString("hama-city%2Fcountryside%2Fnorthern"));
  }

  @Test
  void answersUnknownResourcesWithProblem404() {
    given().accept(BROWSER).get("/id/event/no-such-event")
        .then().statusCode(404).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/not-found"))
        .body("detail", containsString("no-such-event"));
    given().get("/id/weapon/x")
        .then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void refusesAnUnacceptableAccept() {
    given().accept("application/sparql-results+json").get("/id/event/" + SampleCorpus.JOBAR_CLASH)
        .then().statusCode(406).contentType(PROBLEM);
  }
}

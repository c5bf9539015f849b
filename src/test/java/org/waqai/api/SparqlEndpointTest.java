package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.ingest.Ingestor;
import org.waqai.store.rdf.RdfEventStore;

@QuarkusTest
@WithTestResource(TempStores.class)
class SparqlEndpointTest {
  private static final String PROBLEM = "application/problem+json";
  /** {@code %test.waqai.sparql.max-triples}. */
  private static final int MAX_TRIPLES = 100;
  private static final String WQ = "PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>\n";
  private static final String COUNT_EVENTS = WQ + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a wq:Event }";
  private static final String CONSTRUCT = WQ + "CONSTRUCT { ?e a wq:Event ; wq:subEventType ?t } "
      + "WHERE { ?e a wq:Event ; wq:subEventType ?t }";

  @Inject
  Ingestor ingestor;

  @Inject
  RdfEventStore rdf;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @Test
  void answersGetWithSparqlResultsJson() {
    given().queryParam("query", COUNT_EVENTS)
        .get("/sparql")
        .then().statusCode(200).contentType(startsWith("application/sparql-results+json"))
        .body("head.vars[0]", equalTo("n"))
        .body("results.bindings[0].n.value", equalTo(String.valueOf(SampleCorpus.EVENTS)));
  }

  @Test
  void answersFormPostAndDirectPost() {
    given().formParam("query", COUNT_EVENTS)
        .post("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo("13"));
    given().contentType("application/sparql-query").body(COUNT_EVENTS.getBytes(StandardCharsets.UTF_8))
        .post("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo("13"));
  }

  @Test
  void aLongQueryIsAnsweredInAFormPost() {
    // Vert.x caps a form attribute at 2,048 bytes unless configured; a commented query passes that easily.
    String comment = "# " + "تعليق طويل يشرح الاستعلام ".repeat(400) + "\n";
    String query = comment + COUNT_EVENTS;
    assertTrue(query.getBytes(StandardCharsets.UTF_8).length > 10_000);
    given().formParam("query", query)
        .post("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo("13"));
  }

  @ParameterizedTest
  @CsvSource({
      "application/sparql-results+json, application/sparql-results+json",
      "application/sparql-results+xml, application/sparql-results+xml",
      "text/csv, text/csv",
      "text/tab-separated-values, text/tab-separated-values",
      "'text/csv;q=0.5, application/sparql-results+xml', application/sparql-results+xml",
      "*/*, application/sparql-results+json"})
  void negotiatesResultFormats(String accept, String expected) {
    byte[] body = given().queryParam("query", COUNT_EVENTS).accept(accept)
        .get("/sparql")
        .then().statusCode(200).contentType(startsWith(expected)).extract().asByteArray();
    Lang lang = switch (expected) {
      case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
      case "text/csv" -> ResultSetLang.RS_CSV;
      case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
      default -> ResultSetLang.RS_JSON;
    };
    ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body), lang);
    assertEquals("13", rs.next().get("n").asLiteral().getLexicalForm());
  }

  @Test
  void answersAsk() {
    given().queryParam("query", WQ + "ASK { ?e a wq:Event }")
        .get("/sparql")
        .then().statusCode(200).body("boolean", equalTo(true));
  }

  @Test
  void answersConstructInEveryGraphFormatWithTheSameGraph() {
    Graph turtle = construct("text/turtle", Lang.TURTLE);
    assertEquals(2L * SampleCorpus.EVENTS, turtle.size());
    for (String[] f : new String[][] {{"application/n-triples", "N-TRIPLES"}, {"application/ld+json", "JSON-LD"},
        {"application/rdf+xml", "RDF/XML"}}) {
      Graph other = construct(f[0], RDFLanguages.nameToLang(f[1]));
      assertTrue(turtle.isIsomorphicWith(other), f[0] + " differs from Turtle");
    }
  }

  @Test
  void answersDescribe() {
    Graph g = parse(given().queryParam("query", "DESCRIBE <http://localhost:8080/id/event/" + SampleCorpus.JOBAR_CLASH
        + ">").accept("text/turtle").get("/sparql").then().statusCode(200).header("Waqai-Truncated", "false")
        .extract().asByteArray(), Lang.TURTLE);
    assertFalse(g.isEmpty());
  }

  @Test
  void restrictsToTheDefaultGraphAsked() {
    String all = WQ + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a wq:Event }";
    given().queryParam("query", all)
        .queryParam("default-graph-uri", "http://localhost:8080/id/article/sample-003")
        .get("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo("3"));
  }

  /** The parsed query is remembered per text: what one request adds to its copy must not reach the next. */
  @Test
  void aRememberedQueryKeepsNoGraphOrCapFromAnEarlierRequest() {
    String all = WQ + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a wq:Event }";
    String everything = given().queryParam("query", all).get("/sparql")
        .then().statusCode(200).extract().path("results.bindings[0].n.value");
    given().queryParam("query", all)
        .queryParam("default-graph-uri", "http://localhost:8080/id/article/sample-003")
        .get("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo("3"));
    given().queryParam("query", all).get("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo(everything));
    for (int i = 0; i < 2; i++) {
      given().queryParam("query", "SELECT * WHERE { ?s ?p ?o }").get("/sparql")
          .then().statusCode(200).header("Waqai-Truncated", "true").body("results.bindings", hasSize(50));
    }
  }

  @Test
  void capsRowsAndSaysSo() {
    given().queryParam("query", "SELECT * WHERE { ?s ?p ?o }")
        .get("/sparql")
        .then().statusCode(200).header("Waqai-Truncated", "true")
        .body("results.bindings", hasSize(50));
  }

  /** At most {@code waqai.sparql.max-triples} (100 under test) distinct triples; more are cut and flagged. */
  @Test
  void capsConstructAndDescribeTriplesAndSaysSo() {
    Graph all = triples("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "true");
    assertEquals(MAX_TRIPLES, all.size());
    Graph described = triples(WQ + "DESCRIBE ?e WHERE { ?e a wq:Event }", "true");
    assertEquals(MAX_TRIPLES, described.size());
    // The cut graph holds triples of the store, not made-up ones.
    Graph first = triples("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } LIMIT 1000 }", "true");
    first.find().forEachRemaining(t -> assertTrue(askTriple(t), t + " is not in the store"));
  }

  @Test
  void countsDistinctTriplesAgainstTheCap() {
    // Exactly the cap is whole; one more is cut.
    Graph exactly = triples("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } LIMIT "
        + MAX_TRIPLES + " }", "false");
    assertEquals(MAX_TRIPLES, exactly.size());
    triples("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } LIMIT " + (MAX_TRIPLES + 1) + " }",
        "true");
    // A template repeated for every one of many solutions is still one triple.
    Graph one = triples("CONSTRUCT { <urn:x:a> <urn:x:b> <urn:x:c> } WHERE { ?s ?p ?o }", "false");
    assertEquals(1, one.size());
  }

  @Test
  void refusesUpdates() {
    String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
    given().formParam("update", insert).post("/sparql")
        .then().statusCode(403).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/read-only"));
    given().contentType("application/sparql-update").body(insert.getBytes(StandardCharsets.UTF_8)).post("/sparql")
        .then().statusCode(403).contentType(PROBLEM);
    given().queryParam("query", insert).get("/sparql")
        .then().statusCode(400).contentType(PROBLEM);
    given().queryParam("query", "ASK { <urn:x> ?p ?o }").get("/sparql")
        .then().statusCode(200).body("boolean", equalTo(false));
    assertEquals(SampleCorpus.EVENTS, rdf.countEvents());
  }

  @Test
  void reportsMalformedQueriesWithLineAndColumn() {
    given().queryParam("query", "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER (?o = ) }")
        .get("/sparql")
        .then().statusCode(400).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/invalid-query"))
        .body("line", equalTo(3))
        .body("column", equalTo(16))
        .body("detail", startsWith("Encountered"));
    given().get("/sparql")
        .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("no query"));
  }

  @Test
  void refusesAnUnacceptableAccept() {
    given().queryParam("query", COUNT_EVENTS).accept("text/turtle")
        .get("/sparql")
        .then().statusCode(406).contentType(PROBLEM)
        .body("detail", containsString("application/sparql-results+json"));
    given().queryParam("query", CONSTRUCT).accept("application/sparql-results+json")
        .get("/sparql")
        .then().statusCode(406).contentType(PROBLEM);
  }

  @Test
  void stopsARunawayQueryAtTheTimeout() {
    long start = System.nanoTime();
    given().queryParam("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        .get("/sparql")
        .then().statusCode(504).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/query-timeout"));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 2_000 + 5_000, "answered after " + ms + " ms with a 2 s timeout");
  }

  private Graph construct(String accept, Lang lang) {
    byte[] body = given().queryParam("query", CONSTRUCT).accept(accept)
        .get("/sparql")
        .then().statusCode(200).contentType(startsWith(accept)).header("Waqai-Truncated", "false")
        .extract().asByteArray();
    return parse(body, lang);
  }

  private static Graph triples(String query, String truncated) {
    return parse(given().queryParam("query", query).accept("application/n-triples")
        .get("/sparql")
        .then().statusCode(200).header("Waqai-Truncated", truncated).extract().asByteArray(), Lang.NTRIPLES);
  }

  private static boolean askTriple(Triple t) {
    String ask = "ASK { " + NodeFmtLib.str(t) + " }";
    return given().queryParam("query", ask).get("/sparql").then().statusCode(200).extract().path("boolean");
  }

  static Graph parse(byte[] body, Lang lang) {
    return RDFParser.source(new ByteArrayInputStream(body)).lang(lang).toGraph();
  }
}

package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.api.events.AcledColumns;
import org.waqai.ingest.Ingestor;
import org.waqai.store.rdf.vocab.WQ;

@QuarkusTest
@WithTestResource(TempStores.class)
class ExportTest {
  @Inject
  Ingestor ingestor;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @ParameterizedTest
  @CsvSource({"turtle, text/turtle, TURTLE", "ntriples, application/n-triples, N-TRIPLES",
      "jsonld, application/ld+json, JSON-LD", "rdfxml, application/rdf+xml, RDF/XML"})
  void exportsTheArticleGraphsInEveryRdfFormat(String format, String mediaType, String lang) {
    Graph exported = SparqlEndpointTest.parse(given().queryParam("format", format).get("/export")
        .then().statusCode(200).contentType(startsWith(mediaType))
        .header("Content-Disposition", startsWith("attachment; filename=\"waqai-graph."))
        .extract().asByteArray(), RDFLanguages.nameToLang(lang));
    assertEquals(SampleCorpus.EVENTS, exported.find(Node.ANY, RDF.type.asNode(), WQ.Event).toList().size());
    Graph turtle = SparqlEndpointTest.parse(given().queryParam("format", "turtle").get("/export")
        .then().statusCode(200).extract().asByteArray(), Lang.TURTLE);
    assertTrue(turtle.isIsomorphicWith(exported), format + " exports another graph than Turtle");
  }

  @Test
  void exportsOneNamedGraphPerArticleInTrig() {
    byte[] body = given().queryParam("format", "trig").get("/export")
        .then().statusCode(200).contentType(startsWith("application/trig")).extract().asByteArray();
    DatasetGraph ds = RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.TRIG).toDatasetGraph();
    List<Node> graphs = new ArrayList<>();
    ds.listGraphNodes().forEachRemaining(graphs::add);
    graphs.sort(Comparator.comparing(Node::getURI));
    assertEquals(List.of(article("sample-001"), article("sample-002"), article("sample-003")), graphs);
  }

  /** An actor or place that several articles name is in each article's graph, but exported once. */
  @ParameterizedTest
  @CsvSource({"turtle, TURTLE", "ntriples, N-TRIPLES"})
  void writesEveryStatementOnce(String format, String lang) {
    byte[] body = given().queryParam("format", format).get("/export").then().statusCode(200).extract().asByteArray();
    long[] written = {0};
    RDFParser.source(new ByteArrayInputStream(body)).lang(RDFLanguages.nameToLang(lang))
        .parse(new StreamRDFBase() {
          @Override
          public void triple(Triple triple) {
            written[0]++;
          }
        });
    Graph exported = SparqlEndpointTest.parse(body, RDFLanguages.nameToLang(lang));
    assertEquals(exported.size(), written[0], format + " repeats statements");
    byte[] trig = given().queryParam("format", "trig").get("/export").then().statusCode(200).extract().asByteArray();
    Graph union = RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).toDatasetGraph().getUnionGraph();
    assertTrue(union.isIsomorphicWith(exported), "the same statements as the article graphs of TriG");
  }

  @Test
  void exportsEventsAsAcledLikeCsv() {
    String csv = given().queryParam("format", "csv").get("/export")
        .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    List<String> lines = csv.lines().toList();
    assertEquals(String.join(",", AcledColumns.NAMES), lines.get(0));
    assertEquals(SampleCorpus.EVENTS + 1, lines.size());
    // Golden row: the sample's Jobar clash (no associated actors, fatalities not reported, notes in Arabic).
    assertTrue(lines.contains("2017-03-23,Battles,Armed clash,Military Forces of Syria (2000-2024),,"
        + "Syrian opposition armed factions (unspecified),,Damascus,Jobar,33.531,36.337,1,1,,Waqai (illustrative),"
        + "اندلعت اشتباكات عنيفة اليوم الخميس بين قوات النظام وفصائل المعارضة في حي جوبر شرقي العاصمة، وفق المرصد "
        + "السوري لحقوق الإنسان."), csv);
  }

  @Test
  void exportsEventsAsGeoJson() {
    JsonPath geo = JsonPath.from(given().queryParam("format", "geojson").get("/export")
        .then().statusCode(200).contentType(startsWith("application/geo+json")).extract().asString());
    assertEquals("FeatureCollection", geo.getString("type"));
    assertEquals(SampleCorpus.EVENTS, geo.getList("features").size());
    String jobar = "features.find { it.id == '" + SampleCorpus.JOBAR_CLASH + "' }";
    assertEquals("Point", geo.getString(jobar + ".geometry.type"));
    float lon = geo.getFloat(jobar + ".geometry.coordinates[0]");
    float lat = geo.getFloat(jobar + ".geometry.coordinates[1]");
    assertTrue(lon > 36 && lon < 37 && lat > 33 && lat < 34, "longitude first: " + lon + "," + lat);
    assertEquals("Damascus", geo.getString(jobar + ".properties.admin1"));
    assertFalse(geo.getString(jobar + ".properties.notes").isBlank());
  }

  @Test
  void refusesUnknownFormats() {
    given().queryParam("format", "xlsx").get("/export")
        .then().statusCode(400).contentType("application/problem+json")
        .body("detail", startsWith("format must be one of"));
    given().accept("image/png").get("/export")
        .then().statusCode(406).contentType("application/problem+json");
    given().accept("application/geo+json").get("/export")
        .then().statusCode(200).contentType(startsWith("application/geo+json"))
        .body("type", equalTo("FeatureCollection"));
  }

  private static Node article(String id) {
    return NodeFactory.createURI("http://localhost:8080/id/article/" + id);
  }
}

package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waqai.ingest.Ingestor;
import org.waqai.store.rdf.vocab.WQ;

/**
 * The linked-data IRIs follow the address the service is configured to answer on (here port 18099 on all
 * interfaces), not a fixed {@code http://localhost:8080/id/}. (Under test the server binds a random port instead of
 * the configured one; the IRIs follow the configuration, which is what a deployed service answers on.)
 */
@QuarkusTest
@TestProfile(LinkedDataAddressTest.OtherAddress.class)
@WithTestResource(TempStores.class)
class LinkedDataAddressTest {
  public static class OtherAddress implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.port", "18099", "quarkus.http.host", "0.0.0.0");
    }
  }

  @Inject
  Ingestor ingestor;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @Test
  void mintsIrisOnTheConfiguredHostAndPort() {
    byte[] body = given().accept("text/turtle").get("/id/event/" + SampleCorpus.JOBAR_CLASH)
        .then().statusCode(200).extract().asByteArray();
    Graph g = SparqlEndpointTest.parse(body, Lang.TURTLE);
    Node event = NodeFactory.createURI("http://localhost:18099/id/event/" + SampleCorpus.JOBAR_CLASH);
    assertTrue(g.contains(event, RDF.type.asNode(), WQ.Event), new String(body));
    assertFalse(new String(body).contains("localhost:8080"), "no IRI on the default port");
    given().queryParam("query", "ASK { <http://localhost:18099/id/article/sample-001> ?p ?o }").get("/sparql")
        .then().statusCode(200).body("boolean", org.hamcrest.Matchers.equalTo(true));
  }
}

package org.waqai.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.waqai.api.sparql.FederationPolicy;
import org.waqai.api.sparql.QueryTarget;
import org.waqai.ingest.Ingestor;
import org.waqai.store.rdf.RdfSettings;

/**
 * Jena's own SPARQL 1.1 Protocol client against {@code /sparql}: the endpoint speaks the protocol as a standard
 * client expects, and the service's remote query target (used with waqai.rdf.mode=remote) works against a real
 * SPARQL endpoint, this one.
 */
@QuarkusTest
@WithTestResource(TempStores.class)
class SparqlProtocolClientTest {
  private static final String WQ = "PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>\n";

  @TestHTTPResource("/sparql")
  URL endpoint;

  @Inject
  Ingestor ingestor;

  private QueryTarget remote;

  @BeforeEach
  void open() {
    SampleCorpus.load(ingestor);
    String url = endpoint.toString();
    remote = QueryTarget.open(RdfSettings.remote(url, url, url), FederationPolicy.of(List.of()));
  }

  @AfterEach
  void close() {
    remote.close();
  }

  @Test
  void selectsAsksAndConstructsThroughTheProtocol() {
    assertEquals(SampleCorpus.EVENTS, count(WQ + "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a wq:Event }"));
    try (QueryExec ask = remote.newQuery(QueryFactory.create(WQ + "ASK { ?e a wq:Event }")).build()) {
      assertTrue(ask.ask());
    }
    try (QueryExec construct = remote.newQuery(QueryFactory.create(WQ
        + "CONSTRUCT { ?e a wq:Event } WHERE { ?e a wq:Event }")).build()) {
      Graph g = construct.construct();
      assertEquals(SampleCorpus.EVENTS, g.size());
    }
    assertTrue(remote.ping());
  }

  @Test
  void sendsTheDatasetDescription() {
    assertEquals(3, count(WQ + "SELECT (COUNT(DISTINCT ?e) AS ?n) FROM <http://localhost:8080/id/article/sample-003> "
        + "WHERE { ?e a wq:Event }"));
  }

  private long count(String text) {
    Query query = QueryFactory.create(text);
    try (QueryExec exec = remote.newQuery(query).build()) {
      return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
    }
  }
}

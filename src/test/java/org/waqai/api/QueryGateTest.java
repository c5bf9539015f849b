package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.waqai.ingest.Ingestor;

/** One client may not run more than its share of queries at once: the next is answered 503 with Retry-After. */
@QuarkusTest
@WithTestResource(TempStores.class)
@TestProfile(QueryGateTest.OneAtATime.class)
class QueryGateTest {
  /** One query per client, so that a second one while the first runs is refused. */
  public static class OneAtATime implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("waqai.api.max-concurrent-queries-per-client", "1");
    }
  }


  @Inject
  Ingestor ingestor;

  @Test
  void aSecondQueryWhileTheFirstRunsIsTold503WithRetryAfter() throws Exception {
    SampleCorpus.load(ingestor);
    // The slow one runs to the 2 s timeout (%test.waqai.sparql.timeout) on a store with a few triples.
    given().contentType("application/json").body(Map.of("query", "RETURN 1 AS n")).post("/cypher")
        .then().statusCode(200);
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
        given().queryParam("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
            .get("/sparql").statusCode());
    Thread.sleep(500);
    given().contentType("application/json").body(Map.of("query", "RETURN 1 AS n"))
        .post("/cypher")
        .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
        .body("type", equalTo("https://w3id.org/waqai/problem/busy"));
    first.get(30, TimeUnit.SECONDS);
    given().contentType("application/json").body(Map.of("query", "RETURN 1 AS n")).post("/cypher")
        .then().statusCode(200);
  }
}

package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A service started on empty stores with waqai.load-samples=true serves the sample corpus at once. */
@QuarkusTest
@TestProfile(SamplesAtStartTest.LoadSamples.class)
@WithTestResource(TempStores.class)
class SamplesAtStartTest {
  public static class LoadSamples implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("waqai.load-samples", "true");
    }
  }

  @Test
  void loadsTheSampleCorpusIntoEmptyStores() {
    given().get("/events").then().statusCode(200).body("events", hasSize(SampleCorpus.EVENTS));
    given().queryParam("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a <https://w3id.org/waqai/ontology/1.0/Article> } }")
        .get("/sparql")
        .then().statusCode(200).body("results.bindings[0].n.value", equalTo("3"));
  }
}

package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TempStores.class)
class OperationsTest {
  @Test
  void isLiveAndReadyWithBothStores() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
        .body("checks.find { it.name == 'stores' }.data.neo4j", equalTo("up"))
        .body("checks.find { it.name == 'stores' }.data.rdf", equalTo("up"));
  }

  @Test
  void publishesMetrics() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
  }

  @Test
  void describesItselfInOpenApiWithSwaggerUi() {
    given().accept("application/json").get("/q/openapi").then().statusCode(200)
        .body("paths", hasKey("/cypher"))
        .body("paths", hasKey("/sparql"))
        .body("paths", hasKey("/articles"));
    given().get("/q/swagger-ui/").then().statusCode(200).contentType(startsWith("text/html"));
  }

  @Test
  void servesTheStartPage() {
    given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
        .body(containsString("/sparql"));
  }

  @Test
  void answersEveryErrorAsProblemJsonWithoutInternals() {
    given().get("/no/such/path").then().statusCode(404).contentType("application/problem+json")
        .body("status", equalTo(404));
    given().delete("/events").then().statusCode(405).contentType("application/problem+json")
        .body("status", equalTo(405));
    given().contentType("application/json").body("{\"query\": 1, \"parameters\": [1]}").post("/cypher")
        .then().statusCode(400).contentType("application/problem+json")
        .body("detail", equalTo("request body field 'parameters' has the wrong JSON type"))
        .body(not(containsString("java."))).body(not(containsString("at org.")));
  }
}

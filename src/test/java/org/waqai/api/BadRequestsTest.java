package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waqai.ingest.Ingestor;

/** Every bad request gets a clear 4xx as problem+json, and CSV cells cannot smuggle spreadsheet formulas (issue 14). */
@QuarkusTest
@WithTestResource(TempStores.class)
class BadRequestsTest {
  private static final String PROBLEM = "application/problem+json";

  @Inject
  Ingestor ingestor;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/events", "/cypher", "/sparql", "/export"})
  void aMalformedAcceptIsA400(String path) {
    var request = given().header("Accept", "text/csv;q=0.5;;;=,/,application/").contentType(ContentType.JSON);
    var response = path.equals("/cypher") ? request.body(Map.of("query", "RETURN 1 AS n")).post(path)
        : path.equals("/sparql") ? request.queryParam("query", "ASK {}").get(path) : request.get(path);
    response.then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
  }

  @Test
  void aTooLongUriIsA414WithAProblem() {
    given().queryParam("actor", "x".repeat(20_000))
        .get("/events")
        .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
  }

  @Test
  void tooLargeHeadersAreA431WithAProblem() {
    given().header("X-Padding", "x".repeat(40_000))
        .get("/events")
        .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
  }

  @Test
  void aTooLargeFormFieldIsA413WithAProblem() {
    given().contentType("application/x-www-form-urlencoded").formParam("query", "ASK {} #" + "x".repeat(1_100_000))
        .post("/sparql")
        .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
  }

  @ParameterizedTest
  @ValueSource(strings = {"size=abc", "page=abc", "page=1.5", "size=1e3"})
  void aPageOrSizeThatIsNotANumberIsA400(String query) {
    given().get("/events?" + query)
        .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400));
  }

  @Test
  void aPagePastTheEndIsAnEmptyPage() {
    given().queryParam("page", 1000).queryParam("size", 10)
        .get("/events")
        .then().statusCode(200).body("events", hasSize(0)).body("more", equalTo(false));
  }

  @Test
  void cypherCsvNeutralisesCellsASpreadsheetWouldRunAsFormulas() {
    String csv = given().accept("text/csv").contentType(ContentType.JSON)
        .body(Map.of("query", "RETURN '=HYPERLINK(\"http://example.org\")' AS a, '+1+2' AS b, '@SUM(A1)' AS c, "
            + "'-2+3' AS d, -3.5 AS e, 'حلب' AS f"))
        .post("/cypher")
        .then().statusCode(200).extract().asString();
    List<String> lines = csv.lines().toList();
    assertEquals("a,b,c,d,e,f", lines.get(0));
    assertEquals("\"'=HYPERLINK(\"\"http://example.org\"\")\",'+1+2,'@SUM(A1),'-2+3,-3.5,حلب", lines.get(1));
    assertTrue(lines.stream().skip(1).noneMatch(l -> l.startsWith("=")));
  }
}

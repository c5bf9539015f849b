package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(TempStores.class)
class ArticlesTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String TOKEN = "Bearer test-token"; // %test.waqai.api.token
  private static final String CLASH = "دمشق - اندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في حي جوبر "
      + "شرق العاصمة.";
  private static final String STRIKE = "إدلب - قتل ثلاثة مدنيين في غارة للطيران الروسي على بلدة معرة النعمان في ريف "
      + "إدلب.";

  @Test
  void ingestsOneArticleAndReturnsItsStoredEvents() {
    authorised().contentType("application/json")
        .body(Map.of("id", "api-1", "text", CLASH, "published", "2017-03-23", "outlet", "Test"))
        .post("/articles")
        .then().statusCode(200).contentType("application/json")
        .body("articles", equalTo(1)).body("rewritten", equalTo(1))
        .body("events.size()", greaterThan(0))
        .body("events.article", everyItem(equalTo("api-1")))
        .body("events.subtype", hasItem("Armed clash"))
        .body("problems", hasSize(0));
    // Both stores hold it: the property graph answers /events, the RDF store /sparql and /id.
    given().queryParam("from", "2017-03-23").queryParam("to", "2017-03-23").get("/events")
        .then().statusCode(200).body("events.article", hasItem("api-1"));
    given().queryParam("query", "ASK { <http://localhost:8080/id/article/api-1> ?p ?o }").get("/sparql")
        .then().statusCode(200).body("boolean", equalTo(true));
    // The same article again changes nothing.
    authorised().contentType("application/json")
        .body(Map.of("id", "api-1", "text", CLASH, "published", "2017-03-23", "outlet", "Test"))
        .post("/articles")
        .then().statusCode(200).body("rewritten", equalTo(0));
  }

  @Test
  void ingestsAJsonLinesBatchAndReportsItsBadRecords() {
    String batch = "{\"id\": \"api-2\", \"text\": \"" + STRIKE + "\", \"published\": \"2017-03-24\"}\n"
        + "{\"id\": \"api-3\", \"text\": \n"
        + "{\"id\": \"api-4\"}\n"
        + "{\"id\": \"api-5\", \"text\": \"" + CLASH + "\", \"published\": \"2017-03-25\"}\n";
    authorised().contentType("application/x-ndjson").body(batch.getBytes(StandardCharsets.UTF_8))
        .post("/articles")
        .then().statusCode(200)
        .body("articles", equalTo(2))
        .body("problems.record", equalTo(List.of(2, 3)))
        .body("problems[0].reason", containsString("not JSON"))
        .body("problems[1].reason", containsString("missing \"text\""))
        .body("events.article", hasItem("api-2"))
        .body("events.article", hasItem("api-5"));
  }

  @Test
  void reportsASecondArticleWithTheSameIdInOneBatch() {
    authorised().contentType("application/json")
        .body("[{\"id\": \"api-dup\", \"text\": \"" + CLASH + "\"}, {\"id\": \"api-dup\", \"text\": \"" + STRIKE
            + "\"}]")
        .post("/articles")
        .then().statusCode(200).body("articles", equalTo(1))
        .body("problems.record", equalTo(List.of(2)))
        .body("problems[0].reason", containsString("api-dup"))
        .body("events.subtype", hasItem("Armed clash"));
  }

  @Test
  void exportedCsvNeutralisesFormulas() {
    authorised().contentType("application/json")
        .body(Map.of("id", "api-formula", "text", CLASH, "published", "2017-04-02",
            "outlet", "=HYPERLINK(\"http://example.org\",\"x\")"))
        .post("/articles")
        .then().statusCode(200);
    String events = given().accept("text/csv").queryParam("from", "2017-04-02").queryParam("to", "2017-04-02")
        .get("/events").then().statusCode(200).extract().asString();
    String export = given().queryParam("format", "csv").get("/export").then().statusCode(200).extract().asString();
    for (String csv : List.of(events, export)) {
      org.junit.jupiter.api.Assertions.assertTrue(csv.contains("'=HYPERLINK"), csv);
      org.junit.jupiter.api.Assertions.assertFalse(csv.contains(",=HYPERLINK") || csv.contains(",\"=HYPERLINK"), csv);
    }
  }

  @Test
  void acceptsAnArrayOfArticles() {
    authorised().contentType("application/json")
        .body("[{\"id\": \"api-6\", \"text\": \"" + CLASH + "\"}, {\"id\": \"api-7\", \"text\": \"" + STRIKE + "\"}]")
        .post("/articles")
        .then().statusCode(200).body("articles", equalTo(2));
  }

  @Test
  void refusesWithoutTheToken() {
    given().contentType("application/json").body(Map.of("id", "x", "text", CLASH))
        .post("/articles")
        .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", containsString("Bearer"))
        .body("type", equalTo("https://w3id.org/waqai/problem/unauthorized"));
    given().header("Authorization", "Bearer wrong").contentType("application/json")
        .body(Map.of("id", "x", "text", CLASH))
        .post("/articles")
        .then().statusCode(401).contentType(PROBLEM);
    given().queryParam("query", "ASK { <http://localhost:8080/id/article/x> ?p ?o }").get("/sparql")
        .then().statusCode(200).body("boolean", equalTo(false));
  }

  @Test
  void refusesInvalidUtf8NamingTheByte() {
    byte[] body = "{\"id\": \"bad\", \"text\": \"\u0645\u0631\u062d\u0628\u0627 X\"}".getBytes(StandardCharsets.UTF_8);
    int x = new String(body, StandardCharsets.ISO_8859_1).indexOf('X');
    body[x] = (byte) 0xC3; // a lead byte followed by a quote: malformed
    authorised().contentType("application/json").body(body)
        .post("/articles")
        .then().statusCode(400).contentType(PROBLEM)
        .body("detail", containsString("not valid UTF-8"))
        .body("offset", equalTo(x));
  }

  @Test
  void refusesInvalidJsonWithItsPosition() {
    authorised().contentType("application/json").body("{\"id\": \"bad\",\n \"text\": }")
        .post("/articles")
        .then().statusCode(400).contentType(PROBLEM)
        .body("detail", containsString("line 2, column"));
    authorised().contentType("application/json").body("42")
        .post("/articles")
        .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("JSON object"));
  }

  @Test
  void refusesABodyWithoutOneGoodArticle() {
    authorised().contentType("application/json").body(Map.of("id", "empty", "text", "   "))
        .post("/articles")
        .then().statusCode(400).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/invalid-article"))
        .body("problems[0].reason", containsString("empty text"));
  }

  @Test
  void refusesOversizedBodiesAndBatches() {
    String big = "و".repeat(40_000); // 80 KB of UTF-8, over %test.waqai.api.max-body (64 KB)
    authorised().contentType("application/json").body(Map.of("id", "big", "text", big))
        .post("/articles")
        .then().statusCode(413).contentType(PROBLEM).body("limit", equalTo(65536));
    StringBuilder six = new StringBuilder();
    for (int i = 0; i < 6; i++) { // over %test.waqai.api.max-articles (5)
      six.append("{\"id\": \"n").append(i).append("\", \"text\": \"").append(CLASH).append("\"}\n");
    }
    authorised().contentType("application/x-ndjson").body(six.toString().getBytes(StandardCharsets.UTF_8))
        .post("/articles")
        .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("6 articles"));
  }

  @Test
  void refusesOtherMediaTypes() {
    authorised().contentType("text/plain").body(CLASH.getBytes(StandardCharsets.UTF_8))
        .post("/articles")
        .then().statusCode(415).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/unsupported-media-type"))
        .body("detail", containsString("application/json, application/x-ndjson"))
        .body("detail", containsString("not text/plain"))
        .body("accepted", equalTo(List.of("application/json", "application/x-ndjson", "application/jsonl",
            "application/x-jsonlines")));
    // The token is still checked first, whatever the body.
    given().contentType("text/plain").body(CLASH.getBytes(StandardCharsets.UTF_8)).post("/articles")
        .then().statusCode(401).contentType(PROBLEM);
  }

  @Test
  void countsIngestsInMetrics() {
    authorised().contentType("application/json").body(Map.of("id", "api-8", "text", STRIKE)).post("/articles")
        .then().statusCode(200);
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(metrics.contains("waqai_ingest_articles_total"), metrics);
  }

  private static RequestSpecification authorised() {
    return given().header("Authorization", TOKEN);
  }
}

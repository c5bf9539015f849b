package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Session;
import org.waqai.ingest.Ingestor;
import org.waqai.store.neo4j.Neo4jConnection;

@QuarkusTest
@WithTestResource(TempStores.class)
class CypherEndpointTest {
  private static final String PROBLEM = "application/problem+json";

  @Inject
  Ingestor ingestor;

  @Inject
  Neo4jConnection neo4j;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @Test
  void answersRowsAsJsonWithParameters() {
    given().contentType(ContentType.JSON)
        .body(Map.of("query", "MATCH (e:Event {id: $id})-[:AT]->(p:Place) RETURN e.subtype AS subtype, p.admin1 AS admin1",
            "parameters", Map.of("id", SampleCorpus.JOBAR_CLASH)))
        .post("/cypher")
        .then().statusCode(200).contentType(ContentType.JSON)
        .body("columns", equalTo(List.of("subtype", "admin1")))
        .body("rows", hasSize(1))
        .body("rows[0].subtype", equalTo("Armed clash"))
        .body("rows[0].admin1", equalTo("Damascus"))
        .body("truncated", equalTo(false));
  }

  @Test
  void aQueryGoesOutOnTheEventLoopThatTookTheRequest() {
    given().contentType(ContentType.JSON).body(Map.of("query", "RETURN 1 AS n"))
        .post("/cypher")
        .then().statusCode(200).body("rows[0].n", equalTo(1));
    assertTrue(neo4j.loopDrivers() >= 1, "a driver bound to the HTTP server's event loop answered");
  }

  @Test
  void concurrentQueriesEachGetTheirOwnAnswer() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 96; i++) {
        int n = i;
        answers.add(clients.submit(() -> given().contentType(ContentType.JSON)
            .body(Map.of("query", "UNWIND range(1, $n % 7 + 1) AS k RETURN $n AS n, count(k) AS k",
                "parameters", Map.of("n", n)))
            .post("/cypher")
            .then().statusCode(200).body("rows[0].k", equalTo(n % 7 + 1))
            .extract().<Integer>path("rows[0].n")));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(i, answers.get(i).get(60, TimeUnit.SECONDS));
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void writesNodesAsLabelsAndProperties() {
    given().contentType(ContentType.JSON)
        .body(Map.of("query", "MATCH (a:Actor {id: 'syria-gov-forces'}) RETURN a"))
        .post("/cypher")
        .then().statusCode(200)
        .body("rows[0].a.labels", equalTo(List.of("Actor")))
        .body("rows[0].a.properties.id", equalTo("syria-gov-forces"));
  }

  @Test
  void answersCsvWhenAsked() {
    String csv = given().contentType(ContentType.JSON).accept("text/csv")
        .body(Map.of("query", "MATCH (e:Event) RETURN e.id AS id, e.type AS type ORDER BY id LIMIT 2"))
        .post("/cypher")
        .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    List<String> lines = csv.lines().toList();
    assertEquals("id,type", lines.get(0));
    assertEquals(3, lines.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"CYPHER runtime=slotted RETURN 1 AS one", "CYPHER 5 RETURN 1 AS one",
      "// a comment\nRETURN 1 AS one", "/* a comment */ RETURN 1 AS one"})
  void acceptsQueryOptionsAndComments(String query) {
    given().contentType(ContentType.JSON).body(Map.of("query", query))
        .post("/cypher")
        .then().statusCode(200).body("rows[0].one", equalTo(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EXPLAIN RETURN 1 AS one", "profile MATCH (n) RETURN n", "// x\nPROFILE RETURN 1",
      "CYPHER runtime=slotted PROFILE RETURN 1"})
  void refusesExplainAndProfile(String query) {
    given().contentType(ContentType.JSON).body(Map.of("query", query))
        .post("/cypher")
        .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("EXPLAIN and PROFILE"));
  }

  @Test
  void refusesParametersNeo4jCannotTake() {
    given().contentType(ContentType.JSON)
        .body("{\"query\": \"RETURN $n AS n\", \"parameters\": {\"n\": 123456789012345678901234567890}}")
        .post("/cypher")
        .then().statusCode(400).contentType(PROBLEM).body("detail", not(containsString("java.")));
  }

  @Test
  void capsRowsAndSaysSo() {
    given().contentType(ContentType.JSON)
        .body(Map.of("query", "UNWIND range(1, 1000) AS x RETURN x"))
        .post("/cypher")
        .then().statusCode(200)
        .header("Waqai-Truncated", "true")
        .body("rows", hasSize(50)) // %test.waqai.cypher.max-rows
        .body("truncated", equalTo(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE (n:Intruder) RETURN n",
      "MERGE (n:Intruder {id: 'x'}) RETURN n",
      "MATCH (e:Event) SET e.fatalities = 1000",
      "MATCH (e:Event) DETACH DELETE e",
      "CREATE INDEX intruder FOR (n:Intruder) ON (n.id)",
      "MATCH (e:Event) CALL (e) { DETACH DELETE e } IN TRANSACTIONS"})
  void databaseRefusesWrites(String write) {
    given().contentType(ContentType.JSON).body(Map.of("query", write))
        .post("/cypher")
        .then().statusCode(403).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/read-only"));
    assertEquals(SampleCorpus.EVENTS, count("MATCH (e:Event) RETURN count(e) AS n"));
    assertEquals(0, count("MATCH (n:Intruder) RETURN count(n) AS n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row",
      "CALL { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } RETURN count(*)",
      "CALL dbms.listConfig() YIELD name RETURN name",
      "SHOW SETTINGS",
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      "SHOW USERS",
      "CALL db.createLabel('Intruder')"})
  void refusesReadsOutsideTheGraph(String query) {
    given().contentType(ContentType.JSON).body(Map.of("query", query))
        .post("/cypher")
        .then().statusCode(403).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/refused-operation"))
        .body("detail", containsString("not allowed"));
  }

  @Test
  void refusesLoadCsvAgainWhenTheVerdictIsRemembered() {
    // The second request finds the verdict of the first in memory instead of planning the query again.
    String query = "LOAD CSV FROM 'file:///etc/hostname' AS row RETURN row, 'remembered' AS marker";
    for (int i = 0; i < 3; i++) {
      given().contentType(ContentType.JSON).body(Map.of("query", query, "parameters", Map.of("n", i)))
          .post("/cypher")
          .then().statusCode(403).contentType(PROBLEM)
          .body("type", equalTo("https://w3id.org/waqai/problem/refused-operation"));
    }
  }

  @Test
  void remembersAnAllowedVerdictWithoutAllowingOtherTexts() {
    String allowed = "MATCH (e:Event) RETURN count(e) AS n";
    for (int i = 0; i < 2; i++) {
      given().contentType(ContentType.JSON).body(Map.of("query", allowed))
          .post("/cypher")
          .then().statusCode(200).body("rows[0].n", equalTo(SampleCorpus.EVENTS));
    }
    given().contentType(ContentType.JSON)
        .body(Map.of("query", allowed + " UNION ALL LOAD CSV FROM 'file:///etc/hostname' AS row RETURN 1 AS n"))
        .post("/cypher")
        .then().statusCode(403).body("type", equalTo("https://w3id.org/waqai/problem/refused-operation"));
  }

  @Test
  void writesEveryKindOfValue() {
    given().contentType(ContentType.JSON)
        .body(Map.of("query", "MATCH path = (e:Event {id: $id})-[r:AT]->(p:Place) "
            + "RETURN e.date AS date, p.location AS location, [1, 2.5, 'x', null] AS list, {b: 1, a: true} AS map, "
            + "0.0 / 0.0 AS nan, r AS rel, path, null AS nothing, duration('P1DT2H') AS duration",
            "parameters", Map.of("id", SampleCorpus.JOBAR_CLASH)))
        .post("/cypher")
        .then().statusCode(200)
        .body("columns", equalTo(List.of("date", "location", "list", "map", "nan", "rel", "path", "nothing",
            "duration")))
        .body("rows[0].date", equalTo("2017-03-23"))
        .body("rows[0].location.srid", equalTo(4326))
        .body("rows[0].location.keySet()", equalTo(java.util.Set.of("srid", "x", "y")))
        .body("rows[0].list", equalTo(java.util.Arrays.asList(1, 2.5f, "x", null)))
        .body("rows[0].map", equalTo(Map.of("a", true, "b", 1)))
        .body("rows[0].nan", equalTo("NaN"))
        .body("rows[0].rel.type", equalTo("AT"))
        .body("rows[0].path.nodes.labels", equalTo(List.of(List.of("Event"), List.of("Place"))))
        .body("rows[0].path.relationships[0].type", equalTo("AT"))
        .body("rows[0].path.nodes[0].properties.id", equalTo(SampleCorpus.JOBAR_CLASH))
        .body("rows[0]", org.hamcrest.Matchers.hasKey("nothing"))
        .body("rows[0].nothing", org.hamcrest.Matchers.nullValue())
        .body("rows[0].duration", equalTo("P0M1DT7200S"));
  }

  @Test
  void writesNestedValuesAsJsonInCsv() {
    String csv = given().contentType(ContentType.JSON).accept("text/csv")
        .body(Map.of("query", "RETURN date('2024-12-05') AS d, {b: 1, a: 'x,y'} AS m, 2.5 AS f, null AS n, "
            + "'two\nlines' AS s"))
        .post("/cypher")
        .then().statusCode(200).extract().asString();
    assertEquals("d,m,f,n,s\r\n2024-12-05,\"{\"\"a\"\":\"\"x,y\"\",\"\"b\"\":1}\",2.5,,\"two\nlines\"\r\n", csv);
  }

  @Test
  void stopsARunawayQueryAtTheTimeout() {
    long start = System.nanoTime();
    given().contentType(ContentType.JSON)
        .body(Map.of("query", "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)"))
        .post("/cypher")
        .then().statusCode(504).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/query-timeout"));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 2_000 + 5_000, "answered after " + ms + " ms with a 2 s timeout");
    // Really stopped: the database runs no transaction of ours any more.
    assertEquals(0, count("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'range(1, 100000)' "
        + "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n"));
  }

  @Test
  void reportsSyntaxErrorsWithLineAndColumn() {
    given().contentType(ContentType.JSON).body(Map.of("query", "MATCH (e:Event)\nRETURN e.id +"))
        .post("/cypher")
        .then().statusCode(400).contentType(PROBLEM)
        .body("type", equalTo("https://w3id.org/waqai/problem/invalid-query"))
        .body("line", equalTo(2))
        .body("column", equalTo(14))
        .body("detail", containsString("Invalid input"));
  }

  @Test
  void refusesAnUnacceptableAccept() {
    given().contentType(ContentType.JSON).accept("application/xml")
        .body(Map.of("query", "RETURN 1 AS one"))
        .post("/cypher")
        .then().statusCode(406).contentType(PROBLEM)
        .body("detail", containsString("text/csv"));
  }

  @Test
  void refusesMalformedBodies() {
    given().contentType(ContentType.JSON).body("{\"query\": ")
        .post("/cypher")
        .then().statusCode(400).contentType(PROBLEM);
    given().contentType(ContentType.JSON).body("{}")
        .post("/cypher")
        .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("query"));
    given().contentType(ContentType.TEXT).body("RETURN 1")
        .post("/cypher")
        .then().statusCode(415).contentType(PROBLEM);
  }

  private long count(String query) {
    try (Session s = neo4j.driver().session()) {
      return s.run(query).single().get("n").asLong();
    }
  }
}

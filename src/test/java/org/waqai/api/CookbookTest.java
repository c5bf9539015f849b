package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.store.StoreFixtures;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.rdf.RdfEventStore;

/**
 * The README's cookbook as executable documentation: every recipe's Cypher and SPARQL is read from README.md, sent
 * to the real {@code /cypher} and {@code /sparql} endpoints over the store fixtures ({@link StoreFixtures}: 2017 and
 * December 2024 reports with events inside and outside each question), and both answers must equal the rows written
 * down here, so also each other. The recipe's curl lines must send the parameters its JSON block shows.
 */
@QuarkusTest
@TestProfile(CookbookTest.OwnStores.class)
@WithTestResource(TempStores.class)
class CookbookTest {
  private static final Path README = Path.of("README.md");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = Pattern.compile("<!-- cookbook:([a-z0-9-]+) -->");
  private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern ARGJSON = Pattern.compile("--argjson parameters '([^']*)'");

  /**
   * A profile of its own, so that the application starts on fresh stores holding only the fixtures; with the
   * production timeouts rather than the tests' 2 s, which a first query on a cold store can exceed on a busy machine.
   */
  public static class OwnStores implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // The profiled keys as well: application.properties sets %test.waqai.*.timeout, which would win over these.
      return Map.of("waqai.cypher.timeout", "30s", "waqai.sparql.timeout", "30s",
          "%test.waqai.cypher.timeout", "30s", "%test.waqai.sparql.timeout", "30s");
    }
  }

  /** The expected answer of one recipe: column names and rows, in order. */
  private record Expected(List<String> columns, List<List<String>> rows) {}

  private static final String HAMA_2024 = StoreFixtures.HAMA_2024;
  private static final String HAMA_2017 = StoreFixtures.HAMA_2017;
  private static final String HOMS_2024 = StoreFixtures.HOMS_2024;
  private static final String HAMA_2024_E1_SENTENCE =
      "دخلت هيئة تحرير الشام وفصائل المعارضة مدينة حماة يوم الخميس بعد اشتباكات مع قوات النظام.";

  /** The answers on {@link StoreFixtures#articles()}; numbers written as plain decimals without trailing zeros. */
  private static final Map<String, Expected> EXPECTED = Map.of(
      // Not HAMA_2017#e2 (HTS against the government in 2017), nor HOMS_2024#e2 (Russia against civilians, 2024-12).
      "hts-vs-army", new Expected(List.of("eventId", "date", "subtype", "placeId", "placeName", "admin1"), List.of(
          List.of(HAMA_2024 + "#e1", "2024-12-05", "Non-state actor overtakes territory", "sy-hama", "Hama", "Hama"),
          List.of(HOMS_2024 + "#e1", "2024-12-08", "Non-state actor overtakes territory", "sy-homs", "Homs",
              "Homs"))),
      "active-in-hama", new Expected(List.of("month", "actor", "events"), List.of(
          List.of("2017-03", "hts", "1"),
          List.of("2017-03", "opposition-rebels", "1"),
          List.of("2017-03", "reg:jaish-al-izza", "1"),
          List.of("2017-03", "russia-forces", "1"),
          List.of("2017-03", "syria-gov-forces", "2"),
          List.of("2024-12", "civilians", "1"),
          List.of("2024-12", "hts", "1"),
          List.of("2024-12", "opposition-rebels", "1"),
          List.of("2024-12", "syria-gov-forces", "1"))),
      // Not Homs (45 km) nor the negated Jobar takeover.
      "within-25-km", new Expected(List.of("eventId", "placeId", "km"), List.of(
          List.of(HAMA_2024 + "#e1", "sy-hama", "0"),
          List.of(HAMA_2024 + "#e2", "sy-hama", "0"),
          List.of(HAMA_2017 + "#e2", "sy-halfaya", "20.1"),
          List.of(HAMA_2017 + "#e3", "sy-halfaya", "20.1"),
          List.of(HAMA_2017 + "#e1", "hama-gov/north", "21.1"))),
      "sentence", new Expected(List.of("eventId", "articleId", "url", "start", "end", "sentence"), List.of(
          List.of(HAMA_2024 + "#e1", HAMA_2024, "https://example.org/news/" + HAMA_2024, "0",
              String.valueOf(HAMA_2024_E1_SENTENCE.length()), HAMA_2024_E1_SENTENCE))));

  /** One recipe as the README writes it. */
  private record Recipe(String id, String cypher, Map<String, Object> parameters, String sparql, String curl) {
    @Override
    public String toString() {
      return id;
    }
  }

  @Inject
  Neo4jEventStore neo4j;

  @Inject
  RdfEventStore rdf;

  @Inject
  WaqaiConfig config;

  @BeforeEach
  void fixtures() {
    // Idempotent: the second test finds every article's fingerprint unchanged.
    neo4j.write(StoreFixtures.articles());
    rdf.write(StoreFixtures.articles());
  }

  @Test
  void runsWithTheLongerTimeout() {
    assertEquals(java.time.Duration.ofSeconds(30), config.cypher().timeout());
  }

  @Test
  void everyRecipeHasItsExpectedAnswer() throws IOException {
    assertEquals(EXPECTED.keySet(), Set.copyOf(recipes().stream().map(Recipe::id).toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void cypherGivesTheExpectedRows(Recipe recipe) throws IOException {
    JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON)
        .body(Map.of("query", recipe.cypher(), "parameters", recipe.parameters()))
        .post("/cypher")
        .then().statusCode(200).extract().asString());
    Expected expected = EXPECTED.get(recipe.id());
    List<String> columns = new ArrayList<>();
    answer.get("columns").forEach(c -> columns.add(c.asText()));
    assertEquals(expected.columns(), columns, recipe.id());
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : answer.get("rows")) {
      rows.add(columns.stream().map(c -> plain(row.get(c))).toList());
    }
    assertEquals(expected.rows(), rows, recipe.id() + " in Cypher");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void sparqlGivesTheSameRows(Recipe recipe) throws IOException {
    JsonNode answer = JSON.readTree(given().accept("application/sparql-results+json")
        .formParam("query", recipe.sparql())
        .post("/sparql")
        .then().statusCode(200).extract().asString());
    Expected expected = EXPECTED.get(recipe.id());
    List<String> columns = new ArrayList<>();
    answer.at("/head/vars").forEach(c -> columns.add(c.asText()));
    assertEquals(expected.columns(), columns, recipe.id());
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode binding : answer.at("/results/bindings")) {
      rows.add(columns.stream().map(c -> plain(binding.get(c))).toList());
    }
    assertEquals(expected.rows(), rows, recipe.id() + " in SPARQL");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void curlSendsTheRecipeAsShown(Recipe recipe) throws IOException {
    Matcher m = ARGJSON.matcher(recipe.curl());
    assertTrue(m.find(), recipe.id() + ": no --argjson parameters in the curl block");
    assertEquals(recipe.parameters(), JSON.readValue(m.group(1), Map.class), recipe.id());
    assertTrue(recipe.curl().contains("--rawfile query " + recipe.id() + ".cypher"), recipe.id());
    assertTrue(recipe.curl().contains("query@" + recipe.id() + ".rq"), recipe.id());
  }

  /**
   * The recipes of README.md: after each {@code <!-- cookbook:ID -->} marker, up to the next marker or heading, one
   * fenced block each of {@code cypher}, {@code json} ({@code {"parameters": {...}}}), {@code sparql} and
   * {@code bash}.
   */
  static List<Recipe> recipes() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher marker = MARKER.matcher(readme);
    List<Integer> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (marker.find()) {
      starts.add(marker.end());
      ids.add(marker.group(1));
    }
    List<Recipe> recipes = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < ids.size() ? readme.lastIndexOf("<!--", starts.get(i + 1)) : readme.length();
      int heading = readme.indexOf("\n## ", from);
      String section = readme.substring(from, heading >= 0 && heading < to ? heading : to);
      Map<String, String> blocks = new LinkedHashMap<>();
      Matcher fence = FENCE.matcher(section);
      while (fence.find()) {
        if (blocks.putIfAbsent(fence.group(1), fence.group(2)) != null) {
          throw new IllegalStateException("cookbook:" + ids.get(i) + " has two " + fence.group(1) + " blocks");
        }
      }
      if (!blocks.keySet().equals(Set.of("cypher", "json", "sparql", "bash"))) {
        throw new IllegalStateException("cookbook:" + ids.get(i) + " needs cypher, json, sparql and bash blocks, "
            + "has " + blocks.keySet());
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> parameters = (Map<String, Object>) JSON.readValue(blocks.get("json"), Map.class)
          .get("parameters");
      recipes.add(new Recipe(ids.get(i), blocks.get("cypher"), parameters, blocks.get("sparql"),
          blocks.get("bash")));
    }
    return recipes;
  }

  /**
   * A JSON cell as text: strings as they are, numbers as plain decimals without trailing zeros (Cypher's 20.0 and
   * SPARQL's "2.0E1"^^xsd:double are both "20"), a SPARQL binding by its value, typed numerals likewise.
   */
  private static String plain(JsonNode cell) {
    if (cell == null || cell.isNull()) {
      return null;
    }
    if (cell.isObject()) { // a SPARQL JSON binding
      String value = cell.get("value").asText();
      String type = cell.path("datatype").asText("");
      return type.startsWith("http://www.w3.org/2001/XMLSchema#") && NUMERIC.contains(type.substring(33))
          ? number(value) : value;
    }
    return cell.isNumber() ? number(cell.asText()) : cell.asText();
  }

  private static final Set<String> NUMERIC = Set.of("integer", "decimal", "double", "float", "int", "long",
      "short", "byte", "nonNegativeInteger", "positiveInteger");

  private static String number(String lexical) {
    BigDecimal d = new BigDecimal(lexical).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}

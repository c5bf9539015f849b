package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waqai.api.config.WaqaiConfig;

/**
 * The README's cookbook as executable documentation, on what a new user has: the service started as
 * {@code ./waqai serve} starts it, loading the sample corpus ({@code samples/illustrative.jsonl}) into empty embedded
 * stores. Every recipe's Cypher and SPARQL is read from README.md, sent to the real {@code /cypher} and
 * {@code /sparql} endpoints, and both answers must be the table the README quotes under the recipe.
 */
@QuarkusTest
@TestProfile(CookbookTest.AsServeStartsIt.class)
@WithTestResource(TempStores.class)
class CookbookTest {
  private static final Path README = Path.of("README.md");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = Pattern.compile("<!-- cookbook:([a-z0-9-]+) -->");
  private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final List<String> RECIPES = List.of("hts-vs-army", "active-in-hama", "within-25-km", "sentence");

  /**
   * The sample corpus loaded at start, as {@code waqai serve} does (its launcher passes the same file); with the
   * production timeouts rather than the tests' 2 s, which a first query on a cold store can exceed on a busy machine.
   */
  public static class AsServeStartsIt implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // The profiled keys as well: application.properties sets %test.waqai.*, which would win over these.
      return Map.of("waqai.load-samples", "true", "%test.waqai.load-samples", "true",
          "waqai.samples", SampleCorpus.FILE.toString(),
          "waqai.cypher.timeout", "30s", "waqai.sparql.timeout", "30s",
          "%test.waqai.cypher.timeout", "30s", "%test.waqai.sparql.timeout", "30s");
    }
  }

  /** The answer a recipe quotes: column names and rows, in order; an empty cell is an unbound or null value. */
  private record Expected(List<String> columns, List<List<String>> rows) {}

  /** One recipe as the README writes it. */
  private record Recipe(String id, String cypher, Map<String, Object> parameters, String sparql, Expected expected) {
    @Override
    public String toString() {
      return id;
    }
  }

  @Inject
  WaqaiConfig config;

  @Test
  void runsWithTheLongerTimeoutOnTheSampleCorpus() {
    assertEquals(java.time.Duration.ofSeconds(30), config.cypher().timeout());
    given().get("/events").then().statusCode(200).body("events.size()", equalTo(SampleCorpus.EVENTS));
  }

  @Test
  void readmeHasEveryRecipe() throws IOException {
    assertEquals(RECIPES, recipes().stream().map(Recipe::id).toList());
  }

  /** The one command block of the cookbook sends a recipe's files as the recipes are laid out. */
  @Test
  void readmeSaysHowToSendARecipe() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String cookbook = readme.substring(readme.indexOf("## Cookbook"), readme.indexOf("<!-- cookbook:"));
    Matcher fence = FENCE.matcher(cookbook);
    assertTrue(fence.find() && fence.group(1).equals("bash"), cookbook);
    assertTrue(fence.group(2).contains("jq --rawfile query Q.cypher '. + {$query}' Q.json"), fence.group(2));
    assertTrue(fence.group(2).contains("--data-urlencode query@Q.rq"), fence.group(2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipes")
  void cypherGivesTheExpectedRows(Recipe recipe) throws IOException {
    JsonNode answer = JSON.readTree(given().contentType(ContentType.JSON)
        .body(Map.of("query", recipe.cypher(), "parameters", recipe.parameters()))
        .post("/cypher")
        .then().statusCode(200).extract().asString());
    Expected expected = recipe.expected();
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
    Expected expected = recipe.expected();
    List<String> columns = new ArrayList<>();
    answer.at("/head/vars").forEach(c -> columns.add(c.asText()));
    assertEquals(expected.columns(), columns, recipe.id());
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode binding : answer.at("/results/bindings")) {
      rows.add(columns.stream().map(c -> plain(binding.get(c))).toList());
    }
    assertEquals(expected.rows(), rows, recipe.id() + " in SPARQL");
  }

  /**
   * The recipes of README.md: after each {@code <!-- cookbook:ID -->} marker, up to the next marker or heading, one
   * fenced block each of {@code cypher}, {@code json} ({@code {"parameters": {...}}}) and {@code sparql}, then the
   * answer as a Markdown table.
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
      if (!blocks.keySet().equals(Set.of("cypher", "json", "sparql"))) {
        throw new IllegalStateException("cookbook:" + ids.get(i) + " needs cypher, json and sparql blocks, has "
            + blocks.keySet());
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> parameters = (Map<String, Object>) JSON.readValue(blocks.get("json"), Map.class)
          .get("parameters");
      recipes.add(new Recipe(ids.get(i), blocks.get("cypher"), parameters, blocks.get("sparql"),
          table(ids.get(i), section)));
    }
    return recipes;
  }

  /** The first Markdown table of a section: header, separator, rows; cells trimmed, empty ones null. */
  private static Expected table(String id, String section) {
    List<List<String>> lines = new ArrayList<>();
    boolean in = false;
    for (String line : section.split("\n")) {
      if (line.startsWith("|")) {
        in = true;
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
          String c = cell.strip();
          cells.add(c.isEmpty() ? null : NUMBER.matcher(c).matches() ? number(c) : c);
        }
        lines.add(cells);
      } else if (in) {
        break;
      }
    }
    if (lines.size() < 3) {
      throw new IllegalStateException("cookbook:" + id + " quotes no answer table");
    }
    return new Expected(lines.get(0), lines.subList(2, lines.size()));
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

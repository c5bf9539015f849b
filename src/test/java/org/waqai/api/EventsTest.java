package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.api.events.AcledColumns;
import org.waqai.ingest.Ingestor;

@QuarkusTest
@WithTestResource(TempStores.class)
class EventsTest {
  @Inject
  Ingestor ingestor;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @Test
  void listsAllEventsInTheEventContract() {
    given().get("/events")
        .then().statusCode(200)
        .body("page", equalTo(1)).body("more", equalTo(false)).body("next", nullValue())
        .body("events", hasSize(SampleCorpus.EVENTS))
        .body("events.id", hasItem(SampleCorpus.JOBAR_CLASH))
        .body("events.find { it.id == '" + SampleCorpus.JOBAR_CLASH + "' }.type", equalTo("Battles"))
        .body("events.find { it.id == '" + SampleCorpus.JOBAR_CLASH + "' }.actor1.key", equalTo("syria-gov-forces"))
        .body("events.find { it.id == '" + SampleCorpus.JOBAR_CLASH + "' }.place.admin1", equalTo("Damascus"));
  }

  /** Expected counts from the sample corpus's extraction (see {@code ./waqai extract samples/illustrative.jsonl}). */
  @ParameterizedTest
  @CsvSource({
      "type, Armed clash, 4",
      "type, Battles, 7",
      "admin1, Idlib, 3",
      "admin1, Hama, 5",
      "actor, hts, 1",
      "from, 2024-01-01, 5"})
  void filters(String parameter, String value, int expected) {
    given().queryParam(parameter, value).get("/events")
        .then().statusCode(200).body("events", hasSize(expected));
  }

  @Test
  void filtersByDateRangeInclusive() {
    given().queryParam("from", "2017-03-21").queryParam("to", "2017-03-22").get("/events")
        .then().statusCode(200).body("events", hasSize(2))
        .body("events.date", everyItem(equalTo("2017-03-21")));
  }

  @Test
  void filtersByActorInAnyRole() {
    JsonPath page = JsonPath.from(given().queryParam("actor", "opposition-rebels").get("/events")
        .then().statusCode(200).extract().asString());
    List<Map<String, Object>> events = page.getList("events");
    assertTrue(events.size() >= 5);
    for (int i = 0; i < events.size(); i++) {
      String e = "events[" + i + "]";
      assertTrue(List.of(String.valueOf(page.getString(e + ".actor1.key")), String.valueOf(page.getString(e
          + ".actor2.key"))).contains("opposition-rebels") || page.getString(e + ".assoc1").contains("opposition-rebels")
          || page.getString(e + ".assoc2").contains("opposition-rebels"), page.getString(e));
    }
  }

  @Test
  void filtersByDistance() {
    JsonPath page = JsonPath.from(given().queryParam("near", "33.53,36.34,5").get("/events")
        .then().statusCode(200).extract().asString());
    List<Float> lats = page.getList("events.place.lat", Float.class);
    List<Float> lons = page.getList("events.place.lon", Float.class);
    assertTrue(page.getList("events.id").contains(SampleCorpus.JOBAR_CLASH));
    for (int i = 0; i < lats.size(); i++) {
      assertTrue(km(33.53, 36.34, lats.get(i), lons.get(i)) <= 5.0, lats.get(i) + "," + lons.get(i));
    }
    given().queryParam("near", "36.2,37.15,1").get("/events").then().statusCode(200).body("events", hasSize(0));
  }

  @Test
  void pages() {
    given().queryParam("size", 5).get("/events")
        .then().statusCode(200).body("events", hasSize(5)).body("more", equalTo(true))
        .body("next", containsString("page=2"))
        .header("Link", containsString("rel=\"next\""));
    given().queryParam("size", 5).queryParam("page", 3).get("/events")
        .then().statusCode(200).body("events", hasSize(3)).body("more", equalTo(false));
  }

  @Test
  void ordersByDate() {
    List<String> dates = given().get("/events").then().extract().path("events.date");
    assertEquals(dates.stream().sorted().toList(), dates);
  }

  @Test
  void answersCsvWithAcledColumns() {
    String csv = given().accept("text/csv").queryParam("admin1", "Damascus").get("/events")
        .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    List<String> lines = csv.lines().toList();
    assertEquals(String.join(",", AcledColumns.NAMES), lines.get(0));
    assertEquals(3, lines.size()); // two events in Jobar
  }

  @ParameterizedTest
  @CsvSource({"from, 23/03/2017", "to, yesterday", "near, '33.5,36.3'", "near, '95,36.3,5'", "near, '33.5,36.3,-1'",
      "page, 0", "size, 0", "size, 100000"})
  void refusesMalformedParameters(String parameter, String value) {
    given().queryParam(parameter, value).get("/events")
        .then().statusCode(400).contentType("application/problem+json")
        .body("status", equalTo(400));
  }

  @Test
  void refusesAnUnacceptableAccept() {
    given().accept("text/turtle").get("/events").then().statusCode(406).contentType("application/problem+json");
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
        + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
    return 6371.0088 * 2 * Math.asin(Math.sqrt(a));
  }
}

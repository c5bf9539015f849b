package org.waqai.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import org.jboss.logmanager.ExtHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waqai.api.sparql.SparqlService;
import org.waqai.ingest.Ingestor;
import org.waqai.model.GreatCircle;
import org.waqai.store.Answers;
import org.waqai.store.neo4j.Neo4jEventStore;

/**
 * GeoSPARQL functions on {@code /sparql} over the embedded TDB2 store, checked against the canonical "events within
 * N km" question answered by Neo4j (its own point distance, over its own copy of the data); and Quarkus's logging,
 * which jena-geosparql's start-up must leave alone.
 */
@QuarkusTest
@WithTestResource(TempStores.class)
class GeoSparqlEndpointTest {
  /** Hama city in the gazetteer (src/main/resources/org/waqai/extract/places/syria.tsv, {@code hama-city}). */
  static final double HAMA_LAT = 35.13179;
  static final double HAMA_LON = 36.75783;

  private static final String PREFIXES = """
      PREFIX wq:   <https://w3id.org/waqai/ontology/1.0/>
      PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
      PREFIX dct:  <http://purl.org/dc/terms/>
      PREFIX geo:  <http://www.opengis.net/ont/geosparql#>
      PREFIX geof: <http://www.opengis.net/def/function/geosparql/>
      PREFIX spatialF: <http://jena.apache.org/function/spatial#>
      PREFIX uom:  <http://www.opengis.net/def/uom/OGC/1.0/>
      PREFIX wgs:  <http://www.w3.org/2003/01/geo/wgs84_pos#>
      """;

  /** Events within N km of Hama with their distances; negated events left out, as the canonical question does. */
  private static final String WITHIN = PREFIXES + """
      SELECT ?id ?km WHERE {
        ?e a wq:Event ; wq:negated false ; dct:identifier ?id ;
           sem:hasPlace/geo:hasGeometry/geo:asWKT ?wkt .
        BIND (geof:distance(?wkt, "POINT(%s %s)"^^geo:wktLiteral, uom:metre) / 1000 AS ?km)
        FILTER (?km <= %s)
      }
      ORDER BY ?km ?id
      """;

  @Inject
  Ingestor ingestor;

  @Inject
  Neo4jEventStore neo4j;

  @BeforeEach
  void corpus() {
    SampleCorpus.load(ingestor);
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 20, 50, 150, 400})
  void findsTheEventsWithinNKilometresOfHamaInOneQuery(int km) {
    Map<String, Double> geo = within(km);
    Map<String, Double> canonical = new TreeMap<>();
    for (Answers.Nearby n : neo4j.eventsNear(HAMA_LAT, HAMA_LON, km)) {
      canonical.put(n.eventId(), n.km());
    }
    assertEquals(canonical.keySet(), geo.keySet(), "events within " + km + " km");
    // The two distances are great-circle distances on slightly different spheres: 0.5 % apart at most.
    canonical.forEach((id, d) -> assertEquals(d, geo.get(id), 0.1 + d * 0.005, id));
  }

  /** Jena's own great-circle function, the one an external Fuseki with GeoSPARQL answers the same way. */
  @ParameterizedTest
  @ValueSource(ints = {20, 150})
  void spatialDistanceAgreesWithGeofDistance(int km) {
    Map<String, Double> spatial = within(WITHIN.replace("geof:distance", "spatialF:distance"), km);
    assertFalse(spatial.isEmpty());
    assertEquals(within(km), spatial);
  }

  @Test
  void geofDistanceInDegreesStaysPlanar() {
    // Jena's own behaviour for a non-linear unit: the Euclidean distance in the coordinates' degrees.
    String query = PREFIXES + """
        SELECT ?d WHERE {
          BIND (geof:distance("POINT(36.0 35.0)"^^geo:wktLiteral, "POINT(39.0 39.0)"^^geo:wktLiteral, uom:degree)
            AS ?d)
        }""";
    assertEquals(5.0, Double.parseDouble(select(query).getString("results.bindings[0].d.value")), 1e-9);
  }

  @Test
  void findsTheEventsWithin20KilometresOfHamaByTheirCoordinates() {
    // The same question answered from the plain wgs:lat/wgs:long numbers, by the haversine formula in Java.
    JsonPath all = select(PREFIXES + """
        SELECT ?id ?lat ?lon ?admin1 WHERE {
          ?e a wq:Event ; wq:negated false ; dct:identifier ?id ; sem:hasPlace ?p .
          ?p wgs:lat ?lat ; wgs:long ?lon ; wq:admin1 ?admin1 .
        }""");
    List<String> ids = all.getList("results.bindings.id.value", String.class);
    List<String> lats = all.getList("results.bindings.lat.value", String.class);
    List<String> lons = all.getList("results.bindings.lon.value", String.class);
    List<String> admin1 = all.getList("results.bindings.admin1.value", String.class);
    Set<String> expected = new TreeSet<>();
    Set<String> inHamaGovernorate = new TreeSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (GreatCircle.km(HAMA_LAT, HAMA_LON, Double.parseDouble(lats.get(i)), Double.parseDouble(lons.get(i))) <= 20) {
        expected.add(ids.get(i));
      }
      if (admin1.get(i).equals("Hama")) {
        inHamaGovernorate.add(ids.get(i));
      }
    }
    Set<String> near = within(20).keySet();
    assertEquals(expected, near);
    // Not vacuous: some events are that close, and some of the governorate's are not.
    assertFalse(near.isEmpty());
    assertTrue(inHamaGovernorate.containsAll(near) && inHamaGovernorate.size() > near.size(),
        near + " within 20 km; " + inHamaGovernorate + " in Hama governorate");
  }

  @Test
  void sfWithinAPolygonMatchesAPlainCoordinateBox() {
    // A box around Hama and its countryside; the same box as a wgs:lat/wgs:long filter needs no GeoSPARQL.
    double minLon = 36.4;
    double maxLon = 37.1;
    double minLat = 34.9;
    double maxLat = 35.6;
    String polygon = String.format(Locale.ROOT, "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))",
        minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
    Set<String> geo = ids(PREFIXES + """
        SELECT DISTINCT ?id WHERE {
          ?e a wq:Event ; dct:identifier ?id ; sem:hasPlace/geo:hasGeometry/geo:asWKT ?wkt .
          FILTER (geof:sfWithin(?wkt, "%s"^^geo:wktLiteral))
        }""".formatted(polygon));
    Set<String> box = ids(PREFIXES + String.format(Locale.ROOT, """
        SELECT DISTINCT ?id WHERE {
          ?e a wq:Event ; dct:identifier ?id ; sem:hasPlace ?p . ?p wgs:lat ?lat ; wgs:long ?lon .
          FILTER (?lat > %s && ?lat < %s && ?lon > %s && ?lon < %s)
        }""", minLat, maxLat, minLon, maxLon));
    assertFalse(box.isEmpty());
    assertTrue(box.size() < SampleCorpus.EVENTS);
    assertEquals(box, geo);
  }

  @Test
  void quarkusLoggingStillWorksOnceGeoSparqlRan() {
    // GeoSPARQL is in use: its datatype and functions answered.
    assertFalse(within(20).isEmpty());

    // The JBoss log manager still runs java.util.logging, and the bridge jena-geosparql would install is absent.
    assertInstanceOf(org.jboss.logmanager.LogManager.class, java.util.logging.LogManager.getLogManager());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.bridge.SLF4JBridgeHandler"));
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    List<String> handlers = Arrays.stream(root.getHandlers()).map(h -> h.getClass().getName()).toList();
    assertTrue(handlers.stream().noneMatch(h -> h.contains("slf4j")), handlers.toString());

    // A record of the application's reaches the handler Quarkus put on the root logger.
    ExtHandler quarkus = Arrays.stream(root.getHandlers())
        .filter(ExtHandler.class::isInstance).map(ExtHandler.class::cast)
        .findFirst().orElseThrow(() -> new AssertionError("no Quarkus handler on the root logger: " + handlers));
    List<LogRecord> seen = new ArrayList<>();
    Handler probe = new Handler() {
      @Override
      public void publish(LogRecord r) {
        seen.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    quarkus.addHandler(probe);
    try {
      org.jboss.logging.Logger.getLogger(SparqlService.class).info("geosparql-logging-probe");
    } finally {
      quarkus.removeHandler(probe);
    }
    assertTrue(seen.stream().anyMatch(r -> "geosparql-logging-probe".equals(r.getMessage())
        && SparqlService.class.getName().equals(r.getLoggerName())), seen.toString());
  }

  private static Map<String, Double> within(int km) {
    return within(WITHIN, km);
  }

  private static Map<String, Double> within(String template, int km) {
    JsonPath json = select(template.formatted(HAMA_LON, HAMA_LAT, km));
    List<String> ids = json.getList("results.bindings.id.value", String.class);
    List<String> kms = json.getList("results.bindings.km.value", String.class);
    Map<String, Double> out = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(ids.get(i), Double.parseDouble(kms.get(i)));
    }
    return out;
  }

  private static Set<String> ids(String query) {
    return select(query).getList("results.bindings.id.value", String.class).stream()
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static JsonPath select(String query) {
    return given().queryParam("query", query).accept("application/sparql-results+json")
        .get("/sparql")
        .then().statusCode(200).header("Waqai-Truncated", "false")
        .extract().jsonPath();
  }
}

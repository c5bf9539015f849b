package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RdfSettingsTest {
  @Test
  void defaultsToTdb2InDataDirUnderLocalBase() {
    RdfSettings s = RdfSettings.from(Map.<String, String>of()::get);
    assertEquals(RdfMode.TDB2, s.mode());
    assertEquals(Path.of("./data/tdb2"), s.tdb2Dir());
    assertEquals("http://localhost:8080/id/", s.baseUri());
  }

  @Test
  void readsEveryKey() {
    Map<String, String> keys = Map.of(
        "waqai.rdf.mode", "Remote",
        "waqai.rdf.query-url", "http://fuseki:3030/ds/query",
        "waqai.rdf.update-url", "http://fuseki:3030/ds/update",
        "waqai.rdf.gsp-url", "http://fuseki:3030/ds/data",
        "waqai.base-uri", "https://data.example.org/waqai/");
    RdfSettings s = RdfSettings.from(keys::get);
    assertEquals(RdfSettings.remote("http://fuseki:3030/ds/query", "http://fuseki:3030/ds/update",
        "http://fuseki:3030/ds/data").withBaseUri("https://data.example.org/waqai/"), s);
  }

  @Test
  void remoteNeedsAllThreeEndpoints() {
    Map<String, String> keys = Map.of("waqai.rdf.mode", "remote", "waqai.rdf.query-url", "http://x/q");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RdfSettings.from(keys::get));
    assertEquals("waqai.rdf.update-url is required when waqai.rdf.mode is remote", e.getMessage());
  }

  @Test
  void unknownModeIsNamed() {
    assertThrows(IllegalArgumentException.class, () -> RdfSettings.from(Map.of("waqai.rdf.mode", "neo4j")::get));
  }

  @Test
  void environmentNamesFollowTheKeys() {
    assertEquals("WAQAI_RDF_TDB2_DIR", RdfSettings.envName("waqai.rdf.tdb2-dir"));
    assertEquals("WAQAI_BASE_URI", RdfSettings.envName("waqai.base-uri"));
  }
}

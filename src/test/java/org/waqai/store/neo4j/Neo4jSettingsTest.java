package org.waqai.store.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Neo4jSettingsTest {

  @Test
  void defaultsToEmbeddedOnTheStandardPort() {
    Neo4jSettings s = Neo4jSettings.from(Map.of(), Map.of());
    assertTrue(s.embedded());
    assertEquals(Path.of("data", "neo4j"), s.dataDir());
    assertEquals(7687, s.boltPort());
    assertEquals(Neo4jSettings.DEFAULT_BATCH_SIZE, s.batchSize());
    assertEquals(Duration.ZERO, s.txTimeout());
  }

  @Test
  void configurationAloneSwitchesToAnExternalCluster() {
    Properties p = new Properties();
    p.setProperty("waqai.neo4j.uri", "neo4j+s://graph.example.org:7687");
    p.setProperty("waqai.neo4j.user", "ingest");
    p.setProperty("waqai.neo4j.password", "s3cret");
    p.setProperty("waqai.neo4j.database", "events");
    p.setProperty("waqai.neo4j.batch-size", "5000");
    Neo4jSettings s = Neo4jSettings.from(p);
    assertFalse(s.embedded());
    assertEquals("neo4j+s://graph.example.org:7687", s.uri());
    assertEquals("ingest", s.user());
    assertEquals("s3cret", s.password());
    assertEquals("events", s.database());
    assertEquals(5000, s.batchSize());
  }

  @Test
  void environmentFillsWhatTheConfigurationLacks() {
    Neo4jSettings s = Neo4jSettings.from(
        Map.of("waqai.neo4j.uri", "bolt://localhost:7687"),
        Map.of("WAQAI_NEO4J_URI", "bolt://ignored:7687", "WAQAI_NEO4J_DATA_DIR", "/var/lib/waqai",
            "WAQAI_NEO4J_BOLT_PORT", "auto", "WAQAI_NEO4J_TX_TIMEOUT", "5m"));
    assertEquals("bolt://localhost:7687", s.uri());
    assertEquals(Path.of("/var/lib/waqai"), s.dataDir());
    assertEquals(0, s.boltPort());
    assertEquals(Duration.ofMinutes(5), s.txTimeout());
  }

  @ParameterizedTest
  @CsvSource({"PT30S, 30", "30s, 30", "45, 45", "2m, 120", "0, 0"})
  void timeoutsReadAsDurations(String text, long seconds) {
    Neo4jSettings s = Neo4jSettings.from(Map.of("waqai.neo4j.tx-timeout", text), Map.of());
    assertEquals(Duration.ofSeconds(seconds), s.txTimeout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:7474", "localhost:7687", "bolt:/x"})
  void rejectsWhatIsNeitherBoltNorEmbedded(String uri) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Neo4jSettings.from(Map.of("waqai.neo4j.uri", uri), Map.of()));
    assertTrue(e.getMessage().contains("waqai.neo4j.uri"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"waqai.neo4j.batch-size, 0", "waqai.neo4j.batch-size, many", "waqai.neo4j.bolt-port, 70000",
      "waqai.neo4j.tx-timeout, soon"})
  void rejectsBadNumbersNamingTheKey(String key, String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Neo4jSettings.from(Map.of(key, value), Map.of()));
    assertTrue(e.getMessage().contains(key), e.getMessage());
  }

  @Test
  void neverPrintsThePassword() {
    Neo4jSettings s = Neo4jSettings.from(Map.of("waqai.neo4j.password", "s3cret"), Map.of());
    assertFalse(s.toString().contains("s3cret"), s.toString());
  }

  @Test
  void environmentVariableNamesFollowTheKeys() {
    assertEquals("WAQAI_NEO4J_BATCH_SIZE", Neo4jSettings.Key.BATCH_SIZE.environmentVariable());
    assertEquals("waqai.neo4j.data-dir", Neo4jSettings.Key.DATA_DIR.property());
  }
}

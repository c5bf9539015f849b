package org.waqai.store.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Session;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;
import org.waqai.store.StoreUnavailableException;

/** Opening and closing: what a caller must be able to tell apart, and that data outlives the process. */
class Neo4jConnectionTest {
  @TempDir
  Path dataDir;

  @Test
  void noServerIsARetryableUnavailability() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Neo4jSettings settings = Neo4jSettings.from(Map.of("waqai.neo4j.uri", "bolt://127.0.0.1:" + port), Map.of());
    StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
        () -> Neo4jConnection.open(settings));
    assertTrue(e.retryable());
  }

  @Test
  void aDataDirectoryServesOneServerAtATime() {
    try (EmbeddedNeo4j first = EmbeddedNeo4j.start(dataDir, 0, Duration.ZERO)) {
      assertEquals("bolt", first.boltUri().getScheme());
      assertEquals("127.0.0.1", first.boltUri().getHost());
      assertThrows(StoreUnavailableException.class, () -> EmbeddedNeo4j.start(dataDir, 0, Duration.ZERO));
    }
  }

  @Test
  void anOpenedStoreKeepsItsDataAcrossRestarts() {
    Neo4jSettings settings = Neo4jSettings.from(
        Map.of("waqai.neo4j.data-dir", dataDir.toString(), "waqai.neo4j.bolt-port", "auto"), Map.of());
    try (Neo4jEventStore store = Neo4jEventStore.open(settings)) {
      store.initialise();
      assertEquals(6, store.write(StoreFixtures.articles()));
    }
    try (Neo4jEventStore store = Neo4jEventStore.open(settings)) {
      assertEquals(10, store.countEvents());
      assertEquals(0, store.write(StoreFixtures.articles()));
    }
  }

  @Test
  void anInferredSideIsMarkedOnItsRoleAndHasNoMention() {
    Neo4jSettings settings = Neo4jSettings.from(
        Map.of("waqai.neo4j.data-dir", dataDir.toString(), "waqai.neo4j.bolt-port", "auto"), Map.of());
    try (Neo4jConnection connection = Neo4jConnection.open(settings)) {
      Neo4jEventStore store = new Neo4jEventStore(connection.driver(), connection.database(), 4);
      store.initialise();
      ArticleEvents article = StoreFixtures.inferredSide2017();
      assertEquals(1, store.write(List.of(article)));
      try (Session session = connection.driver().session()) {
        List<String> roles = session.run("MATCH (e:Event)-[r:ACTOR1|ACTOR2]->(a:Actor) "
            + "RETURN e.id + ' ' + type(r) + ' ' + a.id + ' ' + coalesce(r.text, '-') + ' ' "
            + "+ coalesce(toString(r.inferred), '-') AS row ORDER BY row").list(r -> r.get("row").asString());
        String clash = article.events().get(0).id();
        String shelling = article.events().get(1).id();
        assertEquals(List.of(
            clash + " ACTOR1 syria-gov-forces قوات النظام -",
            clash + " ACTOR2 opposition-rebels فصائل المعارضة -",
            shelling + " ACTOR1 syria-gov-forces قوات النظام -",
            shelling + " ACTOR2 opposition-rebels - true"), roles);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Cypher.class)
  void statementsUseStableIdsOnly(Cypher statement) {
    assertFalse(statement.query().text().matches("(?s).*\\b(id|elementId)\\s*\\(.*"), statement.name());
  }
}

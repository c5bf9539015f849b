package org.waqai.store.neo4j;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;
import org.waqai.store.EventStoreContract;

/**
 * The store contract against a standalone Neo4j server in a container, with authentication, as an external
 * deployment would run. Skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerStoreTest extends EventStoreContract<Neo4jEventStore> {
  private static final String PASSWORD = "waqai-contract-test";

  @Container
  static final Neo4jContainer NEO4J =
      new Neo4jContainer(DockerImageName.parse("neo4j:5.26-community")).withAdminPassword(PASSWORD);

  private Neo4jConnection connection;

  @Override
  protected Neo4jEventStore createStore() {
    Neo4jSettings settings = Neo4jSettings.from(Map.of(
        "waqai.neo4j.uri", NEO4J.getBoltUrl(),
        "waqai.neo4j.user", "neo4j",
        "waqai.neo4j.password", PASSWORD,
        "waqai.neo4j.database", "neo4j"), Map.of());
    connection = Neo4jConnection.open(settings);
    return new Neo4jEventStore(connection.driver(), connection.database(), 4);
  }

  @Override
  protected long countRoleLinks() {
    try (var session = connection.driver().session()) {
      return session.run("MATCH ()-[r:ACTOR1|ACTOR2|ASSOC1|ASSOC2]->() RETURN count(r) AS n")
          .single().get("n").asLong();
    }
  }

  @AfterAll
  void closeConnection() {
    if (connection != null) {
      connection.close();
    }
  }
}

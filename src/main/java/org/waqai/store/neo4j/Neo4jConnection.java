package org.waqai.store.neo4j;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.waqai.store.StoreException;
import org.waqai.store.StoreUnavailableException;

/**
 * A driver connected to the configured server, starting the embedded one first when the settings ask for it.
 * Closing it closes the driver, then the embedded server if it started one.
 */
public final class Neo4jConnection implements AutoCloseable {
  private final EmbeddedNeo4j embedded;
  private final Driver driver;
  private final URI uri;
  private final String database;

  private Neo4jConnection(EmbeddedNeo4j embedded, Driver driver, URI uri, String database) {
    this.embedded = embedded;
    this.driver = driver;
    this.uri = uri;
    this.database = database;
  }

  /**
   * Connects and checks that the server answers.
   *
   * @throws StoreUnavailableException when the server cannot be reached or started
   * @throws StoreException when it rejects the credentials
   */
  public static Neo4jConnection open(Neo4jSettings settings) {
    EmbeddedNeo4j embedded = settings.embedded()
        ? EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), settings.txTimeout())
        : null;
    URI uri = embedded != null ? embedded.boltUri() : URI.create(settings.uri());
    Driver driver = GraphDatabase.driver(uri, authToken(settings, embedded != null), driverConfig());
    try {
      driver.verifyConnectivity();
    } catch (Neo4jException e) {
      driver.close();
      if (embedded != null) {
        embedded.close();
      }
      throw Neo4jErrors.translate("connection to " + uri, e);
    }
    return new Neo4jConnection(embedded, driver, uri, settings.database());
  }

  public Driver driver() {
    return driver;
  }

  public URI uri() {
    return uri;
  }

  /** The database to use, or null for the server's default. */
  public String database() {
    return database;
  }

  @Override
  public void close() {
    try {
      driver.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static AuthToken authToken(Neo4jSettings settings, boolean embedded) {
    // The embedded server runs without authentication (see EmbeddedNeo4j); a server without a password likewise.
    if (embedded || settings.password() == null) {
      return AuthTokens.none();
    }
    return AuthTokens.basic(settings.user(), settings.password());
  }

  private static Config driverConfig() {
    return Config.builder()
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
        .build();
  }
}

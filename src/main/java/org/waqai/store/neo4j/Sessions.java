package org.waqai.store.neo4j;

import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.Neo4jException;
import org.waqai.store.StoreException;

/**
 * Opens one short session per unit of work and runs it in a managed transaction, which the driver retries on
 * transient failures (deadlocks, leader changes) and routes to a cluster's leader or a follower as fits. Driver
 * exceptions leave as {@link StoreException}s.
 */
final class Sessions {
  private final Driver driver;
  private final String database;

  Sessions(Driver driver, String database) {
    this.driver = driver;
    this.database = database;
  }

  <T> T read(String operation, TransactionCallback<T> work) {
    return inSession(operation, AccessMode.READ, session -> session.executeRead(work));
  }

  <T> T write(String operation, TransactionCallback<T> work) {
    return inSession(operation, AccessMode.WRITE, session -> session.executeWrite(work));
  }

  /** For statements that manage their own transactions ({@code CALL { } IN TRANSACTIONS}). */
  void autoCommit(String operation, Query query) {
    inSession(operation, AccessMode.WRITE, session -> session.run(query).consume());
  }

  private <T> T inSession(String operation, AccessMode mode, Function<Session, T> work) {
    SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
    if (database != null) {
      config.withDatabase(database);
    }
    try (Session session = driver.session(config.build())) {
      return work.apply(session);
    } catch (Neo4jException e) {
      throw Neo4jErrors.translate(operation, e);
    }
  }
}

package org.waqai.store.neo4j;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.waqai.store.StoreException;
import org.waqai.store.StoreUnavailableException;

/** Sorts the driver's exceptions by who must act: retry later, or fix configuration or code. */
final class Neo4jErrors {
  private Neo4jErrors() {}

  static StoreException translate(String operation, Neo4jException e) {
    String message = "neo4j " + operation + " failed: " + e.getMessage();
    if (e instanceof ServiceUnavailableException
        || e instanceof SessionExpiredException
        || e instanceof TransientException) {
      // TransientException only reaches us once executeRead/executeWrite gave up retrying.
      return new StoreUnavailableException(message, e);
    }
    if (e instanceof AuthenticationException) {
      return new StoreException("neo4j rejected the configured credentials (waqai.neo4j.user/password)", e);
    }
    return new StoreException(message, e);
  }
}

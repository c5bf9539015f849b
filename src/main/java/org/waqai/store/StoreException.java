package org.waqai.store;

/**
 * A store operation that failed, in either store (Neo4j, or the RDF side's {@code RdfStoreException}s). Callers ask {@link #retryable()} rather than the type when all they need to know
 * is whether trying again later may help (an API maps that to 503, anything else to 500).
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when the same call may succeed later without anyone changing code or configuration. */
  public boolean retryable() {
    return false;
  }
}

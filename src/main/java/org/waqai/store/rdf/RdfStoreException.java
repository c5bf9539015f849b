package org.waqai.store.rdf;

import org.waqai.store.StoreException;

/** A failure of the RDF store: bad data or a bad query (not retryable), or {@link RdfStoreUnavailableException}. */
public class RdfStoreException extends StoreException {
  private static final long serialVersionUID = 1L;

  public RdfStoreException(String message) {
    super(message);
  }

  public RdfStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

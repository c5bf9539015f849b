package org.waqai.store.rdf;

/** The store could not be reached or is busy (a remote endpoint down, a TDB2 directory locked); worth retrying. */
public class RdfStoreUnavailableException extends RdfStoreException {
  private static final long serialVersionUID = 1L;

  public RdfStoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}

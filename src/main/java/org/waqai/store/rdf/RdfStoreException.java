package org.waqai.store.rdf;

/** The RDF store refused or failed an operation in a way that retrying will not mend (bad data, bad query). */
public class RdfStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RdfStoreException(String message) {
    super(message);
  }

  public RdfStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

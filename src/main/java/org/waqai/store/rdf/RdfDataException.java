package org.waqai.store.rdf;

/** Reference data or an article could not be turned into RDF: a missing resource, a bad row, a bad value. */
public class RdfDataException extends RdfStoreException {
  private static final long serialVersionUID = 1L;

  public RdfDataException(String message) {
    super(message);
  }

  public RdfDataException(String message, Throwable cause) {
    super(message, cause);
  }
}

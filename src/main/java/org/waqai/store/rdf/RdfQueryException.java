package org.waqai.store.rdf;

/** A query text given to the store is not valid SPARQL; the caller must fix it (an HTTP 400, not a 500). */
public class RdfQueryException extends RdfStoreException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  public RdfQueryException(String message, int line, int column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  /** 1-based line of the error, or -1 when the parser did not say. */
  public int line() {
    return line;
  }

  /** 1-based column of the error, or -1 when the parser did not say. */
  public int column() {
    return column;
  }
}

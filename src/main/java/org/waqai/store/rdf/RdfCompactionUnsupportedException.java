package org.waqai.store.rdf;

/**
 * Compaction was asked of a store this process does not own the files of: a remote SPARQL store compacts itself
 * (Fuseki: {@code POST /$/compact/{dataset}?deleteOld=true} on its admin endpoint).
 */
public class RdfCompactionUnsupportedException extends RdfStoreException {
  private static final long serialVersionUID = 1L;

  public RdfCompactionUnsupportedException(String message) {
    super(message);
  }
}

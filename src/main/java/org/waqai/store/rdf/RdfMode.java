package org.waqai.store.rdf;

import java.util.Locale;

/** Where the RDF store keeps its data. */
public enum RdfMode {
  /** A TDB2 database in a local directory, opened by this process only. */
  TDB2,
  /** Any SPARQL 1.1 store with query, update and Graph Store Protocol endpoints (e.g. Fuseki). */
  REMOTE;

  public static RdfMode parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("waqai.rdf.mode must be tdb2 or remote, not '" + s + "'", e);
    }
  }
}

package org.waqai.api.security;

/** The query languages whose texts {@link QueryShape} reads: they differ in comments, quoting and IRIs. */
public enum QueryLanguage {
  CYPHER,
  SPARQL
}

/**
 * The SPARQL 1.1 query endpoint's logic: where queries run ({@link org.waqai.api.sparql.QueryTarget}: the RDF
 * store's TDB2 database or a remote query endpoint), parsing with positions, timeouts, the row cap and the result
 * formats. Depends on {@code store.rdf} (settings), Jena and {@code api.problem}.
 */
package org.waqai.api.sparql;

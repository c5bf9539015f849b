/**
 * The SPARQL 1.1 query endpoint's logic: where queries run ({@link org.waqai.api.sparql.QueryTarget}: the RDF
 * store's TDB2 database or a remote query endpoint), parsing with positions, timeouts, the row and triple caps, the
 * result formats, and GeoSPARQL's functions for the queries run in this process ({@link
 * org.waqai.api.sparql.GeoSparql}). Depends on {@code store.rdf} (settings), Jena (with jena-geosparql) and
 * {@code api.problem}.
 */
package org.waqai.api.sparql;

/**
 * The SPARQL 1.1 query endpoint's logic: where queries run ({@link org.waqai.api.sparql.QueryTarget}: the RDF
 * store's TDB2 database or a remote query endpoint), parsing with positions, timeouts, the row and triple caps, the
 * result formats, and GeoSPARQL's functions for the queries run in this process ({@link
 * org.waqai.api.sparql.GeoSparql}). Federated queries only to the endpoints the operator allows
 * ({@link org.waqai.api.sparql.FederationPolicy}); REGEX and REPLACE in linear time ({@code LinearRegex}, RE2/J).
 * Depends on {@code store.rdf} (settings), Jena (with jena-geosparql), RE2/J, {@code api.security} (query limits) and
 * {@code api.problem}.
 */
package org.waqai.api.sparql;

/**
 * The knowledge graph's two stores behind one contract: {@code neo4j} (property graph through the official driver
 * over Bolt) and {@code rdf} (Apache Jena: TDB2 or any SPARQL 1.1 store). Depends on {@code model} only; knows
 * nothing of extraction or HTTP.
 */
package org.waqai.store;

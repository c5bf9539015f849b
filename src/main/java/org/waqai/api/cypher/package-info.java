/**
 * The read-only Cypher endpoint's logic: a read-mode transaction with a timeout on the store's driver, a plan
 * check for reads outside the graph ({@code refused-operators.tsv}) whose verdict is remembered per query text, the
 * row cap, and driver values written as JSON or CSV with no intermediate maps.
 * Depends on {@code store.neo4j} (the connection), the Neo4j driver, {@code api.security} (query limits) and
 * {@code api.problem}.
 */
package org.waqai.api.cypher;

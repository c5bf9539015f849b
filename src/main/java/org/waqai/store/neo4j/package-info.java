/**
 * The event graph as a Neo4j property graph. All data access goes through the official Java driver over Bolt, so
 * the same code serves an embedded server ({@link org.waqai.store.neo4j.EmbeddedNeo4j}), a standalone server or a
 * cluster; {@link org.waqai.store.neo4j.Neo4jSettings} alone decides which. Cypher lives in resource files next to
 * this package and is always parameterised. Depends on {@code model}, {@code store} and Neo4j; knows nothing of
 * extraction or HTTP.
 */
package org.waqai.store.neo4j;

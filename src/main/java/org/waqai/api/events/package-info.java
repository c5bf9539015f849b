/**
 * Events read back from the property graph by filter ({@code events.cypher}), rebuilt as model events so that the
 * service writes the same JSON contract as the command line, and written as ACLED-like CSV or GeoJSON. Depends on
 * {@code model}, {@code io}, {@code store.neo4j} (the connection) and {@code api.format}.
 */
package org.waqai.api.events;

/**
 * The dump of the knowledge graph ({@code export-*.rq}: RDF formats from the RDF store, streamed where the format
 * allows) and of the event table (ACLED-like CSV, GeoJSON, from the property graph). Depends on
 * {@code api.sparql}, {@code api.events} and {@code api.format}.
 */
package org.waqai.api.export;

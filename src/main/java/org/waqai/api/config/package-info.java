/**
 * The service's wiring: {@link org.waqai.api.config.WaqaiConfig} ({@code waqai.*}), the producers that open and
 * close both stores, the extractor and the ingestor, and the start-up tasks (journal replay, sample corpus, URLs).
 * Depends on {@code store.neo4j}, {@code store.rdf}, {@code extract}, {@code ingest}, {@code io} and
 * {@code api.sparql}.
 */
package org.waqai.api.config;

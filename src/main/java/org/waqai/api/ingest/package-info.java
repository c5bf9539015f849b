/**
 * {@code POST /articles}: reading a JSON or JSON-lines body with the command line's per-record checks, and
 * ingesting through {@code org.waqai.ingest.Ingestor}. Depends on {@code io}, {@code ingest}, {@code api.events}
 * and {@code api.problem}.
 */
package org.waqai.api.ingest;

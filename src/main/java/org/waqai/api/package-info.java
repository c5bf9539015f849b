/**
 * The Quarkus HTTP service: JAX-RS resources only, each a thin adapter from HTTP to a service in a sub-package
 * ({@code cypher}, {@code sparql}, {@code linked}, {@code events}, {@code export}, {@code ingest}); wiring in
 * {@code config}, access in {@code security}, errors in {@code problem}, checks in {@code health}. Nothing outside
 * {@code org.waqai.api} depends on it.
 */
package org.waqai.api;

package org.waqai.api;

/** Response headers of this service. */
final class Headers {
  /** {@code true} when a query's rows (SELECT) or triples (CONSTRUCT, DESCRIBE) were cut at the configured cap. */
  static final String TRUNCATED = "Waqai-Truncated";

  private Headers() {}
}

package org.waqai.api;

import io.vertx.core.http.HttpServerRequest;

/** Response headers of this service. */
final class Headers {
  /** {@code true} when a query's rows (SELECT) or triples (CONSTRUCT, DESCRIBE) were cut at the configured cap. */
  static final String TRUNCATED = "Waqai-Truncated";

  private Headers() {}

  /** Who sent the request, for per-client limits: the peer's address (a proxy in front makes all clients one). */
  static String client(HttpServerRequest request) {
    return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
  }
}

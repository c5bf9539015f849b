package org.waqai.api.problem;

/**
 * The kinds of failure the service reports, each with its HTTP status and a stable type URI (RFC 9457). Clients
 * branch on the type; the status says who must act: 4xx the caller, 503 nobody (retry later), 500 the operator.
 */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "Bad request"),
  INVALID_QUERY(400, "invalid-query", "Invalid query"),
  INVALID_ARTICLE(400, "invalid-article", "Invalid article"),
  UNAUTHORIZED(401, "unauthorized", "Missing or wrong bearer token"),
  READ_ONLY(403, "read-only", "Writes are not allowed here"),
  REFUSED_OPERATION(403, "refused-operation", "Operation not allowed on this endpoint"),
  WRITES_DISABLED(403, "writes-disabled", "This service does not accept writes"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request too large"),
  URI_TOO_LONG(414, "uri-too-long", "Request URI too long"),
  HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  INTERNAL(500, "internal", "Internal error"),
  STORE_UNAVAILABLE(503, "store-unavailable", "Store unavailable"),
  BUSY(503, "busy", "Too many queries at once"),
  QUERY_TIMEOUT(504, "query-timeout", "Query timed out");

  /** Where the type URIs live; they name the problem, nothing is served there. */
  public static final String BASE = "https://w3id.org/waqai/problem/";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  /** The type for a bare HTTP status raised by the framework (unknown path, wrong method, …). */
  public static ProblemType forStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHORIZED;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 414 -> URI_TOO_LONG;
      case 431 -> HEADERS_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 503 -> STORE_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : BAD_REQUEST;
    };
  }
}

package org.waqai.api.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client is told about, as {@code application/problem+json}. The detail is written for the client:
 * it never carries a stack trace, a class name or a server path.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ProblemType type;
  private final transient Map<String, Object> extensions;

  public ApiException(ProblemType type, String detail) {
    this(type, detail, Map.of(), null);
  }

  public ApiException(ProblemType type, String detail, Map<String, Object> extensions, Throwable cause) {
    super(detail, cause);
    this.type = type;
    this.extensions = new LinkedHashMap<>(extensions);
  }

  /** A query the parser rejected, with the 1-based position when known (values below 1 are left out). */
  public static ApiException invalidQuery(String detail, int line, int column, Throwable cause) {
    Map<String, Object> position = new LinkedHashMap<>();
    if (line > 0) {
      position.put("line", line);
    }
    if (column > 0) {
      position.put("column", column);
    }
    return new ApiException(ProblemType.INVALID_QUERY, detail, position, cause);
  }

  public ProblemType type() {
    return type;
  }

  /** Extra members of the problem document, such as {@code line} and {@code column}. */
  public Map<String, Object> extensions() {
    return Collections.unmodifiableMap(extensions);
  }
}

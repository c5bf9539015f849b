package org.waqai.api.cypher;

import java.util.Map;

/**
 * The body of {@code POST /cypher}.
 *
 * @param query a Cypher statement, read-only
 * @param parameters values for its {@code $parameters}, or null
 */
public record CypherRequest(String query, Map<String, Object> parameters) {
  public CypherRequest {
    parameters = parameters == null ? Map.of() : parameters;
  }
}

package org.waqai.api.cypher;

import java.util.List;
import java.util.Map;

/**
 * The rows of a query as plain JSON values (see {@link CypherValues}).
 *
 * @param columns the result's keys, in order
 * @param rows one map per record, keyed by column
 * @param truncated more records matched than the configured cap; only the first ones are here
 */
public record CypherResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {
  public CypherResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}

package org.waqai.api.cypher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waqai.api.format.Csv;

/** A {@link CypherResult} as CSV: a header of the columns, then one line per row; nested values as JSON text. */
public final class CypherCsv {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CypherCsv() {}

  public static String write(CypherResult result) {
    StringWriter out = new StringWriter();
    Csv csv = new Csv(out);
    csv.row(result.columns());
    for (Map<String, Object> row : result.rows()) {
      List<Object> cells = new ArrayList<>(result.columns().size());
      for (String column : result.columns()) {
        cells.add(cell(row.get(column)));
      }
      csv.row(cells);
    }
    return out.toString();
  }

  private static Object cell(Object value) {
    if (value instanceof Map || value instanceof List) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }
}

package org.waqai.api.cypher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.neo4j.driver.Record;

/**
 * The records of a query, read in full before the transaction closed, so that writing them cannot fail on the
 * database any more. Written as JSON ({@link #writeJson}) or CSV ({@link #writeCsv}) straight from the driver's
 * values.
 *
 * @param columns the result's keys, in order
 * @param records the records, at most the configured cap
 * @param truncated more records matched than the cap; only the first ones are here
 */
public record CypherResult(List<String> columns, List<Record> records, boolean truncated) {
  public CypherResult {
    columns = List.copyOf(columns);
    records = List.copyOf(records);
  }

  /** {@code {"columns": [...], "rows": [{column: value, ...}, ...], "truncated": bool}}, UTF-8. */
  public void writeJson(OutputStream out) throws IOException {
    CypherJson.write(this, out);
  }

  /** A header of the columns, then one line per record; nested values as JSON text. */
  public void writeCsv(Writer out) {
    CypherCsv.write(this, out);
  }
}

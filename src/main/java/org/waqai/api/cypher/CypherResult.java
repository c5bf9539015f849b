package org.waqai.api.cypher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.neo4j.driver.Record;

/**
 * The records of a query, read in full before the transaction closed, so that writing them cannot fail on the
 * database any more. Written as JSON ({@link #json}) or CSV ({@link #csv}) straight from the driver's values.
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

  /** {@code {"columns": [...], "rows": [{column: value, ...}, ...], "truncated": bool}} in UTF-8. */
  public byte[] json() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(estimate());
    try {
      CypherJson.write(this, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /** A header of the columns, then one line per record, in UTF-8; nested values as JSON text. */
  public byte[] csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(estimate());
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CypherCsv.write(this, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private int estimate() {
    return (int) Math.min(1 << 20, 256 + 32L * columns.size() * records.size());
  }
}

package org.waqai.store.neo4j;

import java.nio.charset.StandardCharsets;

/**
 * Rows of a CSV file for Neo4j's import tool, built in memory. Every string is quoted (inner quotes doubled), so
 * that an empty string stays an empty string; a null is an empty unquoted field, which the tool reads as "no
 * property", as the transactional writer leaves a null property unset.
 */
final class CsvRows {
  private final StringBuilder out = new StringBuilder();
  private boolean first = true;

  /** Appends a string field, quoted; null leaves the field empty. */
  CsvRows text(String value) {
    separate();
    if (value != null) {
      out.append('"');
      if (value.indexOf('"') < 0) {
        out.append(value);
      } else {
        out.append(value.replace("\"", "\"\""));
      }
      out.append('"');
    }
    return this;
  }

  /** Appends a number, boolean or date field in its plain text form; null leaves the field empty. */
  CsvRows plain(Object value) {
    separate();
    if (value != null) {
      out.append(value);
    }
    return this;
  }

  /** A WGS 84 point, in the form of the tool's {@code point} type. */
  CsvRows point(double lat, double lon) {
    separate();
    out.append("\"{latitude:").append(lat).append(",longitude:").append(lon).append("}\"");
    return this;
  }

  CsvRows endRow() {
    out.append('\n');
    first = true;
    return this;
  }

  byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void separate() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }
}

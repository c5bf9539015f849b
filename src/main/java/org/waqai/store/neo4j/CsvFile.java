package org.waqai.store.neo4j;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CSV file for Neo4j's import tool. Every string is quoted (inner quotes doubled), so that an empty string stays
 * an empty string; a null is an empty unquoted field, which the tool reads as "no property", as the transactional
 * writer leaves a null property unset.
 */
final class CsvFile implements AutoCloseable {
  private final Path path;
  private final BufferedWriter out;
  private boolean first = true;
  private long rows;

  CsvFile(Path path, String header) {
    this.path = path;
    try {
      this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      out.write(header);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  Path path() {
    return path;
  }

  long rows() {
    return rows;
  }

  /** Appends a string field, quoted; null leaves the field empty. */
  CsvFile text(String value) {
    separate();
    if (value != null) {
      write('"' + value.replace("\"", "\"\"") + '"');
    }
    return this;
  }

  /** Appends a number, boolean or date field in its plain text form; null leaves the field empty. */
  CsvFile plain(Object value) {
    separate();
    if (value != null) {
      write(value.toString());
    }
    return this;
  }

  /** A WGS 84 point, in the form of the tool's {@code point} type. */
  CsvFile point(double lat, double lon) {
    separate();
    write("\"{latitude:" + lat + ",longitude:" + lon + "}\"");
    return this;
  }

  void endRow() {
    write("\n");
    first = true;
    rows++;
  }

  private void separate() {
    if (!first) {
      write(",");
    }
    first = false;
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }
}

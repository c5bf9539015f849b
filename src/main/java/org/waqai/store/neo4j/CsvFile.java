package org.waqai.store.neo4j;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One CSV file for Neo4j's import tool: a header line, then rows formatted by {@link CsvRows}. */
final class CsvFile implements AutoCloseable {
  private final Path path;
  private final OutputStream out;

  CsvFile(Path path, String header) {
    this.path = path;
    try {
      this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  Path path() {
    return path;
  }

  void append(byte[] rows) {
    try {
      out.write(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  void append(CsvRows rows) {
    append(rows.bytes());
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

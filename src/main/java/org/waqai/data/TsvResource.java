package org.waqai.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's tab-separated data files: a header line, {@code #} comments, no quoting. Rows come back as
 * maps keyed by the header so that columns can be added without breaking readers.
 */
public final class TsvResource {
  private TsvResource() {}

  /** One data row with the file and line it came from, for error messages. */
  public record Row(String source, int line, Map<String, String> fields) {
    public String get(String column) {
      String v = fields.get(column);
      return v == null ? "" : v.trim();
    }

    /** {@code file:line}, for messages. */
    public String where() {
      return source + ":" + line;
    }

    /** The raw field, untrimmed (for tables whose values may be whitespace), or null. */
    public String raw(String column) {
      return fields.get(column);
    }

    public IllegalArgumentException error(String reason) {
      return new IllegalArgumentException(where() + ": " + reason);
    }
  }

  public static List<Row> classpath(String path) {
    InputStream in = TsvResource.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(path, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Row> read(String source, Reader reader) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    List<Row> rows = new ArrayList<>();
    String[] header = null;
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (header == null) {
        header = f;
        continue;
      }
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.length && i < f.length; i++) {
        m.put(header[i].trim(), f[i]);
      }
      rows.add(new Row(source, n, m));
    }
    return rows;
  }

  /** Splits a list field on {@code |} (or the Arabic semicolon), dropping blanks. */
  public static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    for (String s : field.split("[|؛]")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}

package org.waqai.store.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's tab-separated resources (header line, {@code #} comments, no quoting) into rows keyed by
 * column name. The extractor has its own reader; the store may not depend on {@code extract}, hence this one.
 */
final class Tsv {
  private Tsv() {}

  /** A data row and the line it came from, for error messages. */
  record Row(String source, int line, Map<String, String> fields) {
    String get(String column) {
      String v = fields.get(column);
      return v == null ? "" : v.trim();
    }

    RdfDataException error(String reason) {
      return new RdfDataException(source + ":" + line + ": " + reason);
    }
  }

  static List<Row> classpath(String path) {
    InputStream in = Tsv.class.getResourceAsStream(path);
    if (in == null) {
      throw new RdfDataException("missing classpath resource " + path);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
        rows.add(new Row(path, n, m));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

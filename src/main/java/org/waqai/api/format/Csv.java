package org.waqai.api.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * and cells that a spreadsheet would take for a formula neutralised ({@link #neutralise}).
 */
public final class Csv {
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private final Writer out;

  public Csv(Writer out) {
    this.out = out;
  }

  /** One record; a null field is written empty. */
  public void row(List<?> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        Object f = fields.get(i);
        if (f != null) {
          out.write(quote(neutralise(f.toString())));
        }
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return
   * first) gets a leading apostrophe, which spreadsheets show as text (OWASP's advice against CSV injection); plain
   * numbers such as {@code -3.5} are left as they are.
   */
  static String neutralise(String s) {
    if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) {
      return s;
    }
    return "'" + s;
  }

  static String quote(String s) {
    boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}

package org.waqai.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from a wire dateline when the article carries no metadata: {@code 030912 GMT DEC 24}
 * (day, hour, minute, month, two-digit year) or an ISO date in the first line.
 */
final class Dateline {
  private static final Pattern WIRE = Pattern.compile("\\b(\\d{2})(\\d{2})(\\d{2})\\s+GMT\\s+([A-Za-z]{3})\\s+(\\d{2})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(20\\d{2}|19\\d{2})-(\\d{2})-(\\d{2})\\b");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private Dateline() {}

  static LocalDate find(String text) {
    Matcher m = WIRE.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(4).toLowerCase(java.util.Locale.ROOT));
      if (month != null) {
        try {
          return LocalDate.of(2000 + Integer.parseInt(m.group(5)), month, Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
          // not a date after all
        }
      }
    }
    int nl = text.indexOf('\n');
    Matcher iso = ISO.matcher(nl < 0 ? text : text.substring(0, nl));
    if (iso.find()) {
      try {
        return LocalDate.parse(iso.group());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}

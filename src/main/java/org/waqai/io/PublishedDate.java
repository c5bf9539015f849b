package org.waqai.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and feeds write them. The calendar date is taken as written (the date in the
 * publisher's own time zone), since that is the day relative words such as اليوم and أمس refer to.
 */
final class PublishedDate {
  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\D|$)");
  private static final Pattern COMPACT_DAY = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");

  private PublishedDate() {}

  /** The date in {@code s} (ISO 8601 or RFC 1123, optionally with time), or null when it is none. */
  static LocalDate parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate d = day(ISO_DAY.matcher(s));
    if (d == null) {
      d = day(COMPACT_DAY.matcher(s));
    }
    if (d != null) {
      return d;
    }
    try {
      return ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The UTC date of an instant, for sources that carry no time zone of their own (WARC-Date, parsed feeds). */
  static LocalDate utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  private static LocalDate day(Matcher m) {
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}

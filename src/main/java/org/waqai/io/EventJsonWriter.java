package org.waqai.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.waqai.model.ActorRef;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;

/**
 * Writes events as one JSON object per line, with the fields and order of {@code SPEC.md}. Thread-safe.
 *
 * <p>The line is built by hand in one {@code StringBuilder} (an event is about 1 KB and {@code extract} writes tens of
 * them per article, so a generator per event was a measurable share of the run). The output is what Jackson's
 * generator writes for the same calls: no spaces; in strings the quote, the backslash and the control characters
 * escaped (the short escapes for backspace, tab, newline, form feed and carriage return, six-character ones with
 * upper-case hex digits for the others) and every other character as is; numbers as {@code Integer.toString} and
 * {@code Double.toString}. {@code EventJsonWriterTest} holds the two to the same bytes.
 */
public final class EventJsonWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** One event as a JSON line (with the trailing newline). */
  public String line(Event e) {
    StringBuilder b = new StringBuilder(1024);
    appendLine(e, b);
    return b.toString();
  }

  /** Appends one event as a JSON line (with the trailing newline) to {@code lines}. */
  public void appendLine(Event e, StringBuilder lines) {
    append(e, lines);
    lines.append('\n');
  }

  public void write(Event e, Writer out) {
    StringBuilder b = new StringBuilder(1024);
    append(e, b);
    try {
      out.append(b);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void append(Event e, StringBuilder b) {
    b.append('{');
    string(b, "id", e.id());
    string(b.append(','), "article", e.article());
    string(b.append(','), "type", e.type().label());
    string(b.append(','), "subtype", e.subtype().label());
    actor(b.append(','), "actor1", e.actor1());
    actor(b.append(','), "actor2", e.actor2());
    actors(b.append(','), "assoc1", e.assoc1());
    actors(b.append(','), "assoc2", e.assoc2());
    place(b.append(','), e.place());
    string(b.append(','), "date", e.date() == null ? null : e.date().toString());
    string(b.append(','), "date_end", e.dateEnd() == null ? null : e.dateEnd().toString());
    string(b.append(','), "date_precision", e.datePrecision().label());
    number(b.append(','), "fatalities", e.fatalities());
    number(b.append(','), "injured", e.injured());
    number(b.append(','), "displaced", e.displaced());
    name(b.append(','), "negated").append(e.negated());
    name(b.append(','), "hedged").append(e.hedged());
    name(b.append(','), "evidence").append('{');
    name(b, "start").append(e.evidence().span().start());
    name(b.append(','), "end").append(e.evidence().span().end());
    string(b.append(','), "sentence", e.evidence().sentence());
    name(b.append(','), "trigger_start").append(e.evidence().trigger().start());
    name(b.append(','), "trigger_end").append(e.evidence().trigger().end());
    b.append('}');
    decimal(b.append(','), "confidence", e.confidence());
    b.append('}');
  }

  private static void actor(StringBuilder b, String field, ActorRef a) {
    if (a == null) {
      name(b, field).append("null");
      return;
    }
    name(b, field).append('{');
    actorFields(b, a);
    b.append('}');
  }

  private static void actorFields(StringBuilder b, ActorRef a) {
    string(b, "key", a.key());
    string(b.append(','), "name", a.name());
    string(b.append(','), "text", a.text());
    if (a.inferred()) {
      name(b.append(','), "inferred").append(true);
    }
    if (a.span() != null) {
      name(b.append(','), "start").append(a.span().start());
      name(b.append(','), "end").append(a.span().end());
    }
  }

  private static void actors(StringBuilder b, String field, List<ActorRef> as) {
    name(b, field).append('[');
    for (int i = 0; i < as.size(); i++) {
      actorFields(b.append(i == 0 ? "{" : ",{"), as.get(i));
      b.append('}');
    }
    b.append(']');
  }

  private static void place(StringBuilder b, PlaceRef p) {
    if (p == null) {
      name(b, "place").append("null");
      return;
    }
    name(b, "place").append('{');
    string(b, "id", p.id());
    string(b.append(','), "name", p.name());
    string(b.append(','), "text", p.text());
    decimal(b.append(','), "lat", p.lat());
    decimal(b.append(','), "lon", p.lon());
    string(b.append(','), "admin1", p.admin1());
    string(b.append(','), "precision", p.precision().label());
    if (p.span() != null) {
      name(b.append(','), "start").append(p.span().start());
      name(b.append(','), "end").append(p.span().end());
    }
    b.append('}');
  }

  private static void number(StringBuilder b, String field, Integer v) {
    if (v == null) {
      name(b, field).append("null");
    } else {
      name(b, field).append(v.intValue());
    }
  }

  /** A double as Jackson writes one: {@code Double.toString}, or a quoted string for NaN and the infinities. */
  private static void decimal(StringBuilder b, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      string(b, field, Double.toString(v));
    } else {
      name(b, field).append(Double.toString(v));
    }
  }

  private static StringBuilder name(StringBuilder b, String field) {
    return b.append('"').append(field).append("\":");
  }

  private static void string(StringBuilder b, String field, String v) {
    name(b, field);
    if (v == null) {
      b.append("null");
      return;
    }
    b.append('"');
    int done = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      b.append(v, done, i).append('\\');
      switch (c) {
        case '"', '\\' -> b.append(c);
        case '\b' -> b.append('b');
        case '\t' -> b.append('t');
        case '\n' -> b.append('n');
        case '\f' -> b.append('f');
        case '\r' -> b.append('r');
        default -> b.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      done = i + 1;
    }
    b.append(v, done, v.length()).append('"');
  }
}

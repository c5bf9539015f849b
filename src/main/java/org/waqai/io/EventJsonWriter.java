package org.waqai.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.waqai.model.ActorRef;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;

/**
 * Writes events as one JSON object per line, with the fields and order of {@code SPEC.md}. Thread-safe.
 *
 * <p>The lines are built by hand straight into UTF-8 bytes (an event is about 1 KB and {@code extract} writes tens of
 * them per article: a generator per event, and then a {@code StringBuilder} encoded afterwards, were each a measurable
 * share of the run). The output is what Jackson's generator writes for the same calls, encoded as {@link
 * String#getBytes} encodes it: no spaces; in strings the quote, the backslash and the control characters escaped (the
 * short escapes for backspace, tab, newline, form feed and carriage return, six-character ones with upper-case hex
 * digits for the others), a lone surrogate as {@code ?}, every other character as is; numbers as {@code
 * Integer.toString} and {@code Double.toString}. {@code EventJsonWriterTest} holds the two to the same bytes.
 *
 * <p>Events of one sentence carry the same evidence sentence, the longest string of a line: within one call of {@link
 * #lines}, a sentence equal to the previous event's is copied from the bytes already written rather than encoded again.
 */
public final class EventJsonWriter {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

  /** One event as a JSON line (with the trailing newline). */
  public String line(Event e) {
    return new String(lines(List.of(e)), StandardCharsets.UTF_8);
  }

  /** The events as JSON lines (each with its trailing newline), in UTF-8. */
  public byte[] lines(List<Event> events) {
    Out out = new Out(events.size() * 1280 + 16);
    for (Event e : events) {
      append(e, out);
      out.ascii('\n');
    }
    return out.bytes();
  }

  /** Writes one event as a JSON line without the trailing newline. */
  public void write(Event e, Writer out) {
    String line = line(e);
    try {
      out.append(line, 0, line.length() - 1);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void append(Event e, Out b) {
    b.ascii('{');
    b.string("id", e.id());
    b.string(",\"article\":", e.article());
    b.string(",\"type\":", e.type().label());
    b.string(",\"subtype\":", e.subtype().label());
    actor(b, ",\"actor1\":", e.actor1());
    actor(b, ",\"actor2\":", e.actor2());
    actors(b, ",\"assoc1\":[", e.assoc1());
    actors(b, ",\"assoc2\":[", e.assoc2());
    place(b, e.place());
    b.string(",\"date\":", e.date() == null ? null : e.date().toString());
    b.string(",\"date_end\":", e.dateEnd() == null ? null : e.dateEnd().toString());
    b.string(",\"date_precision\":", e.datePrecision().label());
    number(b, ",\"fatalities\":", e.fatalities());
    number(b, ",\"injured\":", e.injured());
    number(b, ",\"displaced\":", e.displaced());
    b.ascii(",\"negated\":").ascii(e.negated() ? "true" : "false");
    b.ascii(",\"hedged\":").ascii(e.hedged() ? "true" : "false");
    b.ascii(",\"evidence\":{\"start\":").integer(e.evidence().span().start());
    b.ascii(",\"end\":").integer(e.evidence().span().end());
    b.ascii(",\"sentence\":").sentence(e.evidence().sentence());
    b.ascii(",\"trigger_start\":").integer(e.evidence().trigger().start());
    b.ascii(",\"trigger_end\":").integer(e.evidence().trigger().end());
    b.ascii('}');
    decimal(b, ",\"confidence\":", e.confidence());
    b.ascii('}');
  }

  private static void actor(Out b, String field, ActorRef a) {
    if (a == null) {
      b.ascii(field).ascii("null");
      return;
    }
    b.ascii(field).ascii('{');
    actorFields(b, a);
    b.ascii('}');
  }

  private static void actorFields(Out b, ActorRef a) {
    b.string("key", a.key());
    b.string(",\"name\":", a.name());
    b.string(",\"text\":", a.text());
    if (a.inferred()) {
      b.ascii(",\"inferred\":true");
    }
    if (a.span() != null) {
      b.ascii(",\"start\":").integer(a.span().start());
      b.ascii(",\"end\":").integer(a.span().end());
    }
  }

  private static void actors(Out b, String fieldAndBracket, List<ActorRef> as) {
    b.ascii(fieldAndBracket);
    for (int i = 0; i < as.size(); i++) {
      b.ascii(i == 0 ? "{" : ",{");
      actorFields(b, as.get(i));
      b.ascii('}');
    }
    b.ascii(']');
  }

  private static void place(Out b, PlaceRef p) {
    if (p == null) {
      b.ascii(",\"place\":null");
      return;
    }
    b.ascii(",\"place\":{");
    b.string("id", p.id());
    b.string(",\"name\":", p.name());
    b.string(",\"text\":", p.text());
    decimal(b, ",\"lat\":", p.lat());
    decimal(b, ",\"lon\":", p.lon());
    b.string(",\"admin1\":", p.admin1());
    b.string(",\"precision\":", p.precision().label());
    if (p.span() != null) {
      b.ascii(",\"start\":").integer(p.span().start());
      b.ascii(",\"end\":").integer(p.span().end());
    }
    b.ascii('}');
  }

  private static void number(Out b, String field, Integer v) {
    b.ascii(field);
    if (v == null) {
      b.ascii("null");
    } else {
      b.integer(v);
    }
  }

  /** A double as Jackson writes one: {@code Double.toString}, or a quoted string for NaN and the infinities. */
  private static void decimal(Out b, String field, double v) {
    b.ascii(field);
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      b.ascii('"').ascii(Double.toString(v)).ascii('"');
    } else {
      b.ascii(Double.toString(v));
    }
  }

  /** A growing UTF-8 buffer, with the place of the last sentence written. */
  private static final class Out {
    private byte[] b;
    private int n;
    private String lastSentence;
    private int lastFrom;
    private int lastTo;

    Out(int capacity) {
      b = new byte[capacity];
    }

    byte[] bytes() {
      return Arrays.copyOf(b, n);
    }

    private void room(int more) {
      if (n + more > b.length) {
        b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
      }
    }

    Out ascii(char c) {
      room(1);
      b[n++] = (byte) c;
      return this;
    }

    /** Text of ASCII characters only (field names, literals, numbers), copied as is. */
    Out ascii(String s) {
      int len = s.length();
      room(len);
      for (int i = 0; i < len; i++) {
        b[n++] = (byte) s.charAt(i);
      }
      return this;
    }

    Out integer(int v) {
      return ascii(Integer.toString(v));
    }

    /**
     * A string field: {@code field} is the name as written, with the separator and quotes before it, or a bare name
     * (no quote) for the first field of an object.
     */
    void string(String field, String v) {
      if (field.charAt(0) != ',') {
        ascii('"').ascii(field).ascii("\":");
      } else {
        ascii(field);
      }
      quoted(v);
    }

    /** The evidence sentence: copied from the previous event's when equal. */
    void sentence(String v) {
      if (v != null && lastSentence != null && (v == lastSentence || v.equals(lastSentence))) {
        int len = lastTo - lastFrom;
        room(len);
        System.arraycopy(b, lastFrom, b, n, len);
        n += len;
        return;
      }
      int from = n;
      quoted(v);
      if (v != null) {
        lastSentence = v;
        lastFrom = from;
        lastTo = n;
      }
    }

    private void quoted(String v) {
      if (v == null) {
        ascii("null");
        return;
      }
      int len = v.length();
      room(len * 6 + 2);
      byte[] b = this.b;
      int n = this.n;
      b[n++] = '"';
      for (int i = 0; i < len; i++) {
        char c = v.charAt(i);
        if (c < 0x80) {
          if (c >= 0x20 && c != '"' && c != '\\') {
            b[n++] = (byte) c;
            continue;
          }
          b[n++] = '\\';
          switch (c) {
            case '"', '\\' -> b[n++] = (byte) c;
            case '\b' -> b[n++] = 'b';
            case '\t' -> b[n++] = 't';
            case '\n' -> b[n++] = 'n';
            case '\f' -> b[n++] = 'f';
            case '\r' -> b[n++] = 'r';
            default -> {
              b[n++] = 'u';
              b[n++] = '0';
              b[n++] = '0';
              b[n++] = HEX[c >> 4];
              b[n++] = HEX[c & 0xF];
            }
          }
        } else if (c < 0x800) {
          b[n++] = (byte) (0xC0 | c >> 6);
          b[n++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
          b[n++] = (byte) (0xE0 | c >> 12);
          b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(v.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, v.charAt(++i));
          b[n++] = (byte) (0xF0 | cp >> 18);
          b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
          b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
          b[n++] = (byte) (0x80 | cp & 0x3F);
        } else {
          b[n++] = '?';
        }
      }
      b[n++] = '"';
      this.n = n;
    }
  }
}

package org.waqai.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.waqai.model.ActorRef;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;

/** Writes events as one JSON object per line, with the fields and order of {@code SPEC.md}. Thread-safe. */
public final class EventJsonWriter {
  private final JsonFactory factory = new JsonFactory();

  /** One event as a JSON line (with the trailing newline). */
  public String line(Event e) {
    StringWriter w = new StringWriter(1024);
    write(e, w);
    return w.append('\n').toString();
  }

  public void write(Event e, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("article", e.article());
      g.writeStringField("type", e.type().label());
      g.writeStringField("subtype", e.subtype().label());
      actor(g, "actor1", e.actor1());
      actor(g, "actor2", e.actor2());
      actors(g, "assoc1", e.assoc1());
      actors(g, "assoc2", e.assoc2());
      place(g, e.place());
      g.writeStringField("date", e.date() == null ? null : e.date().toString());
      g.writeStringField("date_end", e.dateEnd() == null ? null : e.dateEnd().toString());
      g.writeStringField("date_precision", e.datePrecision().label());
      number(g, "fatalities", e.fatalities());
      number(g, "injured", e.injured());
      number(g, "displaced", e.displaced());
      g.writeBooleanField("negated", e.negated());
      g.writeBooleanField("hedged", e.hedged());
      g.writeObjectFieldStart("evidence");
      g.writeNumberField("start", e.evidence().span().start());
      g.writeNumberField("end", e.evidence().span().end());
      g.writeStringField("sentence", e.evidence().sentence());
      g.writeNumberField("trigger_start", e.evidence().trigger().start());
      g.writeNumberField("trigger_end", e.evidence().trigger().end());
      g.writeEndObject();
      g.writeNumberField("confidence", e.confidence());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void actor(JsonGenerator g, String field, ActorRef a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    actorFields(g, a);
    g.writeEndObject();
  }

  private static void actorFields(JsonGenerator g, ActorRef a) throws IOException {
    g.writeStringField("key", a.key());
    g.writeStringField("name", a.name());
    g.writeStringField("text", a.text());
    if (a.inferred()) {
      g.writeBooleanField("inferred", true);
    }
    if (a.span() != null) {
      g.writeNumberField("start", a.span().start());
      g.writeNumberField("end", a.span().end());
    }
  }

  private static void actors(JsonGenerator g, String field, List<ActorRef> as) throws IOException {
    g.writeArrayFieldStart(field);
    for (ActorRef a : as) {
      g.writeStartObject();
      actorFields(g, a);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void place(JsonGenerator g, PlaceRef p) throws IOException {
    if (p == null) {
      g.writeNullField("place");
      return;
    }
    g.writeObjectFieldStart("place");
    g.writeStringField("id", p.id());
    g.writeStringField("name", p.name());
    g.writeStringField("text", p.text());
    g.writeNumberField("lat", p.lat());
    g.writeNumberField("lon", p.lon());
    g.writeStringField("admin1", p.admin1());
    g.writeStringField("precision", p.precision().label());
    if (p.span() != null) {
      g.writeNumberField("start", p.span().start());
      g.writeNumberField("end", p.span().end());
    }
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, v);
    }
  }
}

package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.waqai.model.ActorRef;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;

class EventJsonWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final EventJsonWriter writer = new EventJsonWriter();
  private final ArticleEvents article = StoreFixtures.inferredSide2017();

  @Test
  void anInferredActorHasNoTextAndSaysSo() throws Exception {
    JsonNode shelling = JSON.readTree(writer.line(article.events().get(1)));
    assertEquals("opposition-rebels", shelling.at("/actor2/key").asText());
    assertTrue(shelling.at("/actor2/text").isNull());
    assertTrue(shelling.at("/actor2/inferred").asBoolean());
    assertTrue(shelling.at("/actor2/start").isMissingNode());
  }

  @Test
  void aNamedActorCarriesItsMentionAndNoFlag() throws Exception {
    JsonNode clash = JSON.readTree(writer.line(article.events().get(0)));
    assertEquals("فصائل المعارضة", clash.at("/actor2/text").asText());
    assertFalse(clash.at("/actor2").has("inferred"));
    assertFalse(clash.at("/actor1").has("inferred"));
  }

  /** Strings that need escaping, or look as if they might, in every string field. */
  private static final List<String> AWKWARD = List.of(
      "قصف \"مدفعي\" على حي\\الخالدية", "سطر\nثان\tو\rعودة", "\b\f\u0000\u0001\u001f\u007f",
      "\u2028\u2029 / </script>", "😀 \ud83d", "", "ل\u200cا");

  static Stream<Event> events() {
    List<Event> out = new ArrayList<>();
    for (ArticleEvents a : StoreFixtures.articles()) {
      out.addAll(a.events());
    }
    Event base = StoreFixtures.inferredSide2017().events().get(1);
    for (String w : AWKWARD) {
      ActorRef actor = new ActorRef("a-" + w, w, w, 1, w, new Span(3, 9));
      PlaceRef place = new PlaceRef(w, w, w, 35.13, 36.7525, w, Precision.TOWN, new Span(0, 4));
      out.add(new Event(w + "-id", w, SubEventType.ARMED_CLASH, actor, null, List.of(actor, actor), List.of(), place,
          LocalDate.of(2017, 3, 22), null, DatePrecision.DAY, 7, null, 0, true, false,
          new Evidence(new Span(0, 10), w, new Span(1, 2)), 0.1 + 0.2));
    }
    ActorRef inferred = new ActorRef("x", null, "ن", 0, null, null);
    out.add(new Event("nan", "a", SubEventType.PEACEFUL_PROTEST, null, inferred, List.of(inferred), List.of(),
        new PlaceRef("p", "p", null, 1e-7, -0.0, null, Precision.COUNTRY, null), null, null, base.datePrecision(), null,
        null, null, false, true, base.evidence(), Double.NaN));
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("events")
  void writesTheBytesJacksonsGeneratorWrites(Event e) throws IOException {
    byte[] expected = (jackson(e) + "\n").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(expected, writer.lines(List.of(e)));
    String line = writer.line(e);
    assertEquals(new String(expected, StandardCharsets.UTF_8), line);
    StringWriter w = new StringWriter();
    writer.write(e, w);
    assertEquals(line, w + "\n");
    // a lone surrogate has no UTF-8 form: it is written as '?', as String.getBytes writes it
    String id = new String(e.id().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals(id, JSON.readTree(line).get("id").asText());
  }

  @Test
  void manyEventsAreTheirLinesOneAfterAnother() throws IOException {
    // consecutive events of one sentence (the second copies the first's encoded sentence), then other sentences
    List<Event> all = events().toList();
    List<Event> some = new ArrayList<>();
    for (Event e : all) {
      some.add(e);
      some.add(e);
    }
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (Event e : some) {
      expected.write((jackson(e) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertArrayEquals(expected.toByteArray(), writer.lines(some));
    assertEquals(0, writer.lines(List.of()).length);
  }

  /** The event as the writer's earlier version wrote it, with Jackson's streaming generator: the reference. */
  private static String jackson(Event e) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("article", e.article());
      g.writeStringField("type", e.type().label());
      g.writeStringField("subtype", e.subtype().label());
      actor(g, "actor1", e.actor1());
      actor(g, "actor2", e.actor2());
      for (String f : List.of("assoc1", "assoc2")) {
        g.writeArrayFieldStart(f);
        for (ActorRef a : f.equals("assoc1") ? e.assoc1() : e.assoc2()) {
          g.writeStartObject();
          actorFields(g, a);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      PlaceRef p = e.place();
      if (p == null) {
        g.writeNullField("place");
      } else {
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
      g.writeStringField("date", e.date() == null ? null : e.date().toString());
      g.writeStringField("date_end", e.dateEnd() == null ? null : e.dateEnd().toString());
      g.writeStringField("date_precision", e.datePrecision().label());
      for (String f : List.of("fatalities", "injured", "displaced")) {
        Integer v = f.equals("fatalities") ? e.fatalities() : f.equals("injured") ? e.injured() : e.displaced();
        if (v == null) {
          g.writeNullField(f);
        } else {
          g.writeNumberField(f, v);
        }
      }
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
    }
    return out.toString();
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
}

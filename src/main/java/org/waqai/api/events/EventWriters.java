package org.waqai.api.events;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import org.waqai.api.format.Csv;
import org.waqai.io.EventJsonWriter;
import org.waqai.model.PlaceRef;

/**
 * Stream writers for events: the JSON event contract (as the command line writes it), ACLED-like CSV and GeoJSON.
 * Each is a sink fed one event at a time, so an export never holds the whole graph in memory.
 */
public final class EventWriters {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventJsonWriter CONTRACT = new EventJsonWriter();

  private EventWriters() {}

  /** An event in the JSON contract of {@code EventJsonWriter}, as a tree to embed in a response. */
  public static JsonNode json(StoredEvent e) {
    try {
      return JSON.readTree(CONTRACT.line(e.event()));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A CSV sink; the header is written at once. */
  public static Consumer<StoredEvent> csv(Writer out) {
    Csv csv = new Csv(out);
    csv.row(AcledColumns.NAMES);
    return e -> csv.row(new ArrayList<>(AcledColumns.of(e).values()));
  }

  /** A GeoJSON FeatureCollection (RFC 7946); events without a place have a null geometry. Close to finish it. */
  public static GeoJsonSink geoJson(OutputStream out) {
    return new GeoJsonSink(out);
  }

  /** Writes features as they come; {@link #close()} ends the collection. */
  public static final class GeoJsonSink implements Consumer<StoredEvent>, AutoCloseable {
    private final JsonGenerator g;

    GeoJsonSink(OutputStream out) {
      try {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void accept(StoredEvent e) {
      try {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.event().id());
        PlaceRef p = e.event().place();
        if (p == null) {
          g.writeNullField("geometry");
        } else {
          g.writeObjectFieldStart("geometry");
          g.writeStringField("type", "Point");
          g.writeArrayFieldStart("coordinates");
          g.writeNumber(p.lon());
          g.writeNumber(p.lat());
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("event_id", e.event().id());
        g.writeStringField("article", e.event().article());
        for (Map.Entry<String, Object> c : AcledColumns.of(e).entrySet()) {
          g.writeFieldName(c.getKey());
          writeScalar(c.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    private void writeScalar(Object v) throws IOException {
      if (v == null) {
        g.writeNull();
      } else if (v instanceof Integer i) {
        g.writeNumber(i);
      } else if (v instanceof Double d) {
        g.writeNumber(d);
      } else {
        g.writeString(v.toString());
      }
    }

    @Override
    public void close() {
      try {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

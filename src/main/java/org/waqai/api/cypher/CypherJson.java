package org.waqai.api.cypher;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;

/**
 * Driver values written straight to JSON with Jackson's streaming generator, without intermediate maps: nodes as
 * {@code {labels, properties}}, relationships as {@code {type, properties}}, paths as {@code {nodes,
 * relationships}}, points as {@code {srid, x, y[, z]}}, temporal values and durations as ISO-8601 strings, bytes as
 * base64, NaN and infinities as strings (JSON has no such numbers). Map keys and properties are sorted, so the same
 * node always serialises the same way. Neo4j's internal ids are left out: they are not stable, and the graph
 * carries its own {@code id} properties.
 */
final class CypherJson {
  // Schubfach instead of Double.toString for floats (same values, shortest form; several times faster).
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  private static final TypeSystem TYPES = TypeSystem.getDefault();

  private CypherJson() {}

  /** {@code {"columns": [...], "rows": [{column: value, ...}, ...], "truncated": bool}}. */
  static void write(CypherResult result, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("columns");
      for (String column : result.columns()) {
        g.writeString(column);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      // Column names escaped and encoded once, not once per row.
      SerializedString[] names = new SerializedString[result.columns().size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = new SerializedString(result.columns().get(i));
      }
      for (Record record : result.records()) {
        g.writeStartObject();
        for (int i = 0; i < names.length; i++) {
          g.writeFieldName(names[i]);
          value(g, record.get(i));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("truncated", result.truncated());
      g.writeEndObject();
    }
  }

  /** A nested value (list, map, node …) as JSON text, for a CSV cell. */
  static String text(Value v) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      value(g, v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static void value(JsonGenerator g, Value v) throws IOException {
    if (v == null || v.isNull()) {
      g.writeNull();
      return;
    }
    Type type = v.type();
    if (type.equals(TYPES.STRING())) {
      g.writeString(v.asString());
    } else if (type.equals(TYPES.INTEGER())) {
      g.writeNumber(v.asLong());
    } else if (type.equals(TYPES.FLOAT())) {
      double d = v.asDouble();
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeString(Double.toString(d));
      }
    } else if (type.equals(TYPES.BOOLEAN())) {
      g.writeBoolean(v.asBoolean());
    } else if (type.equals(TYPES.LIST())) {
      g.writeStartArray();
      for (Value item : v.values()) {
        value(g, item);
      }
      g.writeEndArray();
    } else if (type.equals(TYPES.MAP())) {
      properties(g, v);
    } else if (type.equals(TYPES.NODE())) {
      node(g, v.asNode());
    } else if (type.equals(TYPES.RELATIONSHIP())) {
      relationship(g, v.asRelationship());
    } else if (type.equals(TYPES.PATH())) {
      path(g, v.asPath());
    } else if (type.equals(TYPES.POINT())) {
      point(g, v.asPoint());
    } else if (type.equals(TYPES.BYTES())) {
      g.writeString(Base64.getEncoder().encodeToString(v.asByteArray()));
    } else {
      g.writeString(v.asObject().toString()); // dates, times, durations: ISO-8601
    }
  }

  private static void node(JsonGenerator g, Node n) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("labels");
    for (String label : n.labels()) {
      g.writeString(label);
    }
    g.writeEndArray();
    g.writeFieldName("properties");
    properties(g, n.asMap(v -> v));
    g.writeEndObject();
  }

  private static void relationship(JsonGenerator g, Relationship r) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", r.type());
    g.writeFieldName("properties");
    properties(g, r.asMap(v -> v));
    g.writeEndObject();
  }

  private static void path(JsonGenerator g, Path p) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("nodes");
    for (Node n : p.nodes()) {
      node(g, n);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relationships");
    for (Relationship r : p.relationships()) {
      relationship(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void point(JsonGenerator g, Point p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("srid", p.srid());
    g.writeNumberField("x", p.x());
    g.writeNumberField("y", p.y());
    if (!Double.isNaN(p.z())) {
      g.writeNumberField("z", p.z());
    }
    g.writeEndObject();
  }

  private static void properties(JsonGenerator g, Value map) throws IOException {
    properties(g, map.asMap(v -> v));
  }

  private static void properties(JsonGenerator g, Map<String, Value> map) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Value> e : new TreeMap<>(map).entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
  }
}

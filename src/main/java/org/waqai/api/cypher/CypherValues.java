package org.waqai.api.cypher;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Driver values as plain JSON values: nodes as {@code {labels, properties}}, relationships as
 * {@code {type, properties}}, paths as {@code {nodes, relationships}}, points as {@code {srid, x, y[, z]}},
 * temporal values and durations as ISO-8601 strings, bytes as base64. Neo4j's internal ids are left out: they are
 * not stable, and the graph carries its own {@code id} properties.
 */
public final class CypherValues {
  private static final TypeSystem TYPES = TypeSystem.getDefault();

  private CypherValues() {}

  public static Object toJson(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.hasType(TYPES.NODE())) {
      return node(v.asNode());
    }
    if (v.hasType(TYPES.RELATIONSHIP())) {
      return relationship(v.asRelationship());
    }
    if (v.hasType(TYPES.PATH())) {
      return path(v.asPath());
    }
    if (v.hasType(TYPES.POINT())) {
      return point(v.asPoint());
    }
    if (v.hasType(TYPES.LIST())) {
      return v.asList(CypherValues::toJson);
    }
    if (v.hasType(TYPES.MAP())) {
      return map(v.asMap(CypherValues::toJson));
    }
    if (v.hasType(TYPES.BYTES())) {
      return Base64.getEncoder().encodeToString(v.asByteArray());
    }
    if (v.hasType(TYPES.BOOLEAN())) {
      return v.asBoolean();
    }
    if (v.hasType(TYPES.INTEGER())) {
      return v.asLong();
    }
    if (v.hasType(TYPES.FLOAT())) {
      double d = v.asDouble();
      return Double.isFinite(d) ? d : Double.toString(d); // JSON has no NaN or Infinity
    }
    if (v.hasType(TYPES.STRING())) {
      return v.asString();
    }
    return v.asObject().toString(); // dates, times, durations: ISO-8601
  }

  private static Map<String, Object> node(Node n) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>();
    n.labels().forEach(labels::add);
    out.put("labels", labels);
    out.put("properties", map(n.asMap(CypherValues::toJson)));
    return out;
  }

  private static Map<String, Object> relationship(Relationship r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", r.type());
    out.put("properties", map(r.asMap(CypherValues::toJson)));
    return out;
  }

  private static Map<String, Object> path(Path p) {
    List<Object> nodes = new ArrayList<>();
    List<Object> relationships = new ArrayList<>();
    p.nodes().forEach(n -> nodes.add(node(n)));
    p.relationships().forEach(r -> relationships.add(relationship(r)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", nodes);
    out.put("relationships", relationships);
    return out;
  }

  private static Map<String, Object> point(Point p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("srid", p.srid());
    out.put("x", p.x());
    out.put("y", p.y());
    if (!Double.isNaN(p.z())) {
      out.put("z", p.z());
    }
    return out;
  }

  /** Sorted by key, so that the same node always serialises the same way. */
  private static Map<String, Object> map(Map<String, Object> m) {
    return new TreeMap<>(m);
  }
}

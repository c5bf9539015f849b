package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.waqai.store.neo4j.Neo4jConnection;
import org.waqai.store.neo4j.Neo4jSettings;

/**
 * Compares the stores of two data directories: Neo4j through the driver (nodes, labels, properties, relationships,
 * constraints, indexes) and TDB2 by dataset isomorphism of the exported TriG.
 */
final class StoreComparison {
  private StoreComparison() {}

  /** Asserts that two data directories hold the same graphs in Neo4j and isomorphic TDB2 datasets. */
  static void assertSameStores(Path tx, Path bulk, Path tmp) {
    Dump a = dump(tx);
    Dump b = dump(bulk);
    assertTrue(a.nodes.size() > 100, "nodes stored: " + a.nodes.size());
    assertEquals(a.schema, b.schema, "constraints and indexes");
    assertEquals(a.nodes, b.nodes, "nodes with labels and properties");
    assertEquals(a.relationships, b.relationships, "relationships with properties");
    DatasetGraph x = rdf(tx, tmp);
    DatasetGraph y = rdf(bulk, tmp);
    assertTrue(x.find().hasNext());
    assertTrue(IsoMatcher.isomorphic(x, y), "isomorphic TDB2 datasets");
  }

  /** Nodes, relationships and schema, each as sorted text: labels and properties with their types. */
  record Dump(List<String> nodes, List<String> relationships, List<String> schema) {}

  static Dump dump(Path data) {
    try (Neo4jConnection c = Neo4jConnection.open(settings(data));
        Session s = c.driver().session(config(c))) {
      List<String> nodes = s.run("MATCH (n) RETURN n").list(r -> node(r.get("n").asNode()));
      List<String> rels = s.run("MATCH (a)-[r]->(b) RETURN a.id AS a, r, b.id AS b")
          .list(r -> r.get("a").asString() + " -[" + r.get("r").asRelationship().type() + " "
              + properties(r.get("r").asRelationship()) + "]-> " + r.get("b").asString());
      List<String> schema = new ArrayList<>();
      s.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties")
          .forEachRemaining(r -> schema.add("constraint " + r.values()));
      s.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state")
          .forEachRemaining(r -> schema.add("index " + r.values()));
      return new Dump(sorted(nodes), sorted(rels), sorted(schema));
    }
  }

  private static SessionConfig config(Neo4jConnection c) {
    return c.database() == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(c.database());
  }

  /** How many Article nodes each article id has in Neo4j. */
  static Map<String, Long> articleCounts(Path data) {
    try (Neo4jConnection c = Neo4jConnection.open(settings(data));
        Session s = c.driver().session(config(c))) {
      Map<String, Long> out = new TreeMap<>();
      for (Record r : s.run("MATCH (a:Article) RETURN a.id AS id, count(*) AS n").list()) {
        out.put(r.get("id").asString(), r.get("n").asLong());
      }
      return out;
    }
  }

  private static String node(Node n) {
    List<String> labels = new ArrayList<>();
    n.labels().forEach(labels::add);
    return sorted(labels) + " " + properties(n);
  }

  private static String properties(org.neo4j.driver.types.Entity e) {
    Map<String, String> out = new TreeMap<>();
    for (String k : e.keys()) {
      Value v = e.get(k);
      out.put(k, v.type().name() + ":" + (v.type().name().equals("POINT") ? point(v.asPoint()) : v.asObject()));
    }
    return out.toString();
  }

  private static String point(Point p) {
    return p.srid() + "(" + p.x() + "," + p.y() + ")";
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    copy.sort(null);
    return copy;
  }

  /** The TDB2 dataset of a data directory, exported through {@code waqai export}. */
  static DatasetGraph rdf(Path data, Path tmp) {
    Path out = tmp.resolve(data.getFileName() + "-" + System.nanoTime() + ".trig");
    assertEquals(0, Main.run("export", "-q", "--data", data.toString(), "--format", "trig", "-o", out.toString()));
    return RDFDataMgr.loadDatasetGraph(out.toString());
  }

  private static Neo4jSettings settings(Path data) {
    return Neo4jSettings.from(Map.of("waqai.neo4j.data-dir", data.resolve("neo4j").toString()));
  }

}

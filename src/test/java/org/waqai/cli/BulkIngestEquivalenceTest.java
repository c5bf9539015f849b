package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import org.waqai.model.Article;
import org.waqai.store.neo4j.Neo4jConnection;
import org.waqai.store.neo4j.Neo4jSettings;
import org.waqai.testing.SyntheticArticles;

/**
 * One corpus ingested through the stores' transactions and through their bulk loaders ends in the same graphs: the
 * same Neo4j nodes, labels, properties, relationships, constraints and indexes, and isomorphic RDF datasets. The
 * corpus holds the sample articles, generated ones, and articles written here for the CSV's corners (quotes, line
 * breaks, empty and missing fields), one exact repeat and one article that comes again with other text. Articles
 * ingested afterwards into the bulk-loaded stores go through transactions and land once.
 */
class BulkIngestEquivalenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void bulkAndTransactionalPathsBuildTheSameGraphs() throws Exception {
    Path first = dir.resolve("first.jsonl");
    List<Map<String, String>> corpus = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("samples/illustrative.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        @SuppressWarnings("unchecked")
        Map<String, String> rec = JSON.readValue(line, LinkedHashMap.class);
        corpus.add(rec);
      }
    }
    for (Article a : SyntheticArticles.generate(30, 5)) {
      corpus.add(record(a.id(), a.text(), a.published().toString(), null, null));
    }
    corpus.add(record("corner-quotes", "قال \"المرصد السوري\" إن قوات النظام قصفت مدينة \"دوما\" بالمدفعية،\n"
        + "ما أسفر عن مقتل خمسة مدنيين.\r\nوسقط \"\" جرحى، بحسب ناشطين.", "2018-02-20", "https://example.org/a?x=\"1\"",
        ""));
    corpus.add(record("corner-undated", "اندلعت اشتباكات بين فصائل المعارضة وتنظيم الدولة في محيط مدينة الرقة.", null,
        null, "منصة, محلية"));
    corpus.add(record("changed-later", "شن الطيران الروسي غارات جوية على بلدات في ريف إدلب الجنوبي.", "2019-05-06",
        null, null));
    corpus.add(corpus.get(0)); // an exact repeat changes nothing
    corpus.add(record("changed-later", "وقصفت قوات النظام بلدة سراقب ما أسفر عن مقتل ثلاثة مدنيين.", "2019-05-07",
        null, null));
    write(first, corpus);

    Path tx = dir.resolve("tx");
    Path bulk = dir.resolve("bulk");
    assertEquals(0, Main.run("ingest", "-q", "--bulk=never", "--batch", "9", "--data", tx.toString(),
        first.toString()));
    assertEquals(0, Main.run("ingest", "-q", "--bulk=always", "--batch", "9", "--data", bulk.toString(),
        first.toString()));
    assertFalse(Files.exists(bulk.resolve("bulk-staging")), "staging removed after the load");
    assertSameStores(tx, bulk);

    // More articles, one changed and one repeated, go into the bulk-loaded stores through transactions.
    Path more = dir.resolve("more.jsonl");
    List<Map<String, String>> next = new ArrayList<>();
    for (Article a : SyntheticArticles.generate(8, 99)) {
      next.add(record("more-" + a.id(), a.text(), a.published().toString(), null, null));
    }
    next.add(record("corner-undated", "قصفت قوات النظام مدينة حلب بالمدفعية الثقيلة.", "2020-01-02", null, null));
    next.add(corpus.get(1));
    write(more, next);
    for (Path data : List.of(tx, bulk)) {
      assertEquals(0, Main.run("ingest", "-q", "--batch", "4", "--data", data.toString(), more.toString()));
    }
    assertSameStores(tx, bulk);
    Map<String, Long> perArticle = articleCounts(bulk);
    for (Map<String, String> rec : next) {
      assertEquals(1L, perArticle.get(rec.get("id")), "article " + rec.get("id") + " stored once");
    }
  }

  private void assertSameStores(Path tx, Path bulk) {
    Dump a = dump(tx);
    Dump b = dump(bulk);
    assertTrue(a.nodes.size() > 100, "nodes stored: " + a.nodes.size());
    assertEquals(a.schema, b.schema, "constraints and indexes");
    assertEquals(a.nodes, b.nodes, "nodes with labels and properties");
    assertEquals(a.relationships, b.relationships, "relationships with properties");
    DatasetGraph x = rdf(tx);
    DatasetGraph y = rdf(bulk);
    assertTrue(x.find().hasNext());
    assertTrue(IsoMatcher.isomorphic(x, y), "isomorphic TDB2 datasets");
  }

  /** Nodes, relationships and schema, each as sorted text: labels and properties with their types. */
  private record Dump(List<String> nodes, List<String> relationships, List<String> schema) {}

  private static Dump dump(Path data) {
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

  private static Map<String, Long> articleCounts(Path data) {
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

  private DatasetGraph rdf(Path data) {
    Path out = dir.resolve(data.getFileName() + "-" + System.nanoTime() + ".trig");
    assertEquals(0, Main.run("export", "-q", "--data", data.toString(), "--format", "trig", "-o", out.toString()));
    return RDFDataMgr.loadDatasetGraph(out.toString());
  }

  private static Neo4jSettings settings(Path data) {
    return Neo4jSettings.from(Map.of("waqai.neo4j.data-dir", data.resolve("neo4j").toString()));
  }

  private static Map<String, String> record(String id, String text, String published, String url, String outlet) {
    Map<String, String> rec = new LinkedHashMap<>();
    rec.put("id", id);
    rec.put("text", text);
    if (published != null) {
      rec.put("published", published);
    }
    if (url != null) {
      rec.put("url", url);
    }
    if (outlet != null) {
      rec.put("outlet", outlet);
    }
    return rec;
  }

  private static void write(Path file, List<Map<String, String>> records) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map<String, String> rec : records) {
        w.write(JSON.writeValueAsString(rec) + "\n");
      }
    }
  }
}

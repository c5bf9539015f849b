package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.Article;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.neo4j.Neo4jSettings;
import org.waqai.testing.SyntheticArticles;

/**
 * The ingest pipeline ends in the same stores whatever the threads and batch sizes: one thread and one big batch
 * against three threads and small batches give isomorphic RDF and the same Neo4j counts.
 */
class IngestPipelineCommandTest {
  @TempDir
  Path dir;

  @Test
  void threadsAndBatchesDoNotChangeTheStores() throws Exception {
    Path in = dir.resolve("in.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (Article a : SyntheticArticles.generate(40, 11)) {
        Map<String, String> rec = new LinkedHashMap<>();
        rec.put("id", a.id());
        rec.put("text", a.text());
        rec.put("published", a.published().toString());
        w.write(json.writeValueAsString(rec) + "\n");
      }
    }
    Path seq = dir.resolve("seq");
    Path par = dir.resolve("par");
    assertEquals(0, Main.run("ingest", "-q", "--threads", "1", "--batch", "500", "--data", seq.toString(),
        in.toString()));
    assertEquals(0, Main.run("ingest", "-q", "--threads", "3", "--batch", "3", "--data", par.toString(),
        in.toString()));
    DatasetGraph a = dump(seq);
    DatasetGraph b = dump(par);
    assertTrue(a.find().hasNext());
    assertTrue(IsoMatcher.isomorphic(a, b), "the two TDB2 stores hold isomorphic datasets");
    long[] x = neo4jCounts(seq);
    long[] y = neo4jCounts(par);
    assertTrue(x[1] > 40, "events stored");
    assertEquals(x[0], y[0], "articles in Neo4j");
    assertEquals(x[1], y[1], "events in Neo4j");
  }

  private DatasetGraph dump(Path data) {
    Path out = dir.resolve(data.getFileName() + ".trig");
    assertEquals(0, Main.run("export", "-q", "--data", data.toString(), "--format", "trig", "-o", out.toString()));
    return RDFDataMgr.loadDatasetGraph(out.toString());
  }

  private static long[] neo4jCounts(Path data) {
    Neo4jSettings settings = Neo4jSettings.from(Map.of("waqai.neo4j.data-dir", data.resolve("neo4j").toString()));
    try (Neo4jEventStore store = Neo4jEventStore.open(settings)) {
      return new long[] {store.countArticles(), store.countEvents()};
    }
  }
}

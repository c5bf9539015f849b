package org.waqai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.extract.EventExtractor;
import org.waqai.model.Article;
import org.waqai.store.EventStore;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.neo4j.Neo4jSettings;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfSettings;
import org.waqai.testing.SyntheticArticles;

/**
 * Kills a real {@code waqai ingest} process with SIGKILL in the middle of a load, then checks that the next start
 * repairs both stores from the journal: the same articles with the same fingerprints and event counts in Neo4j and
 * in TDB2, and nothing lost once the input is ingested again. It runs the transactional path (--bulk=never): a bulk
 * first load commits nothing until its end, and an interrupted one is loaded again from the start.
 */
class IngestCrashTest {
  @TempDir
  Path dir;

  @Test
  void killedIngestIsRepairedAtTheNextStart() throws Exception {
    List<Article> corpus = SyntheticArticles.generate(400, 7);
    Path input = dir.resolve("corpus.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Article a : corpus) {
        w.write(json.writeValueAsString(Map.of("id", a.id(), "text", a.text(), "published",
            a.published().toString())));
        w.write('\n');
      }
    }
    Path data = dir.resolve("data");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.waqai.cli.Main", "ingest", input.toString(), "--data",
        data.toString(), "--batch", "20", "--bulk=never", "--verbose").redirectErrorStream(true).start();
    int batches = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      String line;
      while (batches < 5 && System.nanoTime() < deadline && (line = out.readLine()) != null) {
        if (line.startsWith("batch:")) {
          batches++;
        }
      }
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(5, batches, "the ingest process should have committed a few batches before the kill");

    EventExtractor extractor = new EventExtractor();
    try (EventStore neo4j = Neo4jEventStore.open(Neo4jSettings.from(Map.of(
            "waqai.neo4j.data-dir", data.resolve("neo4j").toString(), "waqai.neo4j.bolt-port", "0")));
        EventStore rdf = RdfEventStore.open(RdfSettings.tdb2(data.resolve("tdb2")))) {
      List<EventStore> stores = List.of(neo4j, rdf);
      stores.forEach(EventStore::initialise);
      Ingestor ingestor = new Ingestor(extractor, stores, new IngestJournal(data.resolve("journal")));
      ingestor.recover();
      List<String> ids = corpus.stream().map(Article::id).toList();
      assertEquals(neo4j.fingerprints(ids), rdf.fingerprints(ids), "both stores hold the same articles");
      assertEquals(neo4j.countEvents(), rdf.countEvents(), "and the same events");
      assertTrue(neo4j.countArticles() >= 5 * 20, "what was committed before the kill is still there");
      assertTrue(ingestor.recover() == 0, "the journal is empty after recovery");

      for (int i = 0; i < corpus.size(); i += 100) {
        ingestor.ingest(corpus.subList(i, Math.min(corpus.size(), i + 100)));
      }
      long expected = corpus.stream().mapToLong(a -> extractor.extract(a).size()).sum();
      assertEquals(corpus.size(), neo4j.countArticles());
      assertEquals(corpus.size(), rdf.countArticles());
      assertEquals(expected, neo4j.countEvents());
      assertEquals(expected, rdf.countEvents());
    }
  }
}

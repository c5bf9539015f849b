package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.extract.EventExtractor;
import org.waqai.ingest.Ingestor;
import org.waqai.model.Article;
import org.waqai.store.ArticleEvents;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfSettings;
import org.waqai.testing.SyntheticArticles;

/**
 * Kills a real {@code waqai compact} process with SIGKILL at several moments of its work (here the copy takes about
 * 3 s, so most kills land in the middle of it), and checks each time that the store then opens with every article,
 * fingerprint, event and quad it had, without the unfinished copy. It prints the generations each kill left.
 */
class CompactCrashTest {
  @TempDir
  Path dir;

  @Test
  void killedCompactionLosesNothing() throws Exception {
    Path data = dir.resolve("data");
    Path tdb = data.resolve("tdb2");
    List<Article> corpus = SyntheticArticles.generate(80, 13);
    List<String> ids = corpus.stream().map(Article::id).toList();
    EventExtractor extractor = new EventExtractor();
    Map<String, Object> expected;
    try (RdfEventStore store = RdfEventStore.open(RdfSettings.tdb2(tdb))) {
      store.initialise();
      for (int version = 0; version < 5; version++) {
        List<ArticleEvents> batch = new ArrayList<>();
        for (Article a : corpus) {
          batch.add(new ArticleEvents(a, extractor.extract(a), Ingestor.fingerprint(a), "crash-" + version));
        }
        store.write(batch);
      }
      expected = state(store, ids);
    }

    List<String> seen = new ArrayList<>();
    for (long delayMs : new long[] {0, 300, 1000, 2000, 3000, 6000}) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "org.waqai.cli.Main", "compact", "--data", data.toString())
          .redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null && !line.contains("compacting")) {
          // until the store is open and the compaction begins
        }
        Thread.sleep(delayMs);
        boolean killed = p.isAlive();
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        seen.add(delayMs + " ms: " + (killed ? "killed, " : "had finished, ") + storageDirs(tdb));
      }
      try (RdfEventStore store = RdfEventStore.open(RdfSettings.tdb2(tdb))) {
        assertEquals(expected, state(store, ids), "killed " + delayMs + " ms into the compaction: " + seen);
      }
      List<String> after = storageDirs(tdb);
      assertTrue(after.stream().noneMatch(d -> d.endsWith("-tmp")), "an unfinished copy is removed: " + seen);
    }
    System.out.println("CompactCrashTest: generations right after each kill: " + seen);
    assertEquals(0, Main.run("compact", "-q", "--data", data.toString()), "and it compacts in the end: " + seen);
    try (RdfEventStore store = RdfEventStore.open(RdfSettings.tdb2(tdb))) {
      assertEquals(expected, state(store, ids));
    }
    assertEquals(1, storageDirs(tdb).size(), seen.toString());
  }

  private static Map<String, Object> state(RdfEventStore store, List<String> ids) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("events", store.countEvents());
    s.put("articles", store.countArticles());
    s.put("fingerprints", store.fingerprints(ids));
    s.put("quads", store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").next().getLiteral("n")
        .getLong());
    return s;
  }

  private static List<String> storageDirs(Path tdb) throws Exception {
    try (Stream<Path> s = Files.list(tdb)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
    }
  }
}

package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.Article;
import org.waqai.testing.SyntheticArticles;

/**
 * Nothing is lost when a bulk first load dies. A real {@code waqai ingest --bulk=always} process is killed with
 * SIGKILL in each phase of the bulk path in turn: while it stages files, while the Neo4j import tool runs, while the
 * TDB2 loader runs, and after the loaders while the stores are opened and the deferred article is replayed; each
 * next run starts on what the killed one left. A last run on the same input then ends with both stores complete,
 * equal to a clean bulk load of that input (Neo4j through the driver, TDB2 by dataset isomorphism), each article
 * stored once. The phases are reached through the lines {@code --verbose} prints before each loader and after the
 * loads, and for staging through the staged N-Quads file growing.
 */
class BulkIngestCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void bulkLoadKilledInEachPhaseEndsCompleteAndEqualToACleanLoad() throws Exception {
    List<Map<String, String>> corpus = new ArrayList<>();
    corpus.add(record("changed-later", "شن الطيران الحربي غارات جوية على بلدات في ريف إدلب الجنوبي.", "2019-05-06"));
    for (Article a : SyntheticArticles.generate(120, 11)) {
      corpus.add(record(a.id(), a.text(), a.published().toString()));
    }
    corpus.add(corpus.get(5)); // an exact repeat
    corpus.add(record("changed-later", "وقصفت قوات النظام بلدة سراقب ما أسفر عن مقتل ثلاثة مدنيين.", "2019-05-07"));
    Path input = dir.resolve("corpus.jsonl");
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Map<String, String> rec : corpus) {
        w.write(JSON.writeValueAsString(rec) + "\n");
      }
    }
    Path data = dir.resolve("data");
    Path staged = data.resolve("bulk-staging/rdf/graphs.nq");

    List<String> out = killWhen(input, data, lines -> size(staged) > 256 * 1024);
    assertFalse(out.stream().anyMatch(l -> l.contains("loading with")), "killed while staging: " + out);
    assertTrue(Files.isDirectory(data.resolve("bulk-staging")));

    out = killWhen(input, data, lines -> lines.stream().anyMatch(l -> l.contains("loading with the Neo4j")));
    assertFalse(out.stream().anyMatch(l -> l.contains("loading with the TDB2")), "killed in the import: " + out);

    out = killWhen(input, data, lines -> lines.stream().anyMatch(l -> l.contains("loading with the TDB2")));
    assertFalse(out.stream().anyMatch(l -> l.contains("loaded;")), "killed in the TDB2 load: " + out);

    out = killWhen(input, data, lines -> lines.stream().anyMatch(l -> l.contains("loaded; opening the stores")));
    assertTrue(Files.isDirectory(data.resolve("bulk-staging")), "killed before the load was complete: " + out);

    assertEquals(0, Main.run("ingest", "-q", "--bulk=always", "--batch", "40", "--data", data.toString(),
        input.toString()));
    assertFalse(Files.exists(data.resolve("bulk-staging")), "staging removed after the load");
    assertFalse(Files.exists(data.resolve("bulk-staging.done")));

    Path clean = dir.resolve("clean");
    assertEquals(0, Main.run("ingest", "-q", "--bulk=always", "--batch", "40", "--data", clean.toString(),
        input.toString()));
    StoreComparison.assertSameStores(clean, data, dir);
    Set<String> ids = new LinkedHashSet<>();
    corpus.forEach(rec -> ids.add(rec.get("id")));
    Map<String, Long> perArticle = StoreComparison.articleCounts(data);
    assertEquals(ids, perArticle.keySet(), "every article stored");
    perArticle.forEach((id, n) -> assertEquals(1L, n, "article " + id + " stored once"));
  }

  /**
   * Runs {@code ingest --bulk=always --verbose} as its own JVM and kills it with SIGKILL as soon as {@code when}
   * holds (polled on the lines printed so far and whatever else it looks at); returns the lines printed.
   */
  private static List<String> killWhen(Path input, Path data, Predicate<List<String>> when) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), "org.waqai.cli.Main", "ingest", input.toString(), "--data",
        data.toString(), "--batch", "40", "--threads", "2", "--bulk=always", "--verbose")
        .redirectErrorStream(true).start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the process was killed
      }
    });
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    try {
      while (!when.test(lines)) {
        assertTrue(p.isAlive(), "ingest ended before the moment to kill it: " + lines);
        assertTrue(System.nanoTime() < deadline, "ingest did not reach the moment to kill it: " + lines);
        Thread.sleep(5);
      }
    } finally {
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      reader.join(5_000);
    }
    return List.copyOf(lines);
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> record(String id, String text, String published) {
    Map<String, String> rec = new LinkedHashMap<>();
    rec.put("id", id);
    rec.put("text", text);
    rec.put("published", published);
    return rec;
  }
}

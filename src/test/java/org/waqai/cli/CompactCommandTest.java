package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.Article;
import org.waqai.testing.SyntheticArticles;

/**
 * {@code waqai compact} after articles were re-ingested changed several times: the store shrinks, exports the same
 * quads and takes the next ingest; it refuses a store another process holds, a missing one and a remote one.
 */
class CompactCommandTest {
  private static final Pattern SIZES = Pattern.compile("([0-9.]+) MiB -> ([0-9.]+) MiB on disk");

  @TempDir
  Path dir;

  @Test
  void compactsAStoreGrownByReingestsAndKeepsItsData() throws Exception {
    String data = dir.resolve("data").toString();
    List<Article> corpus = SyntheticArticles.generate(60, 5);
    for (int edition = 0; edition < 4; edition++) {
      Path input = write(corpus, edition);
      assertEquals(0, Main.run("ingest", "-q", input.toString(), "--data", data), "ingest of edition " + edition);
    }
    DatasetGraph before = export(data, "before.trig");

    CliRun compact = CliRun.run("compact", "--data", data);
    assertEquals(0, compact.code(), compact.err());
    Matcher m = SIZES.matcher(compact.err());
    assertTrue(m.find(), compact.err());
    double mibBefore = Double.parseDouble(m.group(1));
    double mibAfter = Double.parseDouble(m.group(2));
    assertTrue(mibAfter < mibBefore / 2, "three editions of dead space given back: " + compact.err());
    assertTrue(compact.err().contains("storage Data-0001 -> Data-0002"), compact.err());
    assertEquals(List.of("Data-0002"), storageDirs(dir.resolve("data").resolve("tdb2")));

    DatasetGraph after = export(data, "after.trig");
    assertTrue(IsoMatcher.isomorphic(before, after), "the same quads in the same graphs after compaction");

    Path next = write(corpus, 4);
    assertEquals(0, Main.run("ingest", "-q", next.toString(), "--data", data), "the compacted store takes writes");
    DatasetGraph updated = export(data, "updated.trig");
    assertTrue(!IsoMatcher.isomorphic(after, updated), "and the new edition replaced the old one");
    assertEquals(after.size(), updated.size(), "one graph per article, as before");
  }

  @Test
  void refusesAStoreAnotherProcessHolds() throws Exception {
    Path data = dir.resolve("data");
    Path tdb = data.resolve("tdb2");
    assertEquals(0, Main.run("ingest", "-q", Path.of("samples", "illustrative.jsonl").toString(), "--data",
        data.toString()));
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldTdb2.class.getName(), tdb.toString()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertEquals("holding " + tdb, out.readLine());
      CliRun refused = CliRun.run("compact", "--data", data.toString());
      assertEquals(1, refused.code());
      assertTrue(refused.err().contains(tdb.toString()) && refused.err().contains("in use by another Waqai process (the service?)")
          && refused.err().contains("stop the service"), refused.err());
      assertEquals(List.of("Data-0001"), storageDirs(tdb), "nothing touched");
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(0, CliRun.run("compact", "-q", "--data", data.toString()).code(), "once the other process is gone");
  }

  @Test
  void ingestCompactsAfterwardsOnRequestWhenArticlesWereRewritten() throws Exception {
    Path data = dir.resolve("data");
    Path tdb = data.resolve("tdb2");
    List<Article> corpus = SyntheticArticles.generate(10, 3);
    assertEquals(0, Main.run("ingest", "-q", write(corpus, 0).toString(), "--data", data.toString()));
    CliRun changed = CliRun.run("ingest", write(corpus, 1).toString(), "--data", data.toString(), "--compact");
    assertEquals(0, changed.code(), changed.err());
    assertTrue(changed.err().contains("waqai ingest: compacted " + tdb), changed.err());
    assertEquals(List.of("Data-0002"), storageDirs(tdb));
    CliRun unchanged = CliRun.run("ingest", write(corpus, 1).toString(), "--data", data.toString(), "--compact");
    assertEquals(0, unchanged.code(), unchanged.err());
    assertTrue(!unchanged.err().contains("compacted"), "nothing rewritten, nothing to give back: " + unchanged.err());
    assertEquals(List.of("Data-0002"), storageDirs(tdb));
  }

  @Test
  void refusesAMissingStoreARemoteStoreAndBadUsage() {
    CliRun missing = CliRun.run("compact", "--data", dir.resolve("nothing").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no TDB2 store there"), missing.err());
    assertTrue(!Files.exists(dir.resolve("nothing")), "no empty store created");

    Map<String, String> remote = Map.of("waqai.rdf.mode", "remote",
        "waqai.rdf.query-url", "http://127.0.0.1:9/ds/query", "waqai.rdf.update-url", "http://127.0.0.1:9/ds/update",
        "waqai.rdf.gsp-url", "http://127.0.0.1:9/ds/data");
    remote.forEach(System::setProperty);
    try {
      CliRun refused = CliRun.run("compact");
      assertEquals(1, refused.code());
      assertTrue(refused.err().contains("/$/compact/"), refused.err());
      CliRun ingest = CliRun.run("ingest", "--compact", "--data", dir.resolve("remote").toString());
      assertEquals(2, ingest.code(), "--compact is a usage error in remote mode: " + ingest.err());
      assertTrue(!Files.exists(dir.resolve("remote")), "refused before opening any store");
    } finally {
      remote.keySet().forEach(System::clearProperty);
    }

    CliRun help = CliRun.run("compact", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Usage: waqai compact") && help.out().contains("--data"), help.out());
    assertEquals(2, CliRun.run("compact", "--no-such-option").code());
  }

  /** The corpus with every text changed in {@code edition}, as a re-ingest after new article versions would see. */
  private Path write(List<Article> corpus, int edition) throws Exception {
    Path input = dir.resolve("edition-" + edition + ".jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Article a : corpus) {
        String text = a.text() + " (تحديث " + edition + ")";
        w.write(json.writeValueAsString(Map.of("id", a.id(), "text", text, "published", a.published().toString())));
        w.write('\n');
      }
    }
    return input;
  }

  private DatasetGraph export(String data, String file) {
    Path out = dir.resolve(file);
    assertEquals(0, Main.run("export", "-q", "--data", data, "-o", out.toString()));
    return RDFDataMgr.loadDatasetGraph(out.toString());
  }

  private static List<String> storageDirs(Path tdb) throws Exception {
    try (Stream<Path> s = Files.list(tdb)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
    }
  }


}

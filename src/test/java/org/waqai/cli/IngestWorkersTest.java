package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.waqai.extract.EventExtractor;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfSettings;
import org.waqai.testing.SyntheticArticles;

/**
 * Many workers on external stores: a Neo4j server process (the embedded Neo4j serving Bolt) and a Fuseki server
 * process, and two {@code waqai ingest} processes at once on overlapping inputs. Every article must end up stored
 * exactly once in both stores, with exactly the events the extractor gives it: nothing lost, nothing doubled.
 */
class IngestWorkersTest {
  private static final int ARTICLES = 48;

  @TempDir
  Path dir;

  private final List<Process> servers = new ArrayList<>();

  @AfterEach
  void stopServers() throws Exception {
    for (Process p : servers) {
      p.getOutputStream().close();
      p.destroy();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void twoWorkersOnOverlappingInputsStoreEveryArticleOnce() throws Exception {
    List<Article> corpus = SyntheticArticles.generate(ARTICLES, 15);
    // worker A: articles 0..31; worker B: 16..47 in reverse order, so both reach the shared ones at about the same time
    Path a = write("a.jsonl", corpus.subList(0, 32));
    Path b = write("b.jsonl", reversed(corpus.subList(16, ARTICLES)));

    String bolt = startNeo4j();
    String fuseki = startFuseki();
    // the server requires the credentials it generated into its data directory, like any embedded store
    org.waqai.store.neo4j.BoltCredentials login =
        org.waqai.store.neo4j.BoltCredentials.forDataDir(dir.resolve("neo4j"));
    Map<String, String> props = new LinkedHashMap<>();
    props.put("waqai.neo4j.uri", bolt);
    props.put("waqai.neo4j.user", login.user());
    props.put("waqai.neo4j.password", login.password());
    props.put("waqai.neo4j.batch-size", "100");
    props.put("waqai.rdf.mode", "remote");
    props.put("waqai.rdf.query-url", fuseki + "query");
    props.put("waqai.rdf.update-url", fuseki + "update");
    props.put("waqai.rdf.gsp-url", fuseki + "data");

    Process w1 = java(props, "org.waqai.cli.Main", "ingest", "-q", "--batch", "5", "--data",
        dir.resolve("w1").toString(), a.toString());
    Process w2 = java(props, "org.waqai.cli.Main", "ingest", "-q", "--batch", "3", "--threads", "2", "--data",
        dir.resolve("w2").toString(), b.toString());
    assertEquals(0, finish(w1), "worker 1 exit code");
    assertEquals(0, finish(w2), "worker 2 exit code");

    EventExtractor extractor = new EventExtractor();
    Set<String> expected = new HashSet<>();
    for (Article article : corpus) {
      extractor.extract(article).stream().map(Event::id).forEach(expected::add);
    }
    try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic(login.user(), login.password()));
        Neo4jEventStore graph = new Neo4jEventStore(driver, "neo4j", 1000);
        RdfEventStore rdf = RdfEventStore.open(RdfSettings.remote(fuseki + "query", fuseki + "update",
            fuseki + "data"))) {
      assertEquals(ARTICLES, graph.countArticles(), "articles in Neo4j");
      assertEquals(ARTICLES, rdf.countArticles(), "articles in the SPARQL store");
      assertEquals(expected.size(), graph.countEvents(), "events in Neo4j");
      assertEquals(expected.size(), rdf.countEvents(), "events in the SPARQL store");
      try (var session = driver.session()) {
        List<String> ids = session.run("MATCH (e:Event) RETURN e.id AS id").list(r -> r.get("id").asString());
        assertEquals(expected, new HashSet<>(ids), "the extractor's events, each once");
        assertEquals(ids.size(), new HashSet<>(ids).size());
        long badArticles = session.run("MATCH (a:Article) WHERE COUNT { (a)<-[:REPORTED_IN]-() } = 0 RETURN count(a) AS n")
            .single().get("n").asLong();
        assertTrue(badArticles <= ARTICLES, "sanity");
      }
    }
  }

  private static <T> List<T> reversed(List<T> in) {
    List<T> out = new ArrayList<>(in);
    java.util.Collections.reverse(out);
    return out;
  }

  private Path write(String name, List<Article> articles) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path f = dir.resolve(name);
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      for (Article x : articles) {
        Map<String, String> rec = new LinkedHashMap<>();
        rec.put("id", x.id());
        rec.put("text", x.text());
        rec.put("published", x.published().toString());
        w.write(json.writeValueAsString(rec) + "\n");
      }
    }
    return f;
  }

  private String startNeo4j() throws IOException {
    Process p = java(Map.of(), Neo4jServerProcess.class.getName(), dir.resolve("neo4j").toString());
    servers.add(p);
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("bolt ")) {
        return line.substring(5).trim();
      }
    }
    throw new IllegalStateException("the Neo4j server process ended without serving Bolt");
  }

  /** Fuseki's own command line, an in-memory updatable dataset {@code /ds}; returns the dataset's URL. */
  private String startFuseki() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = java(Map.of(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port=" + port, "--localhost",
        "--mem", "/ds");
    servers.add(p);
    String base = "http://127.0.0.1:" + port;
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      try {
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/ds/query?query=ASK%7B%7D")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return base + "/ds/";
        }
      } catch (IOException e) {
        // not listening yet
      }
      assertTrue(p.isAlive(), "Fuseki ended before it served");
      Thread.sleep(200);
    }
    throw new IllegalStateException("Fuseki did not start within 120 s");
  }

  private Process java(Map<String, String> props, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dfile.encoding=UTF-8");
    props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (!mainClass.equals(Neo4jServerProcess.class.getName())) {
      pb.redirectOutput(dir.resolve(mainClass.replaceAll(".*\\.", "") + "-" + System.nanoTime() + ".out").toFile());
    }
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb.start();
  }

  private static int finish(Process p) throws InterruptedException {
    if (!p.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("an ingest worker did not finish within 5 minutes");
    }
    return p.exitValue();
  }
}

package org.waqai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.tdb2.TDB2Factory;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Latency of the canonical questions through the running service against the same query texts sent straight to its
 * embedded Neo4j over Bolt (official Java driver) and run by Jena ARQ on a copy of its TDB2 directory, one request at
 * a time on one connection per path. The service is timed through two clients, the JDK's {@code HttpClient} and a
 * bare keep-alive socket ({@link KeepAliveHttp}), because on requests of a few milliseconds the JDK client's own
 * thread hand-offs outweigh the service. The questions are timed one after the other, each question's paths
 * interleaved round by round, so noise on this shared machine falls on all paths alike. It also writes the request bodies and URLs that {@code bench/service-bench.sh} hands
 * to wrk.
 *
 * <pre>
 * ServiceBenchHarness SERVICE_URL BOLT_URI TDB2_COPY OUT_DIR [ROUNDS] [WARMUP] [LANGS] [BLOCK] [QUERIES]
 *     [WARMUP_SECONDS]
 * </pre>
 *
 * Each question is warmed up, all its paths interleaved as in the timed rounds, for {@code WARMUP} rounds (default
 * 15) and at least {@code WARMUP_SECONDS} (default 30): fifteen rounds of a millisecond lookup are about a hundred
 * requests per path, far from what the JIT compilers need, and the service runs more code per request (HTTP, REST,
 * JSON) than the direct paths, so a count of rounds alone times a half-compiled service against warm direct paths.
 *
 * {@code LANGS} is {@code cypher}, {@code sparql} or {@code both} (the default): the timed rounds of the other
 * language are skipped, which makes a Cypher-only run minutes shorter (the SPARQL questions take up to a second).
 * {@code BLOCK} (default 1) is the number of requests sent in a row on one path in each round, each one timed: 1 times
 * every request after another path's (threads parked in between), 10 or more times a steady stream as wrk does.
 * {@code QUERIES} (default all) is a comma-separated list of the questions to time.
 *
 * Prints a table and writes {@code OUT_DIR/latency.tsv}; exits 1 if any request failed or the service's answer
 * has a different number of rows from the direct path's.
 */
public final class ServiceBenchHarness {
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * The timed paths: per language, the service through two HTTP clients and the store straight. Cypher's direct
   * path runs two ways, the driver's managed read transaction ({@code executeRead}: BEGIN+RUN+PULL, then COMMIT)
   * and an auto-commit read (RUN+PULL), which is how the service itself runs a query.
   */
  private static final String[] PATHS = {"/cypher HttpClient", "/cypher socket", "bolt executeRead",
      "bolt auto-commit", "/sparql HttpClient", "/sparql socket", "arq direct"};
  private static final int CYPHER_PATHS = 4;

  private final String service;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final KeepAliveHttp socket;
  private final Driver driver;
  private final Dataset dataset;

  private ServiceBenchHarness(String service, KeepAliveHttp socket, Driver driver, Dataset dataset) {
    this.service = service.replaceAll("/$", "");
    this.socket = socket;
    this.driver = driver;
    this.dataset = dataset;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: ServiceBenchHarness SERVICE_URL BOLT_URI TDB2_COPY OUT_DIR [ROUNDS] [WARMUP] [LANGS] "
          + "[BLOCK] [QUERIES] [WARMUP_SECONDS]");
      System.exit(2);
    }
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 15;
    String langs = args.length > 6 ? args[6] : "both";
    int block = args.length > 7 ? Integer.parseInt(args[7]) : 1;
    List<String> only = args.length > 8 && !args[8].isBlank() ? List.of(args[8].split(",")) : List.of();
    Duration warmupTime = Duration.ofSeconds(args.length > 9 ? Long.parseLong(args[9]) : 30);
    if (!List.of("cypher", "sparql", "both").contains(langs)) {
      System.err.println("LANGS must be cypher, sparql or both, not " + langs);
      System.exit(2);
    }
    Path out = Files.createDirectories(Path.of(args[3]));
    Dataset ds = TDB2Factory.connectDataset(args[2]);
    int failures;
    URI serviceUri = URI.create(args[0]);
    try (Driver driver = GraphDatabase.driver(args[1], BenchBolt.auth());
        KeepAliveHttp socket = new KeepAliveHttp(serviceUri.getHost(), serviceUri.getPort())) {
      driver.verifyConnectivity();
      failures = new ServiceBenchHarness(args[0], socket, driver, ds).run(out, rounds, warmup, warmupTime, langs,
          block, only, System.out);
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  private int run(Path out, int rounds, int warmup, Duration warmupTime, String langs, int block, List<String> only,
      PrintStream log) throws Exception {
    boolean[] timed = new boolean[PATHS.length];
    for (int p = 0; p < PATHS.length; p++) {
      timed[p] = langs.equals("both") || langs.equals(p < CYPHER_PATHS ? "cypher" : "sparql");
    }
    String eventId = firstEventId();
    String eventIri = eventIri(eventId);
    List<ServiceBenchQueries.Query> queries = ServiceBenchQueries.all(eventId, eventIri);
    int failures = 0;

    // Inputs for wrk, and a check that both routes give the same number of rows.
    for (ServiceBenchQueries.Query q : queries) {
      Files.writeString(out.resolve(q.name() + ".cypher.json"), JSON.writeValueAsString(Map.of("query", q.cypher())));
      Files.writeString(out.resolve(q.name() + ".sparql.path"), sparqlPath(q.sparql()));
      Files.writeString(out.resolve(q.name() + ".cypher"), q.cypher());
      Files.writeString(out.resolve(q.name() + ".rq"), q.sparql());
      int[] rows = new int[PATHS.length];
      boolean truncated = false;
      if (timed[0]) {
        JsonNode c = JSON.readTree(postCypher(q.cypher()));
        rows[0] = c.get("rows").size();
        rows[1] = JSON.readTree(socketCypher(q.cypher())).get("rows").size();
        rows[2] = bolt(q.cypher());
        rows[3] = boltAutoCommit(q.cypher());
        truncated = c.path("truncated").asBoolean();
      }
      if (timed[CYPHER_PATHS]) {
        rows[4] = JSON.readTree(getSparql(q.sparql())).at("/results/bindings").size();
        rows[5] = JSON.readTree(socketSparql(q.sparql())).at("/results/bindings").size();
        rows[6] = arq(q.sparql());
      }
      log.printf("%-7s rows: %s%s%n", q.name(), Arrays.toString(rows), truncated ? "  (service truncated!)" : "");
      boolean cypherAgrees = rows[0] == rows[1] && rows[1] == rows[2] && rows[2] == rows[3];
      boolean sparqlAgrees = rows[4] == rows[5] && rows[5] == rows[6];
      if (!cypherAgrees || !sparqlAgrees || (timed[0] && rows[2] == 0) || (timed[CYPHER_PATHS] && rows[6] == 0)) {
        log.printf("  MISMATCH or empty answer for %s%n", q.name());
        failures++;
      }
      Files.writeString(out.resolve(q.name() + ".rows"), rows[0] + " " + rows[4] + "\n");
    }

    Map<String, long[][]> samples = new LinkedHashMap<>();
    for (ServiceBenchQueries.Query q : queries) {
      samples.put(q.name(), new long[PATHS.length][rounds * block]);
    }
    // One question after the other, its paths interleaved round by round: a question's latency is measured in a
    // stream of that question, as wrk measures it, and a one-row lookup is not timed right after a second of
    // another question's evaluation has gone through the caches.
    List<ServiceBenchQueries.Query> timedQueries = queries.stream()
        .filter(q -> only.isEmpty() || only.contains(q.name())).toList();
    for (ServiceBenchQueries.Query q : timedQueries) {
      long warmUntil = System.nanoTime() + warmupTime.toNanos();
      int warmed = 0;
      while (warmed < warmup || System.nanoTime() < warmUntil) {
        failures += round(q, warmed++, block, timed, null, log);
      }
      for (int r = 0; r < rounds; r++) {
        failures += round(q, r, block, timed, samples.get(q.name()), log);
      }
      System.err.printf("  %s: %d rounds (+%d warm-up rounds) done%n", q.name(), rounds, warmed);
    }

    if (rounds == 0) {
      log.printf("no timed rounds (ROUNDS=0): wrk inputs written to %s; failures: %d%n", out, failures);
      return failures;
    }
    StringBuilder tsv = new StringBuilder("query\tpath\tn\tp50_ms\tp99_ms\tmean_ms\n");
    log.printf("%nsequential, 1 connection per path, %d rounds after at least %d warm-up rounds and %d s per "
        + "question, %d request(s) in a row per path and round (ms)%n", rounds, warmup, warmupTime.toSeconds(),
        block);
    log.printf("%-7s %-16s %8s %8s %8s%n", "query", "path", "p50", "p99", "mean");
    List<String> ratios = new ArrayList<>();
    for (ServiceBenchQueries.Query q : timedQueries) {
      double[][] stats = new double[PATHS.length][];
      for (int p = 0; p < PATHS.length; p++) {
        stats[p] = stats(samples.get(q.name())[p]);
        if (!timed[p]) {
          continue;
        }
        log.printf("%-7s %-16s %8.2f %8.2f %8.2f%n", q.name(), PATHS[p], stats[p][0], stats[p][1], stats[p][2]);
        tsv.append(String.format("%s\t%s\t%d\t%.3f\t%.3f\t%.3f%n", q.name(), PATHS[p], rounds * block, stats[p][0],
            stats[p][1], stats[p][2]));
      }
      String cypher = timed[0] ? String.format(
          "cypher /executeRead p50 %.2fx (socket %.2fx) p99 %.2fx (socket %.2fx); /auto-commit p50 %.2fx (socket %.2fx)",
          stats[0][0] / stats[2][0], stats[1][0] / stats[2][0], stats[0][1] / stats[2][1], stats[1][1] / stats[2][1],
          stats[0][0] / stats[3][0], stats[1][0] / stats[3][0]) : "";
      String sparql = timed[CYPHER_PATHS] ? String.format("sparql /arq p50 %.2fx (socket %.2fx) p99 %.2fx (socket %.2fx)",
          stats[4][0] / stats[6][0], stats[5][0] / stats[6][0], stats[4][1] / stats[6][1], stats[5][1] / stats[6][1])
          : "";
      ratios.add(String.format("%-7s %s%s%s", q.name(), cypher, timed[0] && timed[CYPHER_PATHS] ? " | " : "", sparql));
    }
    log.println();
    ratios.forEach(log::println);
    Files.writeString(out.resolve("latency.tsv"), tsv);
    log.printf("failures: %d%n", failures);
    return failures;
  }

  /**
   * One round of question {@code q}: every timed path, {@code block} requests each, the order of the paths rotated
   * from round to round; the times go to {@code samples[path][r * block + b]} unless {@code samples} is null
   * (warm-up). Returns the number of failed requests.
   */
  private int round(ServiceBenchQueries.Query q, int r, int block, boolean[] timed, long[][] samples, PrintStream log) {
    int failures = 0;
    for (int p = 0; p < PATHS.length; p++) {
      int path = Math.floorMod(p + r, PATHS.length);
      if (!timed[path]) {
        continue;
      }
      // BLOCK > 1: that many requests in a row on one path, each timed, as a client in a steady stream does.
      for (int b = 0; b < block; b++) {
        long t0 = System.nanoTime();
        try {
          call(path, q);
        } catch (Exception e) {
          failures++;
          log.printf("  %s %s failed: %s%n", q.name(), PATHS[path], e);
        }
        long t = System.nanoTime() - t0;
        if (samples != null) {
          samples[path][r * block + b] = t;
        }
      }
    }
    return failures;
  }

  private void call(int path, ServiceBenchQueries.Query q) throws Exception {
    switch (path) {
      case 0 -> postCypher(q.cypher());
      case 1 -> socketCypher(q.cypher());
      case 2 -> bolt(q.cypher());
      case 3 -> boltAutoCommit(q.cypher());
      case 4 -> getSparql(q.sparql());
      case 5 -> socketSparql(q.sparql());
      default -> arq(q.sparql());
    }
  }

  /** p50, p99 (nearest rank) and mean in milliseconds. */
  private static double[] stats(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0);
    return new double[] {rank(s, 0.50) / 1e6, rank(s, 0.99) / 1e6, mean / 1e6};
  }

  private static long rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private String postCypher(String cypher) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(service + "/cypher"))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", cypher)))).build();
    return send(req);
  }

  private String getSparql(String sparql) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(service + sparqlPath(sparql)))
        .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
    return send(req);
  }

  private byte[] socketCypher(String cypher) throws IOException {
    return socket.post("/cypher", "application/json", "application/json",
        JSON.writeValueAsBytes(Map.of("query", cypher)));
  }

  private byte[] socketSparql(String sparql) throws IOException {
    return socket.get(sparqlPath(sparql), "application/sparql-results+json");
  }

  private String send(HttpRequest req) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IOException("HTTP " + res.statusCode() + ": " + res.body().substring(0,
          Math.min(300, res.body().length())));
    }
    return res.body();
  }

  private static String sparqlPath(String sparql) {
    return "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Runs the query in a read transaction and materialises every record, as the service does before writing JSON. */
  private int bolt(String cypher) {
    try (Session s = driver.session()) {
      List<Record> rows = s.executeRead(tx -> tx.run(cypher).list());
      return rows.size();
    }
  }

  /** Runs the query as an auto-commit read (RUN+PULL in one round trip), the service's own way. */
  private int boltAutoCommit(String cypher) {
    try (Session s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
      return s.run(cypher).list().size();
    }
  }

  /** Runs the query in a read transaction on the TDB2 copy and materialises every row. */
  private int arq(String sparql) {
    return dataset.calculateRead(() -> {
      try (QueryExecution qe = QueryExecutionFactory.create(sparql, dataset)) {
        ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
        return rs.size();
      }
    });
  }

  private String firstEventId() {
    try (Session s = driver.session()) {
      return s.executeRead(tx -> tx.run(
          "MATCH (e:Event)-[:REPORTED_IN]->(:Article) WHERE e.sentence IS NOT NULL RETURN e.id AS id ORDER BY id LIMIT 1")
          .single().get("id").asString());
    }
  }

  private String eventIri(String eventId) {
    String q = "SELECT ?e WHERE { GRAPH ?g { ?e <http://purl.org/dc/terms/identifier> \"" + eventId
        + "\" ; a <https://w3id.org/waqai/ontology/1.0/Event> } } LIMIT 1";
    return dataset.calculateRead(() -> {
      try (QueryExecution qe = QueryExecutionFactory.create(q, dataset)) {
        var rs = qe.execSelect();
        if (!rs.hasNext()) {
          throw new IllegalStateException("event " + eventId + " not in the TDB2 copy");
        }
        QuerySolution s = rs.next();
        return s.getResource("e").getURI();
      }
    });
  }
}

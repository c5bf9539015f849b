package org.waqai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * Diagnosis, not part of the benchmark: where the service's time goes on one Cypher query. Times, interleaved round
 * by round, the Bolt baseline ({@code executeRead}), the service's own way of running a query over Bolt (read
 * session, unmanaged transaction with timeout and metadata, closed without commit), and {@code POST /cypher} through
 * Java's HttpClient and through a bare HTTP/1.1 socket client (to separate the client's cost from the service's).
 *
 * <pre>
 * ServiceBenchBoltProbe SERVICE_URL BOLT_URI CYPHER_FILE [ROUNDS] [WARMUP]
 * </pre>
 */
public final class ServiceBenchBoltProbe {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String service = args[0].replaceAll("/$", "");
    String cypher = Files.readString(Path.of(args[2]));
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 50;
    byte[] body = JSON.writeValueAsBytes(Map.of("query", cypher));
    URI uri = URI.create(service + "/cypher");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (Driver driver = GraphDatabase.driver(args[1], BenchBolt.auth());
        KeepAliveHttp raw = new KeepAliveHttp(uri.getHost(), uri.getPort())) {
      List<String> names = new ArrayList<>();
      List<Callable<Integer>> paths = new ArrayList<>();
      names.add("bolt executeRead");
      paths.add(() -> {
        try (Session s = driver.session()) {
          return s.executeRead(tx -> tx.run(cypher).list()).size();
        }
      });
      names.add("bolt service-style tx");
      paths.add(() -> {
        try (Session s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
            Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(10))
                .withMetadata(Map.of("app", "probe")).build())) {
          List<Record> r = tx.run(cypher).list();
          return r.size();
        }
      });
      names.add("bolt service-style +commit");
      paths.add(() -> {
        try (Session s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
            Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(10))
                .withMetadata(Map.of("app", "probe")).build())) {
          List<Record> r = tx.run(cypher).list();
          tx.commit();
          return r.size();
        }
      });
      names.add("bolt auto-commit read");
      paths.add(() -> {
        try (Session s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
          return s.run(cypher, TransactionConfig.builder().withTimeout(Duration.ofSeconds(10))
              .withMetadata(Map.of("app", "probe")).build()).list().size();
        }
      });
      names.add("bolt service-style fetch-all");
      paths.add(() -> {
        try (Session s = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
            .withFetchSize(10_001).build());
            Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(10))
                .withMetadata(Map.of("app", "probe")).build())) {
          return tx.run(cypher).list().size();
        }
      });
      names.add("http HttpClient");
      paths.add(() -> {
        HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
          throw new IOException("HTTP " + res.statusCode());
        }
        return res.body().length();
      });
      names.add("http HttpURLConnection");
      paths.add(() -> {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) uri.toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setRequestProperty("Content-Type", "application/json");
        c.setRequestProperty("Accept", "application/json");
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream o = c.getOutputStream()) {
          o.write(body);
        }
        if (c.getResponseCode() != 200) {
          throw new IOException("HTTP " + c.getResponseCode());
        }
        try (InputStream i = c.getInputStream()) {
          return new String(i.readAllBytes(), StandardCharsets.UTF_8).length();
        }
      });
      names.add("http raw socket");
      paths.add(() -> raw.post(uri.getPath(), "application/json", "application/json", body).length);

      long[][] samples = new long[paths.size()][rounds];
      for (int r = -warmup; r < rounds; r++) {
        for (int k = 0; k < paths.size(); k++) {
          int p = Math.floorMod(k + r, paths.size());
          long t0 = System.nanoTime();
          paths.get(p).call();
          long t = System.nanoTime() - t0;
          if (r >= 0) {
            samples[p][r] = t;
          }
        }
      }
      for (int p = 0; p < paths.size(); p++) {
        long[] s = samples[p].clone();
        Arrays.sort(s);
        System.out.printf("%-28s p50 %8.3f  p99 %8.3f ms%n", names.get(p), s[rounds / 2] / 1e6,
            s[(int) Math.ceil(0.99 * rounds) - 1] / 1e6);
      }
    }
  }
}

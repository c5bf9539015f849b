package org.waqai.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client attacks the service with pathological queries while another makes ordinary {@code /cypher},
 * {@code /sparql} and {@code /events} requests; the ordinary client's errors and latencies are measured before and
 * during the attack (issue 14). The attacker connects from another loopback address (127.0.0.2), so that it is a
 * different client to the per-client limit, as a second machine would be. Run by {@code bench/under-attack.sh}:
 *
 * <pre>UnderAttackBench SERVICE_URL CALM_SECONDS ATTACK_SECONDS ATTACKERS</pre>
 */
public final class UnderAttackBench {
  private static final String NORMAL_ADDRESS = "127.0.0.1";
  private static final String ATTACKER_ADDRESS = "127.0.0.2";

  private record Request(String name, String method, String target, String contentType, String body) {}

  private record Outcome(String name, int status, long nanos) {}

  private final String host;
  private final int port;

  private UnderAttackBench(String host, int port) {
    this.host = host;
    this.port = port;
  }

  public static void main(String[] args) throws Exception {
    java.net.URI service = java.net.URI.create(args[0]);
    Duration calm = Duration.ofSeconds(Long.parseLong(args[1]));
    Duration attack = Duration.ofSeconds(Long.parseLong(args[2]));
    int attackers = Integer.parseInt(args[3]);
    UnderAttackBench bench = new UnderAttackBench(service.getHost(), service.getPort());
    List<Request> normal = normalRequests();
    for (Request r : normal) {
      Outcome o = bench.send(NORMAL_ADDRESS, r);
      if (o.status() != 200) {
        throw new IllegalStateException(r.name() + " answered " + o.status() + " before any attack");
      }
    }
    System.out.println("== calm: the normal client alone for " + calm.toSeconds() + " s");
    List<Outcome> before = bench.normalClient(normal, calm);
    report("calm", before);

    System.out.println("== attack: " + attackers + " attacker threads from " + ATTACKER_ADDRESS + " for "
        + attack.toSeconds() + " s, the normal client from " + NORMAL_ADDRESS);
    AtomicBoolean running = new AtomicBoolean(true);
    Map<String, Map<Integer, AtomicInteger>> attackerStatuses = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    List<Request> evil = attackRequests();
    for (int t = 0; t < attackers; t++) {
      int offset = t;
      Thread thread = new Thread(() -> {
        int i = offset;
        while (running.get()) {
          Request r = evil.get(i++ % evil.size());
          int status;
          try {
            status = bench.send(ATTACKER_ADDRESS, r).status();
          } catch (IOException e) {
            status = -1;
          }
          attackerStatuses.computeIfAbsent(r.name(), k -> new ConcurrentHashMap<>())
              .computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
        }
      }, "attacker-" + t);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    Thread.sleep(2_000); // let the attack take hold
    List<Outcome> during = bench.normalClient(normal, attack);
    running.set(false);
    report("attack", during);
    System.out.println("attacker's answers (status: count; -1 = connection error or no answer within 60 s):");
    new TreeMap<>(attackerStatuses).forEach((name, statuses) -> System.out.println("  " + name + " " + statuses));
    long errors = during.stream().filter(o -> o.status() != 200).count();
    System.exit(errors == 0 ? 0 : 1);
  }

  private List<Outcome> normalClient(List<Request> requests, Duration length)
      throws InterruptedException {
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + length.toNanos();
    int i = 0;
    while (System.nanoTime() < end) {
      Request r = requests.get(i++ % requests.size());
      try {
        outcomes.add(send(NORMAL_ADDRESS, r));
      } catch (IOException e) {
        outcomes.add(new Outcome(r.name(), -1, 0));
      }
      Thread.sleep(20); // an interactive client, not a load generator: ~40 requests a second at most
    }
    return outcomes;
  }

  private static void report(String phase, List<Outcome> outcomes) {
    Map<String, List<Outcome>> byName = new TreeMap<>();
    outcomes.forEach(o -> byName.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o));
    byName.put("all", outcomes);
    System.out.printf("%-7s %-8s %8s %7s %9s %9s %9s%n", "phase", "request", "requests", "errors", "p50_ms", "p99_ms",
        "max_ms");
    byName.forEach((name, list) -> {
      List<Long> ok = list.stream().filter(o -> o.status() == 200).map(Outcome::nanos).sorted().toList();
      long errors = list.size() - ok.size();
      System.out.printf("%-7s %-8s %8d %7d %9.1f %9.1f %9.1f%n", phase, name, list.size(), errors,
          percentile(ok, 0.50), percentile(ok, 0.99), ok.isEmpty() ? 0.0 : ok.get(ok.size() - 1) / 1e6);
    });
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
  }

  private static List<Request> normalRequests() {
    return List.of(
        cypher("cypher", "MATCH (e:Event)-[:AT]->(p:Place) WHERE e.fatalities >= $min "
            + "RETURN p.admin1 AS admin1, count(e) AS n ORDER BY n DESC LIMIT 5", "{\"min\": 0}"),
        sparql("sparql", "PREFIX wq: <https://w3id.org/waqai/ontology/1.0/> "
            + "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a wq:Event ; wq:subEventType ?t } GROUP BY ?t"),
        new Request("events", "GET", "/events?size=20", null, null));
  }

  private static List<Request> attackRequests() {
    String nested = "(".repeat(20_000) + "1" + ")".repeat(20_000);
    String unions = String.join(" UNION ", Collections.nCopies(20_000, "RETURN 1 AS n"));
    String sparqlUnions = "SELECT * { " + String.join(" UNION ", Collections.nCopies(20_000, "{ BIND(1 AS ?n) }"))
        + " }";
    return List.of(
        cypher("c-nest", "RETURN " + nested + " AS n", "{}"),
        cypher("c-regex", "RETURN reduce(s = '', x IN range(1, 40) | s + 'a') + '!' =~ '(a|aa)*b' AS m", "{}"),
        cypher("c-regexp", "RETURN $t =~ $p AS m", "{\"t\": \"" + "a".repeat(40) + "!\", \"p\": \"(a|aa)*b\"}"),
        cypher("c-union", unions, "{}"),
        cypher("c-reduce", "RETURN reduce(s = 0, x IN range(1, 200000000) | s + x) AS n", "{}"),
        cypher("c-cross", "MATCH (a), (b), (c), (d) RETURN count(*) AS n", "{}"),
        sparql("s-regex", "SELECT ?m { BIND(REGEX(CONCAT(\"" + "a".repeat(40) + "\", \"!\"), \"^(a|aa)*$\") AS ?m) }"),
        new Request("s-union", "POST", "/sparql", "application/sparql-query", sparqlUnions),
        sparql("s-nest", "SELECT (" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + " AS ?n) {}"),
        sparql("s-cross", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
  }

  private static Request cypher(String name, String query, String parameters) {
    String body = "{\"query\": " + jsonString(query) + ", \"parameters\": " + parameters + "}";
    return new Request(name, "POST", "/cypher", "application/json", body);
  }

  private static Request sparql(String name, String query) {
    return new Request(name, "POST", "/sparql", "application/x-www-form-urlencoded",
        "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  private static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** One request on its own connection from {@code local}; the status, or an IOException. */
  private Outcome send(String local, Request r) throws IOException {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.setSoTimeout(60_000);
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress(host, port), 5_000);
      byte[] body = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder(r.method() + " " + r.target() + " HTTP/1.1\r\nHost: " + host + ":" + port
          + "\r\nAccept: application/json, application/sparql-results+json;q=0.9\r\nConnection: close\r\n");
      if (r.contentType() != null) {
        head.append("Content-Type: ").append(r.contentType()).append("\r\nContent-Length: ").append(body.length)
            .append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      String text = response.toString(StandardCharsets.ISO_8859_1);
      if (!text.startsWith("HTTP/1.1 ")) {
        throw new IOException("no HTTP answer");
      }
      return new Outcome(r.name(), Integer.parseInt(text.substring(9, 12)), System.nanoTime() - start);
    }
  }
}

package org.waqai.store.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.ActorRef;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;

/**
 * Compares variants of the write path in one JVM, alternating them round by round (and reversing the order every
 * other round), so that JIT state and the load of a shared machine fall on all variants alike. Each round clears
 * the graph, applies the variant's schema, and times a load of {@code waqai.bench.articles} synthetic articles of
 * ten events. Variants ({@code -Dwaqai.bench.variants=base,no-rel-lookup}):
 * <ul>
 *   <li>{@code base}: the store as it is;
 *   <li>{@code no-rel-lookup}: the same writes without the relationship-type lookup index;
 *   <li>{@code with-rel-lookup}: the same writes with it (recreated when the schema lacks it);
 *   <li>{@code batch-N}: the store with N events per transaction;
 *   <li>{@code replan}: the write statements without {@code CYPHER replan=skip}, so that Neo4j replans them as
 *       the statistics grow;
 *   <li>{@code no-sentence}, {@code no-mention-text}: measurement only, not a store option: the same data with an
 *       empty evidence sentence, or without the mention text on role and place relationships, to price those
 *       properties.
 * </ul>
 * Run with {@code ./mvnw -o test -Dgroups=bench -DexcludedGroups= -Dtest=Neo4jWriteVariantsBench}.
 */
@Tag("bench")
class Neo4jWriteVariantsBench {
  @TempDir
  static Path dataDir;

  @Test
  void alternatesVariants() throws Exception {
    int articles = Integer.getInteger("waqai.bench.articles", 5_000);
    int rounds = Integer.getInteger("waqai.bench.rounds", 4);
    int batchSize = Integer.getInteger("waqai.neo4j.batch-size", Neo4jSettings.DEFAULT_BATCH_SIZE);
    List<String> variants = Arrays.asList(System.getProperty("waqai.bench.variants", "base,no-rel-lookup")
        .split(","));
    List<ArticleEvents> data = StoreFixtures.synthetic(articles, 10, 2024L);
    Neo4jSettings settings = Neo4jSettings.from(Map.of(
        "waqai.neo4j.data-dir", dataDir.toString(),
        "waqai.neo4j.bolt-port", "auto",
        "waqai.neo4j.batch-size", Integer.toString(batchSize)), Map.of());
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    variants.forEach(v -> results.put(v, new ArrayList<>()));
    try (Neo4jConnection connection = Neo4jConnection.open(settings)) {
      Sessions sessions = new Sessions(connection.driver(), connection.database());
      Neo4jEventStore store = new Neo4jEventStore(connection.driver(), connection.database(), batchSize);
      store.initialise();
      // The plans the write statements get on an empty graph, which CYPHER replan=skip keeps.
      for (Cypher c : List.of(Cypher.FINGERPRINTS, Cypher.CLAIM_ARTICLES, Cypher.DELETE_ARTICLE_EVENTS,
          Cypher.MERGE_ACTORS, Cypher.MERGE_PLACES, Cypher.CREATE_EVENTS, Cypher.CREATE_NEW_EVENTS)) {
        org.neo4j.driver.summary.Plan plan = sessions.read("explain", tx -> tx.run(
            "EXPLAIN " + c.query(Map.of()).text()).consume().plan());
        System.out.println("plan " + c + ": " + operators(plan));
      }
      // Warm-up: every variant once on other data.
      List<ArticleEvents> warm = StoreFixtures.synthetic(Integer.getInteger("waqai.bench.warm-up-articles", 3_000),
          10, 1L);
      for (String v : variants) {
        round(connection, store, sessions, v, warm, batchSize, null);
      }
      for (int r = 0; r < rounds; r++) {
        List<String> order = new ArrayList<>(variants);
        if (r % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        for (String v : order) {
          double[] m = round(connection, store, sessions, v, data, batchSize, "-" + v + "-" + r);
          results.get(v).add(m);

          System.out.printf("round %d %-16s %6.2f s %,8.0f events/s  CPU %6.2f s  JIT %5.2f s  threads %6.2f s"
              + "  load %.1f%n", r, v, m[0], data.size() * 10 / m[0], m[1], m[2], m[4], m[3]);
        }
      }
    }
    System.out.printf("medians over %d rounds, %,d events per load, batch %,d:%n", rounds, data.size() * 10,
        batchSize);
    for (var e : results.entrySet()) {
      double wall = median(e.getValue(), 0);
      double threads = median(e.getValue(), 4);
      System.out.printf("  %-16s %,8.0f events/s  wall %6.2f s  CPU %6.2f s  thread CPU %6.2f s (%.0f us/event)%n",
          e.getKey(), data.size() * 10 / wall, wall, median(e.getValue(), 1), threads,
          threads * 1e6 / (data.size() * 10));
    }
  }

  private static double[] round(Neo4jConnection connection, Neo4jEventStore base, Sessions sessions, String variant,
      List<ArticleEvents> original,
      int defaultBatchSize, String jfrSuffix) throws Exception {
    base.clear();
    schema(sessions, variant);
    Cypher.planOnce = !variant.equals("replan");
    int batchSize = variant.startsWith("batch-") ? Integer.parseInt(variant.substring(6)) : defaultBatchSize;
    Neo4jEventStore store = batchSize == defaultBatchSize ? base
        : new Neo4jEventStore(connection.driver(), connection.database(), batchSize);
    List<ArticleEvents> data = switch (variant) {
      case "no-sentence" -> original.stream().map(u -> mapEvents(u, e -> withEvidence(e,
          new Evidence(e.evidence().span(), "", e.evidence().trigger())))).toList();
      case "no-mention-text" -> original.stream().map(u -> mapEvents(u, Neo4jWriteVariantsBench::withoutMentionText))
          .toList();
      default -> original;
    };
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double load = os.getSystemLoadAverage();
    long cpu = os.getProcessCpuTime();
    long jit = jitMillis();
    Map<Long, Long> threads = threadCpu();
    // -Dwaqai.bench.jfr=<prefix> records a JFR profile (settings "profile") of each timed load, clearing excluded.
    String jfr = System.getProperty("waqai.bench.jfr");
    jdk.jfr.Recording recording = null;
    if (jfr != null && jfrSuffix != null) {
      recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
      recording.start();
    }
    long start = System.nanoTime();
    int perCall = Math.max(1, batchSize / 10);
    int written = 0;
    for (int from = 0; from < data.size(); from += perCall) {
      written += store.write(data.subList(from, Math.min(data.size(), from + perCall)));
    }
    double wall = (System.nanoTime() - start) / 1e9;
    if (recording != null) {
      recording.stop();
      recording.dump(Path.of(jfr + jfrSuffix + ".jfr"));
      recording.close();
    }
    assertEquals(data.size(), written);
    double processCpu = (os.getProcessCpuTime() - cpu) / 1e9;
    double jitSeconds = (jitMillis() - jit) / 1e3;
    Map<Long, Long> after = threadCpu();
    long threadNanos = 0;
    for (var t : after.entrySet()) {
      threadNanos += t.getValue() - threads.getOrDefault(t.getKey(), 0L);
    }
    return new double[] {wall, processCpu, jitSeconds, load, threadNanos / 1e9};
  }

  private static String operators(org.neo4j.driver.summary.Plan plan) {
    String children = plan.children().stream().map(Neo4jWriteVariantsBench::operators)
        .collect(java.util.stream.Collectors.joining(", "));
    Object details = plan.arguments().get("Details");
    return plan.operatorType() + (details == null ? "" : "[" + details + "]")
        + (children.isEmpty() ? "" : "(" + children + ")");
  }

  private static ArticleEvents mapEvents(ArticleEvents u, java.util.function.UnaryOperator<Event> f) {
    return new ArticleEvents(u.article(), u.events().stream().map(f).toList(), u.fingerprint(), u.extractorVersion());
  }

  private static Event withEvidence(Event e, Evidence evidence) {
    return new Event(e.id(), e.article(), e.subtype(), e.actor1(), e.actor2(), e.assoc1(), e.assoc2(), e.place(),
        e.date(), e.dateEnd(), e.datePrecision(), e.fatalities(), e.injured(), e.displaced(), e.negated(), e.hedged(),
        evidence, e.confidence());
  }

  private static Event withoutMentionText(Event e) {
    java.util.function.UnaryOperator<ActorRef> a = r -> r == null ? null
        : new ActorRef(r.id(), r.key(), r.name(), r.inter(), null, r.span());
    PlaceRef p = e.place();
    return new Event(e.id(), e.article(), e.subtype(), a.apply(e.actor1()), a.apply(e.actor2()),
        e.assoc1().stream().map(a).toList(), e.assoc2().stream().map(a).toList(),
        p == null ? null : new PlaceRef(p.id(), p.name(), null, p.lat(), p.lon(), p.admin1(), p.precision(), p.span()),
        e.date(), e.dateEnd(), e.datePrecision(), e.fatalities(), e.injured(), e.displaced(), e.negated(), e.hedged(),
        e.evidence(), e.confidence());
  }

  private static void schema(Sessions sessions, String variant) {
    boolean wantRelLookup = !variant.equals("no-rel-lookup");
    List<String> relLookups = sessions.read("schema", tx -> tx.run(
        "SHOW INDEXES YIELD name, type, entityType WHERE type = 'LOOKUP' AND entityType = 'RELATIONSHIP' "
            + "RETURN name").list(r -> r.get("name").asString()));
    if (!wantRelLookup) {
      relLookups.forEach(name -> sessions.write("schema", tx -> tx.run("DROP INDEX " + name).consume()));
    } else if (relLookups.isEmpty() && !variant.equals("base")) {
      sessions.write("schema", tx -> tx.run(
          "CREATE LOOKUP INDEX rel_type_lookup IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)").consume());
      sessions.autoCommit("schema", Cypher.AWAIT_INDEXES.query());
    }
  }

  /** CPU time of each live Java thread: the work itself, without the JIT compiler and GC threads. */
  private static Map<Long, Long> threadCpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new java.util.HashMap<>();
    for (long id : mx.getAllThreadIds()) {
      long t = mx.getThreadCpuTime(id);
      if (t > 0) {
        cpu.put(id, t);
      }
    }
    return cpu;
  }

  private static long jitMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static double median(List<double[]> runs, int i) {
    double[] v = runs.stream().mapToDouble(m -> m[i]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }


}

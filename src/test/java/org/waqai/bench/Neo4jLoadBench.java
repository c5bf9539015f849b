package org.waqai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreFixtures;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.neo4j.Neo4jSettings;

/**
 * Loads 100,000 synthetic events (10,000 articles of 10 events, each with two actors and a place) into embedded
 * Neo4j through the driver, as ingest workers would, then loads them again: the second load finds every
 * fingerprint stored and must take at most half as long. Run with
 * {@code ./mvnw -o test -Dgroups=bench -DexcludedGroups= -Dtest=Neo4jLoadBench}; {@code -Dwaqai.neo4j.batch-size}
 * (events per transaction, default 2,500) and {@code -Dwaqai.bench.workers} (concurrent writers, default 1)
 * try other settings, and {@code -Dwaqai.bench.warm-up-articles} (default 2,000, loaded twice before the timed
 * loads) shows how much of the first load is the JIT compiling a fresh JVM.
 * Besides wall-clock rates it prints the process CPU time, which says more on a machine shared with other jobs.
 */
@Tag("bench")
class Neo4jLoadBench {
  private static final int ARTICLES = 10_000;
  private static final int EVENTS_PER_ARTICLE = 10;

  @TempDir
  static Path dataDir;

  @Test
  void loadsAndReloadsAHundredThousandEvents() throws Exception {
    int batchSize = Integer.getInteger("waqai.neo4j.batch-size", Neo4jSettings.DEFAULT_BATCH_SIZE);
    int workers = Integer.getInteger("waqai.bench.workers", 1);
    List<ArticleEvents> articles = StoreFixtures.synthetic(ARTICLES, EVENTS_PER_ARTICLE, 2024L);
    Neo4jSettings settings = Neo4jSettings.from(Map.of(
        "waqai.neo4j.data-dir", dataDir.toString(),
        "waqai.neo4j.bolt-port", "auto",
        "waqai.neo4j.batch-size", Integer.toString(batchSize)), Map.of());
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try (Neo4jEventStore store = Neo4jEventStore.open(settings)) {
      store.initialise();
      warmUp(store, pool, workers, batchSize);

      Run first = Run.time(() -> load(store, pool, workers, articles, batchSize));
      Run second = Run.time(() -> load(store, pool, workers, articles, batchSize));

      int events = ARTICLES * EVENTS_PER_ARTICLE;
      System.out.printf("neo4j load: %,d events, batch size %,d events, %d workers%n", events, batchSize, workers);
      System.out.printf("  first load %6.2f s  %,9.0f events/s  (CPU %6.2f s, of which JIT %5.2f s; GC %5.2f s)%n",
          first.seconds(), events / first.seconds(), first.cpuSeconds(), first.jitSeconds(), first.gcSeconds());
      System.out.printf("  re-load    %6.2f s  %,9.0f events/s  (CPU %6.2f s, %.1fx faster)%n", second.seconds(),
          events / second.seconds(), second.cpuSeconds(), first.seconds() / second.seconds());
      assertEquals(ARTICLES, first.written());
      assertEquals(0, second.written());
      assertEquals(events, store.countEvents());
      assertTrue(first.seconds() / second.seconds() >= 2.0, "re-load only " + first.seconds() / second.seconds()
          + "x faster");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Plans every statement and warms the JIT on other articles, then removes them. */
  private static void warmUp(Neo4jEventStore store, ExecutorService pool, int workers, int batchSize)
      throws Exception {
    List<ArticleEvents> sample = StoreFixtures.synthetic(Integer.getInteger("waqai.bench.warm-up-articles", 2_000),
        EVENTS_PER_ARTICLE, 1L);
    load(store, pool, workers, sample, batchSize);
    load(store, pool, workers, sample, batchSize);
    store.clear();
  }

  /** Hands the store calls of about {@code batchSize} events, dealt round-robin to the workers. */
  private static int load(Neo4jEventStore store, ExecutorService pool, int workers, List<ArticleEvents> articles,
      int batchSize) throws InterruptedException, ExecutionException {
    int perCall = Math.max(1, batchSize / EVENTS_PER_ARTICLE);
    List<List<ArticleEvents>> calls = new ArrayList<>();
    for (int from = 0; from < articles.size(); from += perCall) {
      calls.add(articles.subList(from, Math.min(articles.size(), from + perCall)));
    }
    List<Future<Integer>> results = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int worker = w;
      results.add(pool.submit(() -> {
        int written = 0;
        for (int c = worker; c < calls.size(); c += workers) {
          written += store.write(calls.get(c));
        }
        return written;
      }));
    }
    int written = 0;
    for (Future<Integer> r : results) {
      written += r.get();
    }
    return written;
  }

  private record Run(int written, double seconds, double cpuSeconds, double jitSeconds, double gcSeconds) {
    interface Load {
      int run() throws Exception;
    }

    static Run time(Load load) throws Exception {
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu = os.getProcessCpuTime();
      long jit = jitMillis();
      long gc = gcMillis();
      long start = System.nanoTime();
      int written = load.run();
      return new Run(written, (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
          (jitMillis() - jit) / 1e3, (gcMillis() - gc) / 1e3);
    }

    /** Time the JIT compiler threads spent, as the JVM counts it. */
    private static long jitMillis() {
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
      return ManagementFactory.getGarbageCollectorMXBeans().stream()
          .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
  }
}

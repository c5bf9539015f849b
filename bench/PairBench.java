// Steady-state extraction of several builds in one JVM, each build in its own class loader, alternated round by
// round (the order reversed every other round), timed by the thread's CPU time; prints each round and, per build, the
// median rate and the median round-by-round ratio to the first build. On a shared machine the paired ratio is the
// figure to quote. Run as a single-file program (JDK 17):
//   taskset -c 0 java -Xmx3g bench/PairBench.java CORPUS.jsonl ROUNDS APP_DIR1 APP_DIR2 ...
// where APP_DIR is a copy of a build's target/quarkus-app and CORPUS e.g. `python3 bench/scale-corpus.py 2000 1 c.jsonl`.
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
import java.util.function.Consumer;

/** PairBench CORPUS ROUNDS APP1 APP2 ...: each build in its own class loader, extraction timed round by round (thread CPU). */
public class PairBench {
  static final class Build {
    String name; Object extractor; Method extract; List<Object> articles = new ArrayList<>(); ClassLoader cl;
  }
  public static void main(String[] a) throws Exception {
    Path corpus = Path.of(a[0]); int rounds = Integer.parseInt(a[1]);
    List<Build> builds = new ArrayList<>();
    for (int i = 2; i < a.length; i++) {
      Build b = new Build(); b.name = a[i];
      List<URL> urls = new ArrayList<>();
      for (String d : new String[] {"app", "lib/main", "lib/boot"}) {
        try (var s = Files.list(Path.of(a[i], d))) { for (Path p : (Iterable<Path>) s.sorted()::iterator) if (p.toString().endsWith(".jar")) urls.add(p.toUri().toURL()); }
      }
      b.cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(b.cl);
      Class<?> src = b.cl.loadClass("org.waqai.io.ArticleSource");
      Object source = src.getConstructor().newInstance();
      Method read = src.getMethod("read", Path.class, Consumer.class, Consumer.class);
      read.invoke(source, corpus, (Consumer<Object>) b.articles::add, (Consumer<Object>) p -> {});
      Class<?> ex = b.cl.loadClass("org.waqai.extract.EventExtractor");
      b.extractor = ex.getConstructor().newInstance();
      b.extract = ex.getMethod("extract", b.cl.loadClass("org.waqai.model.Article"));
      builds.add(b);
    }
    var mx = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      List<Build> order = new ArrayList<>(builds); if (r % 2 == 1) Collections.reverse(order);
      for (Build b : order) {
        Thread.currentThread().setContextClassLoader(b.cl);
        long t0 = mx.getCurrentThreadCpuTime(); long ev = 0;
        for (Object ar : b.articles) ev += ((List<?>) b.extract.invoke(b.extractor, ar)).size();
        double rate = b.articles.size() / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
        rates.computeIfAbsent(b.name, k -> new ArrayList<>()).add(rate);
        line.append(String.format(" %s %.0f (%d ev)", b.name.replaceAll(".*/", ""), rate, ev));
      }
      System.out.println(line);
    }
    List<Double> base = rates.get(builds.get(0).name);
    for (Build b : builds) {
      List<Double> v = rates.get(b.name); int skip = Math.min(v.size() / 3, 3);
      List<Double> tail = new ArrayList<>(v.subList(skip, v.size())); Collections.sort(tail);
      List<Double> ratios = new ArrayList<>();
      for (int i = skip; i < v.size(); i++) ratios.add(v.get(i) / base.get(i)); Collections.sort(ratios);
      System.out.printf("%s: median %.0f articles per cpu-s (rounds %d..), median ratio to first %.3f%n", b.name, tail.get(tail.size() / 2), skip, ratios.get(ratios.size() / 2));
    }
  }
}

// Extraction per CPU-second of the extracting thread, in one JVM (docs/scaling.md). Run as a single-file program:
//   java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*" \
//     bench/ExtractCpuBench.java ARTICLES.jsonl PASSES
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.waqai.extract.EventExtractor;
import org.waqai.io.ArticleSource;
import org.waqai.model.Article;

public class ExtractCpuBench {
  public static void main(String[] a) {
    List<Article> corpus = new ArrayList<>();
    var mx = ManagementFactory.getThreadMXBean();
    long r0 = mx.getCurrentThreadCpuTime();
    new ArticleSource().read(Path.of(a[0]), corpus::add, p -> {});
    long r1 = mx.getCurrentThreadCpuTime();
    EventExtractor x = new EventExtractor();
    int rounds = Integer.parseInt(a[1]);
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      long ev = 0;
      for (Article ar : corpus) ev += x.extract(ar).size();
      long t1 = mx.getCurrentThreadCpuTime();
      System.out.printf("round %d: %d events, %.0f articles per cpu-s%n", r, ev, corpus.size() / ((t1 - t0) / 1e9));
    }
    System.out.printf("read: %.0f articles per cpu-s%n", corpus.size() / ((r1 - r0) / 1e9));
  }
}

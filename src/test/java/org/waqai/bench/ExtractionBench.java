package org.waqai.bench;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.waqai.extract.EventExtractor;
import org.waqai.model.Article;
import org.waqai.testing.SyntheticArticles;

/**
 * Extraction throughput on one thread over generated articles of about 3 KB, made of sentences written for this
 * benchmark with places and actors drawn at random. Run:
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=ExtractionBench}
 */
@Tag("bench")
class ExtractionBench {
  @Test
  void throughput() {
    EventExtractor extractor = new EventExtractor();
    List<Article> corpus = SyntheticArticles.generate(10_000, 42);
    long chars = corpus.stream().mapToLong(a -> a.text().length()).sum();
    // the JIT needs a full pass before the figures mean anything
    for (Article a : corpus) {
      extractor.extract(a);
    }
    Runtime rt = Runtime.getRuntime();
    double[] rates = new double[3];
    long events = 0;
    long peak = 0;
    for (int round = 0; round < rates.length; round++) {
      System.gc();
      long t0 = System.nanoTime();
      events = 0;
      for (int i = 0; i < corpus.size(); i++) {
        events += extractor.extract(corpus.get(i)).size();
        if (i % 500 == 0) {
          peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
      }
      rates[round] = corpus.size() / ((System.nanoTime() - t0) / 1e9);
    }
    java.util.Arrays.sort(rates);
    System.out.printf("ExtractionBench: %d articles (%.1f KB avg), %d events per pass; one thread, 3 timed passes "
        + "after a warm-up pass: median %.0f articles/s (min %.0f, max %.0f); heap in use peaked at %d MB%n",
        corpus.size(), chars / 1024.0 / corpus.size(), events, rates[1], rates[0], rates[2], peak >> 20);
  }
}

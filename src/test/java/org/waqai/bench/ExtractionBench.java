package org.waqai.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.waqai.extract.EventExtractor;
import org.waqai.model.Article;

/**
 * Extraction throughput on one thread over generated articles of about 3 KB, made of sentences written for this
 * benchmark with places and actors drawn at random. Run:
 * {@code ./mvnw test -Dgroups=bench -DexcludedGroups= -Dtest=ExtractionBench}
 */
@Tag("bench")
class ExtractionBench {
  private static final String[] PLACES = {"حماة", "إدلب", "حلب", "دوما", "داريا", "سراقب", "حلفايا", "خان شيخون",
      "تلبيسة", "الرستن", "جسر الشغور", "منبج", "تل أبيض", "الرقة", "دير الزور", "البوكمال", "درعا", "نوى"};
  private static final String[] ACTORS = {"قوات النظام", "فصائل المعارضة", "هيئة تحرير الشام", "تنظيم الدولة",
      "قوات سوريا الديمقراطية", "الجيش الوطني السوري", "الطيران الروسي", "حزب الله"};
  private static final String[] TEMPLATES = {
      "اندلعت اشتباكات عنيفة اليوم بين %s و%s في محيط مدينة %s، وفق المرصد السوري لحقوق الإنسان.",
      "وقصفت %s بالمدفعية الثقيلة أحياء في بلدة %s أمس ما أسفر عن مقتل %d مدنيين وإصابة آخرين.",
      "وتمكنت %s من السيطرة على قرى عدة في ريف %s الشمالي بعد معارك مع %s استمرت ساعات.",
      "وشن %s غارات جوية على بلدات في ريف %s الجنوبي، بحسب ناشطين محليين.",
      "وقال مصدر عسكري إن الوضع في %s هادئ نسبيا منذ صباح اليوم، مع استمرار حركة النزوح نحو %s.",
      "وأفاد مراسلون بأن الأسواق في %s فتحت أبوابها بعد أيام من الإغلاق وسط إجراءات أمنية مشددة."};

  @Test
  void throughput() {
    EventExtractor extractor = new EventExtractor();
    List<Article> corpus = corpus(10_000, new Random(42));
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

  static List<Article> corpus(int n, Random r) {
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 3000) {
        String t = TEMPLATES[r.nextInt(TEMPLATES.length)].replace("%d", String.valueOf(1 + r.nextInt(20)));
        sb.append(String.format(t, ACTORS[r.nextInt(ACTORS.length)], ACTORS[r.nextInt(ACTORS.length)],
            PLACES[r.nextInt(PLACES.length)])).append(' ');
      }
      out.add(new Article("bench-" + i, sb.toString(), LocalDate.of(2017, 3, 23).plusDays(r.nextInt(2000)), null,
          null));
    }
    return out;
  }
}

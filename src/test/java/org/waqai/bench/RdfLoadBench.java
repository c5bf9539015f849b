package org.waqai.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;
import org.waqai.store.ArticleEvents;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfSettings;

/**
 * Loads 100,000 generated events (10,000 articles of 10) into TDB2, then loads them again: the second load must be at
 * least twice as fast, since every article's fingerprint is unchanged and nothing is rewritten. Run with
 * {@code ./mvnw -o test -Dgroups=bench -DexcludedGroups= -Dtest=RdfLoadBench}.
 */
@Tag("bench")
class RdfLoadBench {
  private static final int ARTICLES = 10_000;
  private static final int EVENTS_PER_ARTICLE = 10;
  private static final int BATCH = 200;
  private static final String[] ACTORS = {
    "syria-gov-forces", "opposition-rebels", "hts", "sdf", "isis", "russia-forces", "turkey-forces", "civilians"
  };
  private static final String[] ADMIN1 = {"Damascus", "Aleppo", "Idlib", "Hama", "Homs", "Daraa", "Raqqa"};
  private static final String SENTENCE = "وقتل ثلاثة مدنيين في غارة للطيران الحربي على بلدة في ريف المحافظة. ";

  @TempDir
  Path dir;

  @Test
  void loadsAndReloads() {
    List<ArticleEvents> articles = generate(new Random(42));
    try (RdfEventStore store = RdfEventStore.open(RdfSettings.tdb2(dir.resolve("tdb2")))) {
      store.initialise();
      long t0 = System.nanoTime();
      int written = load(store, articles);
      double first = seconds(t0);
      long triples = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != "
          + "<http://localhost:8080/id/graph/reference>) }").next().getLiteral("n").getLong();
      long t1 = System.nanoTime();
      int rewritten = load(store, articles);
      double second = seconds(t1);

      long events = (long) ARTICLES * EVENTS_PER_ARTICLE;
      System.out.printf("RdfLoadBench: %,d events, %,d articles, %,d triples in article graphs%n",
          events, ARTICLES, triples);
      System.out.printf("  first load: %.2f s, %,.0f events/s, %,.0f triples/s%n",
          first, events / first, triples / first);
      System.out.printf("  re-load:    %.2f s, %,.0f events/s, %,.0f triples/s (%.1fx faster)%n",
          second, events / second, triples / second, first / second);
      assertEquals(ARTICLES, written);
      assertEquals(0, rewritten);
      assertEquals(events, store.countEvents());
      assertTrue(first / second >= 2, "re-load must be at least twice as fast");
    }
  }

  private static int load(RdfEventStore store, List<ArticleEvents> articles) {
    int written = 0;
    for (int i = 0; i < articles.size(); i += BATCH) {
      written += store.write(articles.subList(i, Math.min(articles.size(), i + BATCH)));
    }
    return written;
  }

  private static List<ArticleEvents> generate(Random random) {
    String text = SENTENCE.repeat(EVENTS_PER_ARTICLE);
    List<ArticleEvents> out = new ArrayList<>(ARTICLES);
    for (int a = 0; a < ARTICLES; a++) {
      String articleId = "bench-" + a;
      LocalDate day = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365));
      List<Event> events = new ArrayList<>(EVENTS_PER_ARTICLE);
      for (int e = 0; e < EVENTS_PER_ARTICLE; e++) {
        int start = e * SENTENCE.length();
        Span sentence = new Span(start, start + SENTENCE.length() - 1);
        events.add(new Event(articleId + "-" + e, articleId, SubEventType.values()[random.nextInt(25)],
            actor(random, start + 25), actor(random, start + 10), List.of(), List.of(), place(random, start + 40),
            day, null, DatePrecision.DAY, random.nextInt(5), null, null, random.nextInt(20) == 0, false,
            new Evidence(sentence, text.substring(sentence.start(), sentence.end()), new Span(start + 19, start + 23)),
            0.5 + random.nextInt(50) / 100.0));
      }
      out.add(new ArticleEvents(new Article(articleId, text, day, "https://example.org/" + articleId, "Bench"),
          events, "hash-" + a, "bench"));
    }
    return out;
  }

  private static ActorRef actor(Random random, int at) {
    String key = ACTORS[random.nextInt(ACTORS.length)];
    return new ActorRef(key, key, key, 2, "طيران", new Span(at, at + 5));
  }

  private static PlaceRef place(Random random, int at) {
    int n = random.nextInt(500);
    double lat = 32.5 + (n % 25) * 0.2;
    double lon = 35.8 + (n / 25) * 0.2;
    return new PlaceRef("town-" + n, "Town " + n, "بلدة", lat, lon, ADMIN1[n % ADMIN1.length], Precision.TOWN,
        new Span(at, at + 4));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}

package org.waqai.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.waqai.extract.EventExtractor;
import org.waqai.io.ArticleSource;
import org.waqai.model.Article;
import org.waqai.model.Event;

/**
 * Confidence is given in hundredths, also for an event told by two sentences of one article, whose merged confidence
 * is raised by 0.05: never {@code 0.8500000000000001} in the JSON, the graph or the RDF ({@code wq:confidence}).
 */
class ConfidenceTest {
  @Test
  void everyConfidenceOfTheSampleCorpusHasAtMostTwoDecimals() {
    List<Article> articles = new ArrayList<>();
    new ArticleSource().read(Path.of("samples", "illustrative.jsonl"), articles::add, p -> {
      throw new IllegalStateException(p.toString());
    });
    EventExtractor extractor = new EventExtractor();
    List<Event> events = articles.stream().flatMap(a -> extractor.extract(a).stream()).toList();
    assertFalse(events.isEmpty());
    for (Event e : events) {
      String shown = Double.toString(e.confidence());
      assertEquals(0, Math.max(0, new BigDecimal(shown).scale() - 2), e.id() + " has confidence " + shown);
    }
  }
}

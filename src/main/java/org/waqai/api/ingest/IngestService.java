package org.waqai.api.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waqai.api.events.EventFilter;
import org.waqai.api.events.EventQueries;
import org.waqai.api.events.StoredEvent;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.ingest.Ingestor;
import org.waqai.model.Article;

/**
 * Extracts and stores the articles of a request through the {@link Ingestor} (write-ahead journal, both stores),
 * then reads their events back from the graph, so that the answer shows what was stored.
 */
@ApplicationScoped
public class IngestService {
  @Inject
  Ingestor ingestor;

  @Inject
  EventQueries events;

  @Inject
  MeterRegistry metrics;

  /** What a request stored. */
  public record Outcome(int articles, int rewritten, List<StoredEvent> events,
      List<ArticleBody.RecordProblem> problems) {}

  public Outcome ingest(ArticleBody.Parsed body) {
    if (body.articles().isEmpty()) {
      throw new ApiException(ProblemType.INVALID_ARTICLE, "no article in the body could be read",
          Map.of("problems", body.problems()), null);
    }
    Ingestor.BatchResult result;
    try {
      result = ingestor.ingest(body.articles());
    } catch (IOException e) {
      throw new UncheckedIOException("ingest journal failed", e);
    }
    metrics.counter("waqai.ingest.articles").increment(result.articles());
    metrics.counter("waqai.ingest.events").increment(result.events());
    metrics.counter("waqai.ingest.rejected").increment(body.problems().size());
    List<StoredEvent> stored = new ArrayList<>();
    List<String> ids = body.articles().stream().map(Article::id).distinct().toList();
    events.stream(EventFilter.ofArticles(ids), 0, Long.MAX_VALUE, stored::add);
    return new Outcome(result.articles(), result.rewritten(), stored, body.problems());
  }
}

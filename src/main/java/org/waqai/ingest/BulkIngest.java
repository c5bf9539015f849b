package org.waqai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.waqai.model.Article;
import org.waqai.store.ArticleEvents;
import org.waqai.store.BulkWriter;

/**
 * The bulk path of {@code ingest} for a first load into empty embedded stores. Articles are extracted on every core
 * in input order ({@link OrderedParallel}, as {@link IngestPipeline} does) and grouped into the same batches; each
 * batch is reduced as the transactional writers reduce it (the last version of each article, sorted by id, without
 * the articles already staged with the same fingerprint) and staged as files for every store's bulk loader
 * ({@link BulkWriter}); {@link #finish()} then runs the loaders. An article that comes again with another fingerprint
 * after it was staged is not staged twice: its batch goes into the {@link IngestJournal} given, whose replay after
 * the load rewrites it transactionally, exactly as the transactional path would have.
 */
public final class BulkIngest implements AutoCloseable {
  private final List<BulkWriter> writers;
  private final IngestJournal deferred;
  private final int batchSize;
  private final OrderedParallel<Article, Staged> extraction;
  /**
   * The last version of every article staged or deferred so far, by the first 64 bits of its content hash (the
   * extractor version is the same for the whole run): the one map that grows with the input, some 100 bytes per
   * article.
   */
  private final Map<String, Long> staged = new HashMap<>();
  private List<Staged> batch;
  private long articles;
  private long events;
  private long written;
  private long deferredArticles;

  /** One article extracted and formatted for every writer, on an extraction thread. */
  private record Staged(ArticleEvents unit, List<byte[][]> formatted) {}

  /** What the load did. */
  public record Result(long articles, long events, long written, long deferred) {}
  // articles and events count every article read, as the transactional path's summary does; written, the
  // articles staged or deferred

  /**
   * @param ingestor extracts the articles (its stores are not touched)
   * @param writers one per store, each staging into its own files
   * @param deferred where the articles to rewrite after the load go, replayed by {@link Ingestor#recover()}
   * @param threads extraction threads
   * @param batchSize articles per batch, as {@code --batch} for the transactional path
   */
  public BulkIngest(Ingestor ingestor, List<BulkWriter> writers, IngestJournal deferred, int threads,
      int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.writers = List.copyOf(writers);
    this.deferred = deferred;
    this.batchSize = batchSize;
    this.batch = new ArrayList<>(batchSize);
    this.extraction = new OrderedParallel<>(threads, 8, 4 * threads, a -> stage(ingestor.extract(a)), (a, s) -> {
      batch.add(s);
      if (batch.size() >= batchSize) {
        stage();
      }
    });
  }

  private Staged stage(ArticleEvents unit) {
    List<byte[][]> formatted = new ArrayList<>(writers.size());
    for (BulkWriter w : writers) {
      formatted.add(w.format(unit));
    }
    return new Staged(unit, formatted);
  }

  /** Takes the next article. */
  public void add(Article a) {
    extraction.add(a);
  }

  /**
   * Stages everything taken so far and runs every store's bulk loader, one after the other.
   *
   * @param loading told the {@link BulkWriter#loader()} about to run, before it starts
   */
  public Result finish(Consumer<String> loading) {
    extraction.flush();
    stage();
    for (BulkWriter w : writers) {
      loading.accept(w.loader());
      w.load();
    }
    return new Result(articles, events, written, deferredArticles);
  }

  private void stage() {
    if (batch.isEmpty()) {
      return;
    }
    articles += batch.size();
    events += batch.stream().mapToLong(s -> s.unit().events().size()).sum();
    Map<String, Staged> last = new LinkedHashMap<>();
    batch.forEach(s -> last.put(s.unit().article().id(), s));
    batch = new ArrayList<>(batchSize);
    List<Staged> changed = new ArrayList<>();
    for (Staged s : last.values()) {
      Long known = staged.get(s.unit().article().id());
      if (known == null || known != version(s.unit())) {
        changed.add(s);
      }
    }
    changed.sort(Comparator.comparing(s -> s.unit().article().id()));
    List<ArticleEvents> units = changed.stream().map(Staged::unit).toList();
    Set<String> later = new LinkedHashSet<>();
    List<Article> again = new ArrayList<>();
    for (ArticleEvents u : units) {
      if (staged.put(u.article().id(), version(u)) != null) {
        later.add(u.article().id());
        again.add(u.article());
      }
    }
    if (!again.isEmpty()) {
      try {
        deferred.begin(again);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the ingest journal: " + e.getMessage(), e);
      }
      deferredArticles += again.size();
    }
    written += units.size();
    for (int i = 0; i < writers.size(); i++) {
      int w = i;
      writers.get(i).add(units, changed.stream().map(s -> s.formatted().get(w)).toList(), later);
    }
  }

  private static long version(ArticleEvents u) {
    return Long.parseUnsignedLong(u.contentHash().substring(0, 16), 16);
  }

  @Override
  public void close() {
    extraction.close();
    for (BulkWriter w : writers) {
      w.close();
    }
  }
}

package org.waqai.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.waqai.model.Article;
import org.waqai.store.ArticleEvents;

/**
 * Ingest as a pipeline: articles are extracted on every core ({@link OrderedParallel}, so batches hold the same
 * articles in the same order as a sequential run), gathered into batches, and each batch is journalled and written
 * to the stores by a writer thread while the next one is being extracted. At most one batch waits for the writer,
 * so memory is bounded by the batch size, not the input.
 */
public final class IngestPipeline implements AutoCloseable {
  private final Ingestor ingestor;
  private final int batchSize;
  private final Consumer<Ingestor.BatchResult> done;
  private final OrderedParallel<Article, ArticleEvents> extraction;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "waqai-ingest-writer");
    t.setDaemon(true);
    return t;
  });
  private List<ArticleEvents> batch;
  private Future<?> writing;
  private Future<?> waiting;

  /**
   * @param threads extraction threads
   * @param batchSize articles per batch (one journal entry, one transaction per store or a few)
   * @param done told of each batch once every store has it, on the writer thread
   */
  public IngestPipeline(Ingestor ingestor, int threads, int batchSize, Consumer<Ingestor.BatchResult> done) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.ingestor = ingestor;
    this.batchSize = batchSize;
    this.done = done;
    this.batch = new ArrayList<>(batchSize);
    this.extraction = new OrderedParallel<>(threads, 8, 4 * threads, ingestor::extract, (a, unit) -> {
      batch.add(unit);
      if (batch.size() >= batchSize) {
        handOff();
      }
    });
  }

  /** Takes the next article; blocks while the writer is two batches behind. */
  public void add(Article a) {
    extraction.add(a);
  }

  /** Extracts and writes everything taken so far; returns when the stores have it all. */
  public void finish() {
    extraction.flush();
    handOff();
    await(waiting);
    await(writing);
    waiting = null;
    writing = null;
  }

  private void handOff() {
    if (batch.isEmpty()) {
      return;
    }
    List<ArticleEvents> units = batch;
    batch = new ArrayList<>(batchSize);
    if (waiting != null) {
      await(writing);
      writing = waiting;
      waiting = null;
    }
    Future<?> f = writer.submit(() -> {
      try {
        done.accept(ingestor.write(units));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the ingest journal: " + e.getMessage(), e);
      }
    });
    if (writing == null) {
      writing = f;
    } else {
      waiting = f;
    }
  }

  private static void await(Future<?> f) {
    if (f != null) {
      OrderedParallel.join(f, "the store writer");
    }
  }

  @Override
  public void close() {
    extraction.close();
    writer.shutdownNow();
  }
}

package org.waqai.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.waqai.extract.EventExtractor;
import org.waqai.model.Article;
import org.waqai.resolve.EventIds;
import org.waqai.store.ArticleEvents;
import org.waqai.store.EventStore;

/**
 * Extracts articles and writes them to every store, batch by batch, through the {@link IngestJournal}. Articles whose
 * stored fingerprint (content hash + extractor version) is unchanged are skipped by the stores themselves.
 */
public final class Ingestor implements AutoCloseable {
  private final EventExtractor extractor;
  private final List<EventStore> stores;
  private final IngestJournal journal;
  /** Writes every store but the first, which the calling thread writes. */
  private final ExecutorService storeWriters = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "waqai-store-writer");
    t.setDaemon(true);
    return t;
  });

  /** What one batch did. */
  public record BatchResult(int articles, int events, int rewritten) {}

  public Ingestor(EventExtractor extractor, List<EventStore> stores, IngestJournal journal) {
    this.extractor = extractor;
    this.stores = List.copyOf(stores);
    this.journal = journal;
  }

  /** Replays batches an earlier crash left in the journal; returns how many were replayed. */
  public int recover() throws IOException {
    List<Path> pending = journal.pending();
    for (Path p : pending) {
      writeAll(journal.read(p));
      journal.commit(p);
    }
    return pending.size();
  }

  /** Journals, extracts and writes one batch to every store. */
  public BatchResult ingest(List<Article> batch) throws IOException {
    Path handle = journal.begin(batch);
    BatchResult r = writeAll(batch);
    journal.commit(handle);
    return r;
  }

  /** Extracts one article; pure, so any number of threads may call it at once. */
  public ArticleEvents extract(Article a) {
    return new ArticleEvents(a, extractor.extract(a), fingerprint(a), extractor.version());
  }

  /**
   * Journals a batch extracted beforehand ({@link #extract}) and writes it to every store, the stores at the same
   * time (each on its own thread); returns when every store has committed it.
   */
  public BatchResult write(List<ArticleEvents> units) throws IOException {
    Path handle = journal.begin(units.stream().map(ArticleEvents::article).toList());
    BatchResult r = writeUnits(units);
    journal.commit(handle);
    return r;
  }

  private BatchResult writeAll(List<Article> batch) {
    List<ArticleEvents> units = new ArrayList<>(batch.size());
    for (Article a : batch) {
      units.add(extract(a));
    }
    return writeUnits(units);
  }

  private BatchResult writeUnits(List<ArticleEvents> units) {
    int events = units.stream().mapToInt(u -> u.events().size()).sum();
    List<CompletableFuture<Integer>> others = new ArrayList<>();
    for (EventStore s : stores.subList(1, stores.size())) {
      others.add(CompletableFuture.supplyAsync(() -> s.write(units), storeWriters));
    }
    int rewritten = stores.isEmpty() ? 0 : stores.get(0).write(units);
    for (CompletableFuture<Integer> f : others) {
      rewritten = Math.max(rewritten, join(f));
    }
    return new BatchResult(units.size(), events, rewritten);
  }

  private static int join(CompletableFuture<Integer> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** Stops the threads that write the other stores. */
  @Override
  public void close() {
    storeWriters.shutdown();
  }

  /** SHA-256 over everything of the article that extraction reads. */
  public static String fingerprint(Article a) {
    return EventIds.sha256(a.id() + "\u0000" + a.published() + "\u0000" + a.url() + "\u0000" + a.outlet() + "\u0000"
        + a.text());
  }
}

package org.waqai.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.waqai.extract.EventExtractor;
import org.waqai.model.Article;
import org.waqai.resolve.EventIds;
import org.waqai.store.ArticleEvents;
import org.waqai.store.EventStore;

/**
 * Extracts articles and writes them to every store, batch by batch, through the {@link IngestJournal}. Articles whose
 * stored fingerprint (content hash + extractor version) is unchanged are skipped by the stores themselves.
 */
public final class Ingestor {
  private final EventExtractor extractor;
  private final List<EventStore> stores;
  private final IngestJournal journal;

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

  private BatchResult writeAll(List<Article> batch) {
    List<ArticleEvents> units = new ArrayList<>(batch.size());
    int events = 0;
    for (Article a : batch) {
      ArticleEvents ae = new ArticleEvents(a, extractor.extract(a), fingerprint(a), extractor.version());
      events += ae.events().size();
      units.add(ae);
    }
    int rewritten = 0;
    for (EventStore s : stores) {
      rewritten = Math.max(rewritten, s.write(units));
    }
    return new BatchResult(batch.size(), events, rewritten);
  }

  /** SHA-256 over everything of the article that extraction reads. */
  public static String fingerprint(Article a) {
    return EventIds.sha256(a.id() + "\u0000" + a.published() + "\u0000" + a.url() + "\u0000" + a.outlet() + "\u0000"
        + a.text());
  }
}

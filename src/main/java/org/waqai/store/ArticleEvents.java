package org.waqai.store;

import java.util.List;
import java.util.Objects;
import org.waqai.model.Article;
import org.waqai.model.Event;

/**
 * The unit of ingest: one article and every event extracted from it. A store holds, for each article, exactly the
 * events of the last {@code ArticleEvents} written for it.
 *
 * @param article the article (its original text is stored for evidence)
 * @param events the events read from it, possibly none
 * @param contentHash SHA-256 of the article's text and metadata, hex
 * @param extractorVersion the version of the extractor that produced {@code events}
 */
public record ArticleEvents(Article article, List<Event> events, String contentHash, String extractorVersion) {
  public ArticleEvents {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    events = List.copyOf(events);
  }

  /** What a store remembers to decide whether a re-ingest can be skipped. */
  public String fingerprint() {
    return contentHash + "/" + extractorVersion;
  }
}

package org.waqai.store.neo4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.waqai.store.ArticleEvents;
import org.waqai.store.StoreException;

/**
 * Writes batches of articles: skips those whose fingerprint is already stored, then replaces each remaining
 * article's events in the same transaction that rewrites the article, so readers see an article's old events or
 * its new ones, never a mixture. Transactions hold whole articles and about {@code batchSize} events.
 */
final class ArticleWriter {
  private final Sessions sessions;
  private final int batchSize;

  ArticleWriter(Sessions sessions, int batchSize) {
    this.sessions = sessions;
    this.batchSize = batchSize;
  }

  int write(List<ArticleEvents> batch) {
    List<ArticleEvents> changed = changed(lastPerArticle(batch));
    int written = 0;
    for (List<ArticleEvents> chunk : chunks(changed)) {
      written += sessions.write("write", tx -> writeChunk(tx, chunk));
    }
    return written;
  }

  Map<String, String> fingerprints(List<String> articleIds) {
    Map<String, String> stored = new LinkedHashMap<>();
    for (int from = 0; from < articleIds.size(); from += batchSize) {
      List<String> ids = articleIds.subList(from, Math.min(articleIds.size(), from + batchSize));
      sessions.read("fingerprints", tx -> {
        tx.run(Cypher.FINGERPRINTS.query(Map.of("ids", ids)))
            .forEachRemaining(r -> stored.put(r.get("id").asString(), r.get("fingerprint").asString()));
        return null;
      });
    }
    return stored;
  }

  /**
   * The claim statement re-checks fingerprints under the article locks: another worker may have written some
   * of these articles since {@link #changed} looked.
   */
  private int writeChunk(TransactionContext tx, List<ArticleEvents> chunk) {
    Map<String, Boolean> claimed = new HashMap<>();
    tx.run(Cypher.CLAIM_ARTICLES.query(Map.of("articles", GraphRows.articles(chunk))))
        .forEachRemaining(r -> claimed.put(r.get("id").asString(), r.get("fresh").asBoolean()));
    if (claimed.isEmpty()) {
      return 0;
    }
    List<ArticleEvents> units = chunk.stream().filter(u -> claimed.containsKey(u.article().id())).toList();
    List<ArticleEvents> fresh = units.stream().filter(u -> claimed.get(u.article().id())).toList();
    List<ArticleEvents> stored = units.stream().filter(u -> !claimed.get(u.article().id())).toList();
    // A fresh article has no events yet; an event elsewhere may still hold one of the ids about to be written.
    tx.run(Cypher.DELETE_ARTICLE_EVENTS.query(Map.of(
        "articleIds", stored.stream().map(u -> u.article().id()).toList(),
        "eventIds", GraphRows.eventIds(units)))).consume();
    tx.run(Cypher.MERGE_ACTORS.query(Map.of("actors", GraphRows.actors(units)))).consume();
    tx.run(Cypher.MERGE_PLACES.query(Map.of("places", GraphRows.places(units)))).consume();
    createEvents(tx, Cypher.CREATE_NEW_EVENTS, fresh);
    createEvents(tx, Cypher.CREATE_EVENTS, stored);
    return units.size();
  }

  /**
   * Runs one of the event-creating statements over these articles. Every event gets a REPORTED_IN relationship;
   * none means the statement found an actor or place missing.
   */
  private static void createEvents(TransactionContext tx, Cypher statement, List<ArticleEvents> units) {
    if (units.stream().allMatch(u -> u.events().isEmpty())) {
      return;
    }
    SummaryCounters created = tx.run(statement.query(GraphRows.eventsByArticle(units))).consume().counters();
    if (created.relationshipsCreated() == 0) {
      throw new StoreException("write: actors or places vanished while writing " + units.size() + " articles", null);
    }
  }

  /**
   * One unit per article, the batch's last, sorted by article id: workers then lock articles in the same order,
   * which keeps deadlocks between overlapping batches rare (the driver retries the few that remain).
   */
  private static List<ArticleEvents> lastPerArticle(List<ArticleEvents> batch) {
    Map<String, ArticleEvents> byId = new LinkedHashMap<>();
    batch.forEach(u -> byId.put(u.article().id(), u));
    List<ArticleEvents> units = new ArrayList<>(byId.values());
    units.sort(Comparator.comparing(u -> u.article().id()));
    return units;
  }

  /** Reading fingerprints first keeps unchanged articles, text and all, off the wire and out of write locks. */
  private List<ArticleEvents> changed(List<ArticleEvents> units) {
    Map<String, String> stored = fingerprints(units.stream().map(u -> u.article().id()).toList());
    return units.stream()
        .filter(u -> !Objects.equals(stored.get(u.article().id()), u.fingerprint()))
        .toList();
  }

  private List<List<ArticleEvents>> chunks(List<ArticleEvents> units) {
    List<List<ArticleEvents>> chunks = new ArrayList<>();
    List<ArticleEvents> current = new ArrayList<>();
    int events = 0;
    for (ArticleEvents unit : units) {
      if (!current.isEmpty() && events + unit.events().size() > batchSize) {
        chunks.add(current);
        current = new ArrayList<>();
        events = 0;
      }
      current.add(unit);
      events += Math.max(1, unit.events().size());
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }
}

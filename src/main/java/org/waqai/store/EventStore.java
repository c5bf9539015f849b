package org.waqai.store;

import java.util.List;
import java.util.Map;

/**
 * A store of the event graph. Writes are idempotent per article: writing the same {@link ArticleEvents} twice
 * leaves the store as after the first write, and writing an article again with other events replaces that article's
 * events completely (no stale leftovers). Safe to call from many ingest workers at once.
 */
public interface EventStore extends AutoCloseable {

  /** A short name for messages, e.g. {@code neo4j} or {@code rdf}. */
  String name();

  /** Creates constraints, indexes and reference data (actors, places, taxonomy); idempotent. */
  void initialise();

  /**
   * Writes a batch in as few transactions as the store allows. Articles whose stored fingerprint equals the
   * batch's are skipped.
   *
   * @return how many articles were actually (re)written
   */
  int write(List<ArticleEvents> batch);

  /** The stored fingerprint ({@link ArticleEvents#fingerprint()}) of each of these articles that is present. */
  Map<String, String> fingerprints(List<String> articleIds);

  /** Number of events stored. */
  long countEvents();

  /** Number of articles stored. */
  long countArticles();

  /** Removes everything (tests and benchmarks only). */
  void clear();

  @Override
  void close();
}

package org.waqai.store;

import java.util.List;
import java.util.Set;

/**
 * The first load of an empty embedded store by the store's own bulk loader: batches are staged as files as they come,
 * and {@link #load()} hands the files to the loader. The store must end as if every batch had been given to
 * {@link EventStore#write} in the same order.
 */
public interface BulkWriter extends AutoCloseable {

  /**
   * This store's staged form of one article (the bytes of each of its files, or null when the article cannot be
   * stored, which is then reported). Pure and thread-safe, so that the extraction threads format while one thread
   * appends to the files.
   */
  byte[][] format(ArticleEvents unit);

  /**
   * Stages one batch.
   *
   * @param units the batch's articles as {@link EventStore#write} would write them: one per article, sorted by
   *     article id, only those new to the store or changed since they were staged
   * @param formatted {@link #format} of each unit, in the same order
   * @param deferred ids of articles among {@code units} already staged with another fingerprint: they are not
   *     staged again but written transactionally after the load, and count only for what the batch adds to shared
   *     nodes (actors, places)
   */
  void add(List<ArticleEvents> units, List<byte[][]> formatted, Set<String> deferred);

  /** The loader {@link #load()} runs, for progress lines ("the Neo4j import tool"). */
  String loader();

  /** Closes the staged files and runs the bulk loader; the store must not be open anywhere. */
  void load();

  /** Releases the staged files' handles (the files themselves stay until the caller deletes them). */
  @Override
  void close();
}

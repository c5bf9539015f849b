package org.waqai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.waqai.ingest.BulkMode;
import org.waqai.ingest.IngestJournal;
import org.waqai.store.BulkWriter;
import org.waqai.store.EventStore;
import org.waqai.store.neo4j.Neo4jBulkImport;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.neo4j.Neo4jSettings;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfMode;
import org.waqai.store.rdf.RdfSettings;

/**
 * Whether {@code ingest} may take the bulk path, and the files it stages in {@code DATA/bulk-staging}. The staging
 * directory exists from the first file written until the loaded stores have been opened and every deferred article
 * replayed; finding it at start means a bulk load was interrupted, into stores that were empty before it, so the
 * next bulk load starts them afresh.
 */
final class BulkPath {
  private final StoreOptions stores;
  private final Neo4jSettings neo4j;
  private final RdfSettings rdf;

  BulkPath(StoreOptions stores) {
    this.stores = stores;
    this.neo4j = stores.neo4jSettings();
    this.rdf = StoreOptions.rdfSettings(stores.data);
  }

  Path staging() {
    return stores.data.resolve("bulk-staging");
  }

  /** Where the articles that must be rewritten after the load wait until it is done. */
  Path deferredJournal() {
    return staging().resolve("deferred");
  }

  /**
   * Whether to load in bulk. {@code null} when yes; otherwise why not (for {@link BulkMode#ALWAYS}, an error to
   * report; for {@link BulkMode#AUTO}, the transactional path is taken).
   */
  String whyNot(BulkMode mode) throws IOException {
    if (mode == BulkMode.NEVER) {
      return Files.isDirectory(staging()) ? "an interrupted bulk load left the stores in " + stores.data
          + " incomplete: run ingest again with --bulk=auto (or delete the stores)" : "--bulk=never";
    }
    if (!neo4j.embedded()) {
      return "Neo4j is an external server (" + neo4j.uri() + ")";
    }
    if (rdf.mode() != RdfMode.TDB2) {
      return "the RDF store is a remote SPARQL store";
    }
    if (Files.isDirectory(staging())) {
      return null; // the stores were empty when the interrupted load began
    }
    if (!new IngestJournal(stores.journal()).pending().isEmpty()) {
      return "the ingest journal holds batches an earlier run left to replay";
    }
    if (Files.isDirectory(neo4j.dataDir().resolve("data/databases/neo4j"))) {
      try (Neo4jEventStore s = Neo4jEventStore.open(neo4j)) {
        if (!empty(s)) {
          return "Neo4j in " + neo4j.dataDir() + " already holds articles";
        }
      }
    }
    if (hasGeneration(rdf.tdb2Dir())) {
      try (RdfEventStore s = RdfEventStore.open(rdf)) {
        if (!empty(s)) {
          return "TDB2 in " + rdf.tdb2Dir() + " already holds articles";
        }
      }
    }
    return null;
  }

  private static boolean empty(EventStore s) {
    return s.countArticles() == 0 && s.countEvents() == 0;
  }

  private static boolean hasGeneration(Path tdb2) throws IOException {
    if (!Files.isDirectory(tdb2)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(tdb2)) {
      return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    }
  }

  /**
   * Prepares a fresh staging directory and the stores' writers. After an interrupted bulk load the TDB2 directory
   * is emptied (its loader adds to what is there); the Neo4j import overwrites its database anyway.
   */
  List<BulkWriter> begin() throws IOException {
    if (Files.isDirectory(staging())) {
      deleteTree(staging());
      deleteTree(rdf.tdb2Dir());
    }
    Files.createDirectories(deferredJournal());
    List<BulkWriter> writers = new ArrayList<>();
    writers.add(new Neo4jBulkImport(staging().resolve("neo4j"), neo4j.dataDir()));
    try {
      writers.add(new org.waqai.store.rdf.Tdb2BulkLoad(staging().resolve("rdf"), rdf));
    } catch (RuntimeException e) {
      writers.get(0).close();
      throw e;
    }
    return writers;
  }

  /** Hands the deferred batches to the ingest journal, whose replay at the next open of the stores writes them. */
  void handOverDeferred() throws IOException {
    IngestJournal journal = new IngestJournal(stores.journal());
    IngestJournal deferred = new IngestJournal(deferredJournal());
    for (Path batch : deferred.pending()) {
      journal.begin(deferred.read(batch));
    }
  }

  /**
   * Removes the staging directory: the stores are complete. It is first renamed in one step, so that a crash while
   * its files are deleted cannot leave a {@code bulk-staging} that would make the next start load again (and lose
   * what the stores hold if that start is given other input).
   */
  void end() throws IOException {
    Path done = finished();
    deleteTree(done);
    Files.move(staging(), done, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    deleteTree(done);
  }

  /** Where a staging directory goes to be deleted once the stores are complete. */
  private Path finished() {
    return stores.data.resolve("bulk-staging.done");
  }

  /** Deletes what a crash during {@link #end()} left (the stores themselves are complete). */
  void sweep() throws IOException {
    deleteTree(finished());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

package org.waqai.store.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * An open {@link RDFConnection} to the configured back-end and what closing it must release. Both back-ends are
 * driven through the same connection API, so the store has one code path; they differ in what a transaction means:
 * on TDB2 a real ACID transaction, on a remote store a local lock around independent HTTP requests.
 */
final class RdfEndpoint implements AutoCloseable {
  /** A complete TDB2 storage generation's directory name, as {@link DatabaseOps} names them. */
  private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

  private final RdfSettings settings;
  private final RDFConnection connection;
  /** The TDB2 database (mode {@code tdb2}), null for a remote store. */
  private final DatasetGraph tdb2;

  private RdfEndpoint(RdfSettings settings, RDFConnection connection, DatasetGraph tdb2) {
    this.settings = settings;
    this.connection = connection;
    this.tdb2 = tdb2;
  }

  RDFConnection connection() {
    return connection;
  }

  static RdfEndpoint open(RdfSettings settings) {
    return switch (settings.mode()) {
      case TDB2 -> tdb2(settings);
      case REMOTE -> remote(settings);
    };
  }

  private static RdfEndpoint tdb2(RdfSettings settings) {
    DatasetGraph dsg;
    try {
      Files.createDirectories(settings.tdb2Dir());
      dsg = DatabaseMgr.connectDatasetGraph(settings.tdb2Dir().toString());
    } catch (IOException e) {
      throw new RdfStoreException("cannot create TDB2 directory " + settings.tdb2Dir(), e);
    } catch (JenaException e) {
      if (isLockedElsewhere(e)) {
        throw new RdfStoreLockedException(settings.tdb2Dir(), e);
      }
      throw new RdfStoreUnavailableException("cannot open TDB2 at " + settings.tdb2Dir() + ": " + e.getMessage(), e);
    }
    // Ad-hoc queries see all article graphs as one default graph; the store's own queries name graphs explicitly.
    // The setting lives in the database's context, which a compaction keeps.
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    return new RdfEndpoint(settings, RDFConnection.connect(DatasetFactory.wrap(dsg)), dsg);
  }

  /**
   * Whether TDB2 refused the directory because its {@code tdb.lock} is held: by another process (Jena says so only in
   * the message of a {@link DBOpEnvException}) or by another lock of this one ({@link AlreadyLocked}).
   */
  private static boolean isLockedElsewhere(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AlreadyLocked
          || t instanceof DBOpEnvException && String.valueOf(t.getMessage()).startsWith("Failed to get a lock")) {
        return true;
      }
    }
    return false;
  }

  private static RdfEndpoint remote(RdfSettings settings) {
    RDFConnection connection = RDFConnectionRemote.newBuilder()
        .queryEndpoint(settings.queryUrl())
        .updateEndpoint(settings.updateUrl())
        .gspEndpoint(settings.gspUrl())
        .build();
    return new RdfEndpoint(settings, connection, null);
  }

  /**
   * Compacts the TDB2 database with {@link DatabaseMgr#compact(DatasetGraph, boolean)}: the live data is copied into
   * a new storage generation ({@code Data-NNNN-tmp}, renamed to {@code Data-NNNN} when complete), the database
   * switches to it, and only then is the old generation deleted. A crash before the rename leaves the temporary
   * directory, which TDB2 removes at the next open; a crash after it leaves two complete generations, of which TDB2
   * opens the newest and never looks at the older one again. So that such a leftover is not dead space for ever,
   * every older complete generation is deleted before the copy (room for it) and after the switch. Writers wait while
   * it runs; readers go on.
   */
  Tdb2Compaction compact() {
    if (tdb2 == null) {
      throw new RdfCompactionUnsupportedException("compaction applies to the embedded TDB2 store only; the remote "
          + "SPARQL store at " + settings.updateUrl() + " compacts its own files (Fuseki: POST "
          + "/$/compact/{dataset}?deleteOld=true on its admin endpoint)");
    }
    Path dir = settings.tdb2Dir();
    long before = DiskUsage.bytes(dir);
    String generationBefore = generation(dir);
    try {
      deleteOlderGenerations(dir, generationBefore);
      DatabaseMgr.compact(tdb2, true);
      deleteOlderGenerations(dir, generation(dir));
    } catch (RuntimeException e) {
      throw new RdfStoreException("compaction of TDB2 at " + dir + " failed: " + e.getMessage(), e);
    }
    return new Tdb2Compaction(dir, before, DiskUsage.bytes(dir), generationBefore, generation(dir));
  }

  /**
   * Deletes the complete storage generations ({@code Data-NNNN}) older than {@code current}, the one the open database
   * uses: TDB2 opens only the newest, so an older one is what a compaction killed between its switch and its clean-up
   * left behind. Unfinished copies ({@code Data-NNNN-tmp}) are TDB2's own business at open.
   */
  private static void deleteOlderGenerations(Path dir, String current) {
    Matcher m = GENERATION.matcher(current);
    if (!m.matches()) {
      return;
    }
    int inUse = Integer.parseInt(m.group(1));
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        Matcher g = GENERATION.matcher(p.getFileName().toString());
        if (g.matches() && Integer.parseInt(g.group(1)) < inUse && Files.isDirectory(p)) {
          IOX.deleteAll(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** The storage generation TDB2 opens in {@code dir}: its newest {@code Data-NNNN}. */
  private static String generation(Path dir) {
    Path storage = DatabaseOps.findStorageLocation(dir);
    return storage == null ? "" : storage.getFileName().toString();
  }

  @Override
  public void close() {
    connection.close();
    if (tdb2 != null) {
      // Releases the files and the lock so that the directory can be opened again (tests, a restarted service).
      TDBInternal.expel(tdb2);
    }
  }
}

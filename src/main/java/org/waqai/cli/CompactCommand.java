package org.waqai.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfMode;
import org.waqai.store.rdf.RdfSettings;
import org.waqai.store.rdf.RdfStoreException;
import org.waqai.store.rdf.Tdb2Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waqai compact}: gives back the space that re-ingested articles leave in the embedded TDB2 store. TDB2 allows
 * one process per directory, so this runs on the store at rest, with the service stopped.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = {"Compact the embedded Jena TDB2 store (DIR/tdb2) and print its size on disk before and after.",
        "TDB2 never overwrites: every changed article that is re-ingested leaves its old graph behind as dead space. "
            + "Compaction copies the live data into a new generation (Data-NNNN), switches to it and only then "
            + "deletes the old one, so an interrupted compaction leaves the store as it was.",
        "The store must not be in use: stop the service (waqai serve) first. A remote SPARQL store "
            + "(WAQAI_RDF_MODE=remote) compacts itself, e.g. Fuseki's POST /$/compact/{dataset}?deleteOld=true."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compacted", "1:no store there, the store is in use by another process or remote, or the "
        + "compaction failed (no data is lost: the store keeps its newest complete generation)", "2:usage error"})
public final class CompactCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "directory of the embedded stores (default: ${DEFAULT-VALUE}); the TDB2 store is DIR/tdb2")
  Path data;

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    RdfSettings settings = StoreOptions.rdfSettings(data);
    if (settings.mode() == RdfMode.TDB2 && !Files.isDirectory(settings.tdb2Dir())) {
      err.println("waqai compact: " + settings.tdb2Dir() + ": no TDB2 store there (nothing to compact)");
      return 1;
    }
    Tdb2Compaction c;
    try (RdfEventStore store = RdfEventStore.open(settings)) {
      if (!quiet && settings.mode() == RdfMode.TDB2) {
        err.println("waqai compact: compacting " + settings.tdb2Dir() + " ...");
        err.flush();
      }
      c = store.compact();
    } catch (RdfStoreException e) {
      err.println("waqai compact: " + e.getMessage());
      return 1;
    }
    if (!quiet) {
      err.printf("waqai compact: %s: %s -> %s on disk (%s given back); storage %s -> %s%n", c.directory(),
          size(c.bytesBefore()), size(c.bytesAfter()), size(Math.max(0, c.reclaimed())), c.generationBefore(),
          c.generationAfter());
    }
    return 0;
  }

  /** Bytes in MiB with one decimal, as {@code du -h} counts. */
  static String size(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}

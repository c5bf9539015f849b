package org.waqai.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code waqai export}: the embedded TDB2 store as TriG or N-Quads, one named graph (article) at a time, with a
 * progress bar. The running service offers the same and more formats at {@code /export}; this command is for the
 * store at rest (TDB2 allows one process per directory).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the embedded RDF store (named graphs = one per article) as TriG or N-Quads.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:exported", "1:the store could not be read or the file written", "2:usage error"})
public final class ExportCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "directory of the embedded stores (default: ${DEFAULT-VALUE}); the TDB2 store is DIR/tdb2")
  Path data;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "trig",
      description = "trig or nquads (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "file to write (written to a temporary file and renamed into place)")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Lang lang = switch (format.toLowerCase(Locale.ROOT)) {
      case "trig" -> Lang.TRIG;
      case "nquads", "n-quads", "nq" -> Lang.NQUADS;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown format " + format + " (trig or nquads)");
    };
    Path tdb = data.resolve("tdb2");
    if (!Files.isDirectory(tdb)) {
      err.println("waqai export: " + tdb + ": no TDB2 store there (run ingest first, or use the service's /export)");
      return 1;
    }
    Dataset ds = TDB2Factory.connectDataset(tdb.toString());
    Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".waqai-export-", ".tmp");
    long[] quads = new long[1];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      Txn.executeRead(ds, () -> {
        DatasetGraph dsg = ds.asDatasetGraph();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        Progress progress = new Progress(err, quiet ? 0 : graphs.size(), "graphs");
        for (Node g : graphs) {
          DatasetGraph one = DatasetGraphFactory.create();
          one.addGraph(g, dsg.getGraph(g));
          quads[0] += dsg.getGraph(g).size();
          RDFDataMgr.write(out, one, lang);
          progress.step();
        }
        progress.done();
      });
    } catch (RuntimeException e) {
      Files.deleteIfExists(tmp);
      err.println("waqai export: " + e.getMessage());
      return 1;
    } finally {
      ds.close();
    }
    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    if (!quiet) {
      err.printf("waqai export: %d quads to %s%n", quads[0], output);
    }
    return 0;
  }
}

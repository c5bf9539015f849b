package org.waqai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.waqai.extract.EventExtractor;
import org.waqai.ingest.BulkIngest;
import org.waqai.ingest.BulkMode;
import org.waqai.ingest.IngestJournal;
import org.waqai.ingest.IngestPipeline;
import org.waqai.ingest.OrderedParallel;
import org.waqai.ingest.Ingestor;
import org.waqai.io.ArticleSource;
import org.waqai.io.InputFormat;
import org.waqai.io.InputProblem;
import org.waqai.store.EventStore;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfMode;
import org.waqai.store.rdf.Tdb2Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code waqai ingest}: extract and load into Neo4j and Jena, idempotently, through a crash-safe journal. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract events from Arabic articles (JSONL, text, HTML pages, RSS/Atom feeds, WARC crawls) and "
        + "load them into Neo4j and Jena TDB2.",
        "INPUT is read as by extract (see waqai extract --help): .jsonl, .txt (date from --published), .html, "
            + ".htm, .rss, .atom, .xml (feeds), .warc, .warc.gz and directories of them; a file that cannot be read "
            + "is named on stderr with the reason and the rest goes on.",
        "Re-ingesting an unchanged article changes nothing; after the extractor changed, the article's events are "
            + "replaced in both stores. Batches interrupted by a crash are replayed at the next start."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every article was loaded", "1:some input could not be read or a store failed",
        "2:usage error"})
public final class IngestCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = InputOptions.INPUT_HELP)
  List<Path> inputs = new ArrayList<>();

  @Mixin
  InputOptions input;

  @Mixin
  StoreOptions stores;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
      description = "articles per batch (one transaction per store; default: ${DEFAULT-VALUE})")
  int batchSize;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "extraction threads (default 0: one per processor); the stores end the same for any N")
  void threads(int n) {
    if (n < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 or more");
    }
    threads = n == 0 ? OrderedParallel.defaultThreads() : n;
  }

  private int threads = OrderedParallel.defaultThreads();

  @Option(names = "--compact",
      description = "compact the embedded TDB2 store afterwards when articles were rewritten (each rewrite leaves "
          + "dead space; compaction copies the live data, so it takes longer as the store grows)")
  boolean compact;

  @Option(names = "--bulk", paramLabel = "MODE", defaultValue = "auto",
      description = {"auto (default): a first load into empty embedded stores goes through the stores' own bulk "
          + "loaders (Neo4j's import tool from CSV, a Jena TDB2 bulk loader from N-Quads, staged in "
          + "DIR/bulk-staging), anything else through transactions; always: bulk or fail; never: transactions "
          + "only. Both paths end in the same graphs; later ingests into bulk-loaded stores are transactional."})
  void bulk(String mode) {
    try {
      bulkMode = BulkMode.parse(mode);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bulk: " + e.getMessage());
    }
  }

  private BulkMode bulkMode = BulkMode.AUTO;

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "print a line per batch (on the bulk path, per loader)")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ArticleSource source = input.source();
    List<InputProblem> problems = new ArrayList<>();
    List<Path> files = source.expand(inputs, p -> {
      problems.add(p);
      err.println("waqai ingest: " + p);
    });
    if (compact && StoreOptions.rdfSettings(stores.data).mode() != RdfMode.TDB2) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--compact applies to the embedded TDB2 store only; a remote SPARQL store compacts itself");
    }
    // feeds and crawls hold an unknown number of articles: count those inputs by file instead
    boolean byFile = files.stream().map(InputFormat::byName)
        .anyMatch(f -> f == null || f == InputFormat.FEED || f == InputFormat.WARC);
    long total = byFile ? files.size() : countRecords(files);
    EventExtractor extractor = new EventExtractor();
    long[] counts = new long[3];
    BulkPath bulkPath = new BulkPath(stores);
    bulkPath.sweep();
    String whyNot = bulkPath.whyNot(bulkMode);
    if (whyNot != null && (bulkMode == BulkMode.ALWAYS || Files.isDirectory(bulkPath.staging()))) {
      err.println("waqai ingest: cannot load in bulk: " + whyNot);
      return 1;
    }
    boolean bulk = whyNot == null;
    if (bulk) {
      BulkIngest.Result r = bulkLoad(bulkPath, extractor, files, source, byFile, total, problems, err);
      counts[0] = r.articles();
      counts[1] = r.events();
      counts[2] = r.written();
      files = List.of();
    }
    List<EventStore> opened = stores.open();
    try {
      for (EventStore s : opened) {
        s.initialise();
      }
      try (Ingestor ingestor = new Ingestor(extractor, opened, new IngestJournal(stores.journal()))) {
        int replayed = ingestor.recover();
        if (replayed > 0 && !quiet && !bulk) {
          err.println("waqai ingest: replayed " + replayed + " batch(es) interrupted by an earlier crash");
        }
        Progress fileProgress = new Progress(err, quiet || !byFile ? 0 : total, "files");
        Progress progress = new Progress(err, quiet || byFile ? 0 : total, "articles");
        try (IngestPipeline pipeline = new IngestPipeline(ingestor, threads, batchSize, r -> {
          synchronized (counts) {
            counts[0] += r.articles();
            counts[1] += r.events();
            counts[2] += r.rewritten();
            if (verbose) {
              err.printf("%nbatch: %d articles, %d events, %d rewritten%n", r.articles(), r.events(),
                  r.rewritten());
            }
            progress.advance(r.articles());
          }
        })) {
          for (Path f : files) {
            source.read(f, pipeline::add, p -> {
              synchronized (counts) {
                problems.add(p);
                err.println("\nwaqai ingest: " + p);
              }
            });
            fileProgress.step();
          }
          pipeline.finish();
        }
        progress.done();
        fileProgress.done();
      }
      if (!quiet) {
        err.printf("waqai ingest: %d articles (%d written, %d unchanged), %d events, %d problems; stores: %s%n",
            counts[0], counts[2], counts[0] - counts[2], counts[1], problems.size(),
            String.join(", ", opened.stream().map(s -> s.name() + " " + s.countEvents() + " events").toList()));
      }
      if (compact && counts[2] > 0) {
        for (EventStore s : opened) {
          if (s instanceof RdfEventStore rdf) {
            Tdb2Compaction c = rdf.compact();
            if (!quiet) {
              err.printf("waqai ingest: compacted %s: %s -> %s on disk%n", c.directory(),
                  CompactCommand.size(c.bytesBefore()), CompactCommand.size(c.bytesAfter()));
            }
          }
        }
      }
    } finally {
      for (EventStore s : opened) {
        s.close();
      }
    }
    if (bulk) {
      bulkPath.end();
    }
    return problems.isEmpty() ? 0 : 1;
  }

  /**
   * Extracts every input into files for the stores' bulk loaders and runs them; the stores are closed. Articles
   * that came again with other content wait in the journal, which the caller's {@link Ingestor#recover()} replays.
   */
  private BulkIngest.Result bulkLoad(BulkPath bulkPath, EventExtractor extractor, List<Path> files,
      ArticleSource source, boolean byFile, long total, List<InputProblem> problems, PrintWriter err)
      throws IOException {
    long started = System.nanoTime();
    List<org.waqai.store.BulkWriter> writers = bulkPath.begin();
    BulkIngest.Result r;
    Progress fileProgress = new Progress(err, quiet || !byFile ? 0 : total, "files");
    Progress progress = new Progress(err, quiet || byFile ? 0 : total, "articles");
    try (Ingestor ingestor = new Ingestor(extractor, List.of(), new IngestJournal(bulkPath.deferredJournal()));
        BulkIngest load = new BulkIngest(ingestor, writers, new IngestJournal(bulkPath.deferredJournal()), threads,
            batchSize)) {
      for (Path f : files) {
        source.read(f, a -> {
          load.add(a);
          progress.advance(1);
        }, p -> {
          problems.add(p);
          err.println("\nwaqai ingest: " + p);
        });
        fileProgress.step();
      }
      progress.done();
      fileProgress.done();
      r = load.finish(loader -> {
        if (verbose) {
          err.println("waqai ingest: staged; loading with " + loader);
          err.flush();
        }
      });
    }
    bulkPath.handOverDeferred();
    if (verbose) {
      err.println("waqai ingest: loaded; opening the stores");
      err.flush();
    }
    if (!quiet) {
      err.printf("waqai ingest: bulk load of %d articles (%d events) in %.1f s%s%n", r.written(), r.events(),
          (System.nanoTime() - started) / 1e9,
          r.deferred() > 0 ? "; " + r.deferred() + " article(s) that came again with other content follow" : "");
    }
    return r;
  }

  /** Records to read, for the progress bar: lines of JSONL files, one per text file or page. */
  private static long countRecords(List<Path> files) throws IOException {
    long n = 0;
    for (Path f : files) {
      if (InputFormat.byName(f) == InputFormat.TEXT || InputFormat.byName(f) == InputFormat.HTML) {
        n++;
      } else {
        try (var lines = Files.lines(f, java.nio.charset.StandardCharsets.ISO_8859_1)) {
          n += lines.filter(l -> !l.isBlank()).count();
        }
      }
    }
    return n;
  }
}

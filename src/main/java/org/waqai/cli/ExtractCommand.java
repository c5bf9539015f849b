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
import java.util.concurrent.Callable;
import org.waqai.extract.EventExtractor;
import org.waqai.extract.Gazetteer;
import org.waqai.ingest.OrderedParallel;
import org.waqai.io.ArticleSource;
import org.waqai.io.EventJsonWriter;
import org.waqai.io.InputProblem;
import org.waqai.model.Article;
import org.waqai.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code waqai extract}: articles in, events out as JSONL. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract conflict events from Arabic articles (JSONL, text, HTML pages, RSS/Atom feeds, WARC "
        + "crawls) and write them as JSON lines.",
        "INPUT is any mix of files and of directories (read recursively) in these formats:",
        "  .jsonl            one article per line: id, text, published, url, outlet",
        "  .txt              one article; id = file name; date from --published",
        "  .html .htm        a saved web page: its main text; title, date and URL from",
        "                    the page's metadata; id = file name",
        "  .rss .atom .xml   an RSS or Atom feed: one article per item",
        "  .warc .warc.gz    a crawl: one article per HTML response (URL = target URI)",
        "A file that cannot be read is named on stderr with the reason; the rest goes on."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every article was read", "1:some input could not be read (see the messages on stderr)",
        "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = InputOptions.INPUT_HELP)
  List<Path> inputs = new ArrayList<>();

  @Mixin
  InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write events to FILE (written atomically) instead of standard output")
  Path output;

  @Option(names = "--geonames", paramLabel = "FILE",
      description = "add a GeoNames country dump (e.g. SY.txt with alternate names) to the bundled gazetteer")
  Path geonames;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "extraction threads (default 0: one per processor); the output is the same for any N")
  void threads(int n) {
    if (n < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 or more");
    }
    threads = n == 0 ? OrderedParallel.defaultThreads() : n;
  }

  private int threads = OrderedParallel.defaultThreads();

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "print a line per article")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Gazetteer gazetteer = new Gazetteer();
    if (geonames != null) {
      gazetteer.withGeoNames(geonames);
    }
    EventExtractor extractor = new EventExtractor(gazetteer);
    EventJsonWriter json = new EventJsonWriter();
    ArticleSource source = input.source();
    int[] counts = new int[3];
    List<InputProblem> problems = new ArrayList<>();
    Path tmp = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), ".waqai-", ".tmp");
    // each article's lines are encoded on the thread that extracted it; the writer only copies bytes
    try (OutputStream out = new BufferedOutputStream(tmp == null ? System.out : Files.newOutputStream(tmp), 1 << 16)) {
      List<Path> files = source.expand(inputs, p -> {
        problems.add(p);
        err.println("waqai extract: " + p);
      });
      Progress progress = new Progress(err, quiet || output == null && !verbose ? 0 : files.size(), "files");
      try (OrderedParallel<Article, Extracted> pool = new OrderedParallel<>(threads, 8, 16 * threads,
          a -> extracted(extractor, json, a), (a, x) -> {
            counts[0]++;
            counts[1] += x.events();
            write(out, x.lines());
            if (verbose) {
              err.println(a.id() + ": " + x.events() + " events");
            }
          })) {
        for (Path f : files) {
          source.read(f, pool::add, p -> {
            problems.add(p);
            err.println("waqai extract: " + p);
          });
          pool.flush();
          progress.step();
        }
      }
      progress.done();
    }
    if (tmp != null) {
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    if (!quiet) {
      err.printf("waqai extract: %d articles, %d events, %d problems%n", counts[0], counts[1], problems.size());
    }
    err.flush();
    return problems.isEmpty() ? 0 : 1;
  }

  /** One article's events as JSON lines in UTF-8, made on a worker thread. */
  private record Extracted(int events, byte[] lines) {}

  private static Extracted extracted(EventExtractor extractor, EventJsonWriter json, Article a) {
    List<Event> events = extractor.extract(a);
    return new Extracted(events.size(), json.lines(events));
  }

  private static void write(OutputStream out, byte[] b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

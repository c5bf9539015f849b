package org.waqai.store.rdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.waqai.store.ArticleEvents;
import org.waqai.store.BulkWriter;

/**
 * The first load of an empty TDB2 database with one of Jena's bulk loaders (setting {@value #LOADER_KEY}): each
 * article's graph (as {@link RdfEventStore#write} would put it, named by the article's IRI) and the reference graph
 * are written as N-Quads while batches come (formatted on the extraction threads), and {@link #load()} hands the file
 * to the loader. An article that cannot be mapped is reported and left out, as the transactional writer does.
 */
public final class Tdb2BulkLoad implements BulkWriter {
  private static final Logger LOG = System.getLogger(Tdb2BulkLoad.class.getName());

  /** The setting that chooses the loader ({@code WAQAI_TDB2_BULK_LOADER} in the environment). */
  public static final String LOADER_KEY = "waqai.tdb2.bulk-loader";

  /** Jena's TDB2 loaders ({@code LoaderFactory}), which differ in how many threads they run at once. */
  public enum Loader {
    /** Parses and indexes on many threads at once (one per index and more). */
    PARALLEL,
    /** Builds the primary indexes, then the others in a second phase (a few threads). */
    PHASED,
    /** One thread, index by index. */
    SEQUENTIAL,
    /** One thread, each quad into every index in turn. */
    BASIC;

    /**
     * The setting's value; unset, {@link #SEQUENTIAL} on up to 2 processors (measured fastest there, with half the
     * parallel loader's memory: docs/scaling.md, "TDB2 loader on 2 cores") and {@link #PARALLEL} on more (Jena's
     * advice for many cores; not measured here).
     */
    public static Loader fromSetting(String value) {
      if (value == null || value.isBlank()) {
        return Runtime.getRuntime().availableProcessors() <= 2 ? SEQUENTIAL : PARALLEL;
      }
      try {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(LOADER_KEY + " must be parallel, phased, sequential or basic, not '"
            + value + "'", e);
      }
    }

    /** A loader of this kind into {@code dsg}, silent. */
    public DataLoader create(DatasetGraph dsg) {
      org.apache.jena.system.progress.MonitorOutput quiet = (format, args) -> { };
      return switch (this) {
        case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
        case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
        case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
        case BASIC -> LoaderFactory.basicLoader(dsg, quiet);
      };
    }
  }

  private final Loader loader;

  private final Path file;
  private final Path tdb2Dir;
  private final EventRdfMapper mapper;
  private final OutputStream out;
  private boolean closed;

  /**
   * @param stagingDir a directory for the N-Quads file
   * @param settings the store, which must be TDB2
   */
  public Tdb2BulkLoad(Path stagingDir, RdfSettings settings) {
    if (settings.mode() != RdfMode.TDB2) {
      throw new IllegalArgumentException("the bulk loader loads an embedded TDB2 store only");
    }
    Iris iris = new Iris(settings.baseUri());
    this.tdb2Dir = settings.tdb2Dir();
    this.loader = Loader.fromSetting(RdfSettings.environment(LOADER_KEY));
    this.mapper = new EventRdfMapper(iris);
    this.file = stagingDir.resolve("graphs.nq");
    try {
      Files.createDirectories(stagingDir);
      this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    append(nquads(iris.referenceGraph(), ReferenceData.graph(iris)));
  }

  /** The article's graph as N-Quads, or null when it cannot be mapped. */
  @Override
  public byte[][] format(ArticleEvents unit) {
    Graph graph;
    try {
      graph = mapper.map(unit);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "article {0} not stored: {1}", unit.article().id(), e.getMessage());
      return null;
    }
    return new byte[][] {nquads(mapper.iris().article(unit.article().id()), graph)};
  }

  private static byte[] nquads(Node name, Graph graph) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    StreamRDF stream = StreamRDFWriter.getWriterStream(bytes, Lang.NQUADS);
    stream.start();
    graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
    stream.finish();
    return bytes.toByteArray();
  }

  private void append(byte[] quads) {
    try {
      out.write(quads);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  @Override
  public void add(List<ArticleEvents> units, List<byte[][]> formatted, Set<String> deferred) {
    for (int i = 0; i < units.size(); i++) {
      byte[][] quads = formatted.get(i);
      if (quads != null && !deferred.contains(units.get(i).article().id())) {
        append(quads[0]);
      }
    }
  }

  @Override
  public String loader() {
    return "the TDB2 " + loader.name().toLowerCase(java.util.Locale.ROOT) + " loader";
  }

  /** Loads the staged quads into the TDB2 directory, which no other dataset may have open. */
  @Override
  public void load() {
    close();
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb2Dir.toString());
    try {
      DataLoader bulk = loader.create(dsg);
      bulk.startBulk();
      try {
        bulk.load(file.toString());
        bulk.finishBulk();
      } catch (RuntimeException e) {
        bulk.finishException(e);
        throw new RdfStoreException("bulk load into TDB2 at " + tdb2Dir + " failed: " + e.getMessage(), e);
      }
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}

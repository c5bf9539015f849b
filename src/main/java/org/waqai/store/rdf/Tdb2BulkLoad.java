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
 * The first load of an empty TDB2 database with Jena's parallel bulk loader: each article's graph (as
 * {@link RdfEventStore#write} would put it, named by the article's IRI) and the reference graph are written as
 * N-Quads while batches come (formatted on the extraction threads), and {@link #load()} hands the file to the loader. An article that cannot be mapped is
 * reported and left out, as the transactional writer does.
 */
public final class Tdb2BulkLoad implements BulkWriter {
  private static final Logger LOG = System.getLogger(Tdb2BulkLoad.class.getName());

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

  /** Loads the staged quads into the TDB2 directory, which no other dataset may have open. */
  @Override
  public void load() {
    close();
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb2Dir.toString());
    try {
      DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> { });
      loader.startBulk();
      try {
        loader.load(file.toString());
        loader.finishBulk();
      } catch (RuntimeException e) {
        loader.finishException(e);
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

package org.waqai.api.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.waqai.api.events.EventFilter;
import org.waqai.api.format.RdfPrefixes;
import org.waqai.api.events.EventQueries;
import org.waqai.api.events.EventWriters;
import org.waqai.api.sparql.QueryTarget;
import org.waqai.store.rdf.Iris;

/** Writes the whole knowledge graph, or the event table, to a stream in an {@link ExportFormat}. */
@ApplicationScoped
public class ExportService {
  private static final Query TRIPLES = load("export-triples.rq");
  private static final Query QUADS = load("export-quads.rq");

  @Inject
  QueryTarget target;

  @Inject
  EventQueries events;

  @Inject
  Iris iris;

  public void write(ExportFormat format, OutputStream out) throws IOException {
    if (!format.isRdf()) {
      writeEvents(format, out);
    } else if (format.streamed()) {
      target.read(() -> {
        streamRdf(format, out);
        return null;
      });
    } else {
      Graph graph = target.read(() -> {
        Graph g = GraphFactory.createDefaultGraph();
        try (QueryExec exec = exec(TRIPLES)) {
          exec.constructTriples().forEachRemaining(g::add);
        }
        return g;
      });
      graph.getPrefixMapping().setNsPrefixes(RdfPrefixes.with(iris.base()));
      RDFDataMgr.write(out, graph, format.rdfFormat());
    }
  }

  private void streamRdf(ExportFormat format, OutputStream out) {
    StreamRDF sink = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
    sink.start();
    RdfPrefixes.with(iris.base()).getNsPrefixMap().forEach(sink::prefix);
    try (QueryExec exec = exec(format.quads() ? QUADS : TRIPLES)) {
      if (format.quads()) {
        Iterator<Quad> quads = exec.constructQuads();
        quads.forEachRemaining(sink::quad);
      } else {
        Iterator<Triple> triples = exec.constructTriples();
        triples.forEachRemaining(sink::triple);
      }
    }
    sink.finish();
  }

  private QueryExec exec(Query query) {
    return target.newQuery(query).substitution("reference", iris.referenceGraph()).build();
  }

  private void writeEvents(ExportFormat format, OutputStream out) throws IOException {
    if (format == ExportFormat.CSV) {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      events.stream(EventFilter.all(), 0, Long.MAX_VALUE, EventWriters.csv(w));
      w.flush();
    } else {
      try (EventWriters.GeoJsonSink sink = EventWriters.geoJson(out)) {
        events.stream(EventFilter.all(), 0, Long.MAX_VALUE, sink);
      }
    }
  }

  private static Query load(String name) {
    try (InputStream in = ExportService.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing SPARQL resource org/waqai/api/export/" + name);
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.syntaxARQ);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

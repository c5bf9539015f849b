package org.waqai.store.rdf;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetRewindable;
import org.waqai.store.Answers;
import org.waqai.store.ArticleEvents;
import org.waqai.store.CanonicalQueries;
import org.waqai.store.EventStore;

/**
 * The event graph in RDF: one named graph per article, named by the article's IRI, holding the article, its events
 * and everything they name (see {@link EventRdfMapper}); the ontology, taxonomy and actors in a reference graph.
 * Re-ingesting an article replaces exactly its graph, and is skipped when the graph's {@code wq:fingerprint} is the
 * batch's. Works on TDB2 (one ACID transaction per batch) or on a remote SPARQL 1.1 store (one Graph Store Protocol
 * PUT per changed article), chosen by {@link RdfSettings}. On TDB2, replaced graphs leave dead space until
 * {@link #compact()}.
 */
public final class RdfEventStore implements EventStore, CanonicalQueries {
  private static final Logger LOG = System.getLogger(RdfEventStore.class.getName());

  private final RdfEndpoint endpoint;
  private final Iris iris;
  private final EventRdfMapper mapper;
  private final Sparql sparql;
  private final SparqlResources queries;
  private final CanonicalQueries canonical;

  private RdfEventStore(RdfEndpoint endpoint, Iris iris) {
    this.endpoint = endpoint;
    this.iris = iris;
    this.mapper = new EventRdfMapper(iris);
    this.sparql = new Sparql(endpoint.connection());
    this.queries = new SparqlResources();
    this.canonical = new RdfCanonicalQueries(sparql, queries, iris);
  }

  public static RdfEventStore open(RdfSettings settings) {
    Iris iris = new Iris(settings.baseUri());
    RdfEndpoint endpoint = RdfEndpoint.open(settings);
    try {
      return new RdfEventStore(endpoint, iris);
    } catch (RuntimeException e) {
      endpoint.close();
      throw e;
    }
  }

  @Override
  public String name() {
    return "rdf";
  }

  /**
   * Puts the ontology, taxonomy and actors of this build in the reference graph, unless it holds them already: on
   * TDB2 each replacement leaves the old graph behind as dead space (some 2 MB), and this runs at every start of the
   * service and every ingest.
   */
  @Override
  public void initialise() {
    Graph reference = ReferenceData.graph(iris);
    Node name = iris.referenceGraph();
    if (sparql.holds(name, reference)) {
      return;
    }
    sparql.write(() -> {
      sparql.put(name, reference);
      return null;
    });
  }

  /**
   * Writes the batch's changed articles in one write transaction. Unchanged articles are found first under a read
   * transaction, so that a re-ingest of unchanged articles never waits for the writer lock; the write transaction
   * checks again, so that two workers writing one article store it once. An article that cannot be mapped is
   * reported and left out; the rest of the batch goes on.
   */
  @Override
  public int write(List<ArticleEvents> batch) {
    List<ArticleEvents> changed = changed(batch, storedFingerprints(graphsOf(batch)));
    if (changed.isEmpty()) {
      return 0;
    }
    return sparql.write(() -> {
      Map<Node, String> stored = storedFingerprints(graphsOf(changed));
      int written = 0;
      for (ArticleEvents article : changed) {
        Node graphName = iris.article(article.article().id());
        if (article.fingerprint().equals(stored.get(graphName))) {
          continue; // stored since the read: by another worker, or earlier in this batch
        }
        Graph graph;
        try {
          graph = mapper.map(article);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "article {0} not stored: {1}", article.article().id(), e.getMessage());
          continue;
        }
        sparql.put(graphName, graph);
        stored.put(graphName, article.fingerprint());
        written++;
      }
      return written;
    });
  }

  private List<ArticleEvents> changed(List<ArticleEvents> batch, Map<Node, String> stored) {
    return batch.stream()
        .filter(a -> !a.fingerprint().equals(stored.get(iris.article(a.article().id()))))
        .toList();
  }

  private List<Node> graphsOf(List<ArticleEvents> batch) {
    return batch.stream().map(a -> iris.article(a.article().id())).distinct().toList();
  }

  @Override
  public Map<String, String> fingerprints(List<String> articleIds) {
    Map<Node, String> idsByGraph = new LinkedHashMap<>();
    articleIds.forEach(id -> idsByGraph.put(iris.article(id), id));
    Map<String, String> out = new HashMap<>();
    storedFingerprints(List.copyOf(idsByGraph.keySet()))
        .forEach((graph, fingerprint) -> out.put(idsByGraph.get(graph), fingerprint));
    return out;
  }

  private Map<Node, String> storedFingerprints(List<Node> graphs) {
    Map<Node, String> out = new HashMap<>();
    if (graphs.isEmpty()) {
      return out;
    }
    sparql.select(Sparql.withValues(queries.fingerprints, "g", graphs), Map.of(),
            s -> Map.entry(s.getResource("g").asNode(), s.getLiteral("fingerprint").getLexicalForm()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  @Override
  public long countEvents() {
    return sparql.count(queries.countEvents);
  }

  @Override
  public long countArticles() {
    return sparql.count(queries.countArticles);
  }

  /** Removes every graph, the reference graph too: {@link #initialise()} puts it back. */
  @Override
  public void clear() {
    sparql.update(queries.clear);
  }

  @Override
  public List<Answers.Fight> whereFought(String actorA, String actorB, LocalDate from, LocalDate to) {
    return canonical.whereFought(actorA, actorB, from, to);
  }

  @Override
  public List<Answers.ActorMonth> activeActors(String admin1) {
    return canonical.activeActors(admin1);
  }

  @Override
  public List<Answers.Nearby> eventsNear(double lat, double lon, double km) {
    return canonical.eventsNear(lat, lon, km);
  }

  @Override
  public Optional<Answers.Source> sourceOf(String eventId) {
    return canonical.sourceOf(eventId);
  }

  /**
   * Runs an ad-hoc SELECT (for a SPARQL endpoint, examples, tools) and returns its rows materialised. The default graph
   * is the union of all graphs on TDB2, and whatever the remote store makes it otherwise. Invalid SPARQL is an
   * {@link RdfQueryException} with line and column.
   */
  public ResultSetRewindable select(String queryText) {
    Query query;
    try {
      query = QueryFactory.create(queryText);
    } catch (QueryParseException e) {
      throw new RdfQueryException(e.getMessage(), e.getLine(), e.getColumn(), e);
    }
    if (!query.isSelectType()) {
      throw new RdfQueryException("only SELECT queries are answered here", -1, -1, null);
    }
    return sparql.selectAll(query);
  }

  /**
   * Gives back the space that replaced article graphs leave behind: TDB2 never overwrites, so every re-ingest of a
   * changed article grows the database until it is compacted. The live data is copied into a new storage generation,
   * the store switches to it and the old one is deleted (see {@link RdfEndpoint#compact()}); every answer stays the
   * same. Writers wait while it runs.
   *
   * @return the directory's size before and after
   * @throws RdfCompactionUnsupportedException on a remote store, which compacts itself
   * @throws RdfStoreException when the compaction failed
   */
  public Tdb2Compaction compact() {
    return endpoint.compact();
  }

  @Override
  public void close() {
    endpoint.close();
  }
}

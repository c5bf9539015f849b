package org.waqai.api.sparql;

import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.waqai.store.rdf.RdfSettings;

/**
 * Where ad-hoc SPARQL runs: the store's TDB2 database in this process, or the remote store's query endpoint. Only
 * queries can be built here, never updates.
 */
public interface QueryTarget extends AutoCloseable {

  /**
   * A query execution bound to the data; call inside {@link #read}. The query's dataset description
   * ({@code FROM}, {@code FROM NAMED}, the protocol's {@code default-graph-uri} and {@code named-graph-uri}) is
   * honoured.
   */
  QueryExecBuilder newQuery(Query query);

  /** The parsed query as this target runs it; done once per query text (the parsed query is remembered). */
  default Query prepare(Query query) {
    return query;
  }

  /** Runs {@code work} in a read transaction (TDB2), where any write would fail; remotely, just runs it. */
  <T> T read(Supplier<T> work);

  /** Whether the store behind it answers at all (readiness). */
  boolean ping();

  @Override
  void close();

  /**
   * The target of the RDF store's settings. The federation policy guards the SERVICE calls of the queries run here;
   * a remote store makes its own calls, so there only the query's text is checked ({@link FederationPolicy#check}).
   */
  static QueryTarget open(RdfSettings settings, FederationPolicy federation) {
    return switch (settings.mode()) {
      case TDB2 -> new LocalQueryTarget(settings.tdb2Dir(), federation);
      case REMOTE -> new RemoteQueryTarget(settings.queryUrl());
    };
  }
}

package org.waqai.api.sparql;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The TDB2 database the RDF store opened in this process. TDB2 keeps one connection per directory and JVM, so
 * connecting to the store's directory returns the store's own dataset (a second process would be refused by the
 * directory lock); the store releases it when it closes. GeoSPARQL's functions are registered for its queries.
 */
final class LocalQueryTarget implements QueryTarget {
  private final DatasetGraph dataset;

  LocalQueryTarget(Path dir, FederationPolicy federation) {
    this.dataset = DatabaseMgr.connectDatasetGraph(dir.toString());
    // Every query run here calls only the allowed services, whatever a SERVICE ?variable turns out to hold.
    federation.guard(dataset.getContext());
    // Ad-hoc queries see the union of the article graphs as the default graph, as the RDF store sets it up.
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    // Queries evaluated here need GeoSPARQL's functions; a remote store evaluates them itself.
    GeoSparql.register();
    LinearRegex.register();
  }

  @Override
  public QueryExecBuilder newQuery(Query query) {
    DatasetDescription description = query.getDatasetDescription();
    if (description == null || description.isEmpty()) {
      return QueryExec.dataset(dataset).query(query);
    }
    // With the union default graph on, TDB2 ignores FROM; so the asked graphs become a dataset of their own, and
    // the query, whose description would be applied a second time to that dataset, goes without it.
    Query bare = query.cloneQuery();
    bare.getGraphURIs().clear();
    bare.getNamedGraphURIs().clear();
    return QueryExec.dataset(DynamicDatasets.dynamicDataset(description, dataset, false)).query(bare);
  }

  /** REGEX and REPLACE by a linear-time engine: Java's can backtrack for minutes inside one call. */
  @Override
  public Query prepare(Query query) {
    return LinearRegex.rewrite(query);
  }

  @Override
  public <T> T read(Supplier<T> work) {
    return Txn.calculateRead(dataset, work);
  }

  @Override
  public boolean ping() {
    return read(() -> {
      try (QueryExec exec = QueryExec.dataset(dataset).query("ASK {}").build()) {
        return exec.ask();
      }
    });
  }

  @Override
  public void close() {
    // The RDF store owns the database and releases it.
  }
}

package org.waqai.api.sparql;

import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;

/** A SPARQL 1.1 query endpoint (Fuseki's {@code /ds/query}); the update endpoint is never used from here. */
final class RemoteQueryTarget implements QueryTarget {
  private final String queryUrl;

  RemoteQueryTarget(String queryUrl) {
    this.queryUrl = queryUrl;
  }

  @Override
  public QueryExecBuilder newQuery(Query query) {
    return QueryExec.service(queryUrl).query(query); // the dataset description travels in the query text
  }

  @Override
  public <T> T read(Supplier<T> work) {
    return work.get();
  }

  @Override
  public boolean ping() {
    try (QueryExec exec = QueryExec.service(queryUrl).query("ASK {}").build()) {
      exec.ask();
      return true;
    }
  }

  @Override
  public void close() {
    // Each query is its own HTTP exchange; nothing stays open.
  }
}

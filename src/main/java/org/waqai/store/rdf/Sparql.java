package org.waqai.store.rdf;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateRequest;

/**
 * The store's SPARQL calls over one connection: parameters go in by substitution of parsed queries (never by string
 * building), results are read inside a transaction, and failures come out typed: unreachable or overloaded stores as
 * {@link RdfStoreUnavailableException}, everything else as {@link RdfStoreException}.
 */
final class Sparql {
  private static final Model NODES = ModelFactory.createDefaultModel();

  private final RDFConnection connection;

  Sparql(RDFConnection connection) {
    this.connection = connection;
  }

  /** Runs a SELECT with each {@code params} variable replaced by its value; rows are mapped inside the transaction. */
  <T> List<T> select(Query query, Map<String, Node> params, Function<QuerySolution, T> row) {
    return guard(() -> Txn.calculateRead(connection, () -> {
      QueryExecutionBuilder builder = connection.newQuery().query(query);
      params.forEach((name, value) -> builder.substitution(name, NODES.asRDFNode(value)));
      try (QueryExecution exec = builder.build()) {
        ResultSet rs = exec.execSelect();
        List<T> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(row.apply(s)));
        return out;
      }
    }));
  }

  /** All rows of an ad-hoc query, copied out of the transaction; a runaway query is stopped after a minute. */
  ResultSetRewindable selectAll(Query query) {
    return guard(() -> Txn.calculateRead(connection, () -> {
      try (QueryExecution exec = connection.newQuery().query(query).timeout(60, TimeUnit.SECONDS).build()) {
        return ResultSetFactory.copyResults(exec.execSelect());
      }
    }));
  }

  long count(Query query) {
    List<Long> n = select(query, Map.of(), s -> s.getLiteral("n").getLong());
    return n.isEmpty() ? 0 : n.get(0);
  }

  /** A copy of {@code query} restricted to the given values of one variable (a VALUES block). */
  static Query withValues(Query query, String var, List<Node> values) {
    Var v = Var.alloc(var);
    List<Binding> rows = values.stream().map(n -> BindingFactory.binding(v, n)).toList();
    Query copy = query.cloneQuery();
    copy.setValuesDataBlock(List.of(v), rows);
    return copy;
  }

  void update(UpdateRequest update) {
    guard(() -> {
      Txn.executeWrite(connection, () -> connection.update(update));
      return null;
    });
  }

  /** Whether the named graph holds exactly {@code content}, blank nodes aside; false when there is no such graph. */
  boolean holds(Node graphName, Graph content) {
    return guard(() -> Txn.calculateRead(connection, () -> {
      Graph stored;
      try {
        stored = connection.fetch(graphName.getURI()).getGraph();
      } catch (HttpException e) {
        if (e.getStatusCode() == 404) {
          return false; // a remote store without the graph
        }
        throw e;
      }
      return stored.size() == content.size() && stored.isIsomorphicWith(content);
    }));
  }

  /** Replaces a named graph (Graph Store Protocol PUT remotely); call inside {@link #write}. */
  void put(Node graphName, Graph content) {
    connection.put(graphName.getURI(), ModelFactory.createModelForGraph(content));
  }

  /** Runs {@code work} in one write transaction: all of it or, on TDB2, nothing. */
  <T> T write(Supplier<T> work) {
    return guard(() -> Txn.calculateWrite(connection, work));
  }

  static <T> T guard(Supplier<T> call) {
    try {
      return call.get();
    } catch (RdfStoreException e) {
      throw e;
    } catch (HttpException e) {
      throw translate(e.getStatusCode(), e);
    } catch (QueryExceptionHTTP e) {
      throw translate(e.getStatusCode(), e);
    } catch (RuntimeException e) {
      throw new RdfStoreException("RDF store failed: " + e.getMessage(), e);
    }
  }

  private static RdfStoreException translate(int status, RuntimeException e) {
    boolean retryable = status < 0 || status == 429 || status >= 500
        || hasCause(e, ConnectException.class) || hasCause(e, HttpTimeoutException.class);
    String message = "RDF store answered " + (status < 0 ? "nothing" : "HTTP " + status) + ": " + e.getMessage();
    return retryable ? new RdfStoreUnavailableException(message, e) : new RdfStoreException(message, e);
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}

package org.waqai.api.sparql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.waqai.api.cache.TextCache;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.api.security.QueryLanguage;
import org.waqai.api.security.QueryLimits;

/**
 * Ad-hoc SPARQL queries, read-only: updates do not parse as queries, and on TDB2 every query runs in a read
 * transaction. A query is stopped after the configured timeout; SELECT rows and CONSTRUCT/DESCRIBE triples beyond
 * their caps are cut and flagged. GeoSPARQL's functions are available where the store evaluates the query itself.
 */
@ApplicationScoped
public class SparqlService {
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
  /**
   * Parsed queries by text. ARQ's parser takes 50 µs for a one-line query and 0.3-0.4 ms for the cookbook's
   * 700-character lookup on this project's 2-core machine, against 7 µs for a copy of the parsed query; a JFR profile
   * of the service answering that lookup again and again put 65% of the request's CPU in the parser.
   */
  private final TextCache<Query> parsed = new TextCache<>(1024, 16 * 1024);

  @Inject
  QueryTarget target;

  @Inject
  WaqaiConfig config;

  @Inject
  FederationPolicy federation;

  @Inject
  QueryLimits limits;

  /** Parses a query (SPARQL 1.1 with ARQ's extensions, as Fuseki accepts); a bad one is a 400 with its position. */
  public Query parse(String text, List<String> defaultGraphs, List<String> namedGraphs) {
    if (text == null || text.isBlank()) {
      throw new ApiException(ProblemType.BAD_REQUEST, "no query: send it as 'query' or as an "
          + "application/sparql-query body");
    }
    // Before the parser, which recurses over the query's nesting and its UNIONs.
    limits.check(text, QueryLanguage.SPARQL);
    Query query;
    try {
      // Each request changes its own copy (graphs below, the row cap later); the parsed original stays as it was.
      query = parsed.get(text, () -> target.prepare(QueryFactory.create(text, Syntax.syntaxARQ))).cloneQuery();
    } catch (QueryParseException e) {
      throw invalid(e);
    }
    if (query.isJsonType() || query.isConstructQuad()) {
      throw new ApiException(ProblemType.INVALID_QUERY, "only SELECT, ASK, CONSTRUCT and DESCRIBE are answered");
    }
    federation.check(query);
    defaultGraphs.forEach(query::addGraphURI);
    namedGraphs.forEach(query::addNamedGraphURI);
    return query;
  }

  /** The formats a query's answer can be written in. */
  public List<SparqlFormat> formatsFor(Query query) {
    return query.isSelectType() || query.isAskType() ? SparqlFormat.results() : SparqlFormat.graphs();
  }

  public SparqlResult execute(Query query) {
    long timeoutMs = config.sparql().timeout().toMillis();
    try {
      return target.read(() -> run(query, timeoutMs));
    } catch (QueryCancelledException e) {
      throw timeout(e);
    } catch (QueryExceptionHTTP e) {
      throw remote(e.getStatusCode(), e);
    } catch (HttpException e) {
      throw remote(e.getStatusCode(), e);
    }
  }

  private SparqlResult run(Query query, long timeoutMs) {
    int max = config.sparql().maxRows();
    Query capped = query;
    if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > max + 1L)) {
      // Asking for one row more than the cap tells whether the answer was cut, without computing the rest.
      capped = query.cloneQuery();
      capped.setLimit(max + 1L);
    }
    try (QueryExec exec = target.newQuery(capped).timeout(timeoutMs, TimeUnit.MILLISECONDS).build()) {
      if (query.isSelectType()) {
        RowSet rows = exec.select();
        List<Binding> out = new ArrayList<>();
        while (rows.hasNext() && out.size() <= max) {
          out.add(BindingFactory.copy(rows.next())); // detached from the transaction's node table
        }
        boolean truncated = out.size() > max;
        return new SparqlResult.Rows(rows.getResultVars(), truncated ? out.subList(0, max) : out, truncated);
      }
      if (query.isAskType()) {
        return new SparqlResult.Bool(exec.ask());
      }
      return triples(query.isConstructType() ? exec.constructTriples() : exec.describeTriples(),
          config.sparql().maxTriples(), query);
    }
  }

  /**
   * A CONSTRUCT's or DESCRIBE's distinct triples up to the cap. The triples are pulled one by one and no further
   * once one more than the cap has arrived, which tells that the graph was cut without computing the rest.
   */
  private static SparqlResult.Triples triples(Iterator<Triple> triples, int max, Query query) {
    Graph graph = GraphFactory.createDefaultGraph();
    boolean truncated = false;
    while (triples.hasNext()) {
      Triple t = triples.next();
      if (graph.contains(t)) {
        continue; // a graph is a set: a repeated triple does not count
      }
      if (graph.size() == max) {
        truncated = true;
        break;
      }
      graph.add(t);
    }
    graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
    return new SparqlResult.Triples(graph, truncated);
  }

  /**
   * The parser's message names the offending token's position, which can differ from the exception's own fields
   * (those may point at the token before); the message's first line says it all, the rest lists expected tokens.
   */
  private static ApiException invalid(QueryParseException e) {
    String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
    String first = message.lines().findFirst().orElse(message);
    Matcher m = POSITION.matcher(first);
    return m.find()
        ? ApiException.invalidQuery(first, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), e)
        : ApiException.invalidQuery(first, e.getLine(), e.getColumn(), e);
  }

  private ApiException timeout(Exception e) {
    return new ApiException(ProblemType.QUERY_TIMEOUT, "the query ran longer than the limit of "
        + config.sparql().timeout().toMillis() + " ms and was stopped", Map.of(), e);
  }

  private ApiException remote(int status, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpTimeoutException) {
        return timeout(e);
      }
    }
    if (status == 504) {
      return timeout(e);
    }
    if (status == 400) {
      return new ApiException(ProblemType.INVALID_QUERY, "the SPARQL store rejected the query: " + e.getMessage());
    }
    return new ApiException(ProblemType.STORE_UNAVAILABLE, "the SPARQL store did not answer; try again later",
        Map.of(), e);
  }
}

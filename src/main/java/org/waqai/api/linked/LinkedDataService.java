package org.waqai.api.linked;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.waqai.api.config.WaqaiConfig;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.api.sparql.QueryTarget;
import org.waqai.store.rdf.Iris;

/** Looks up the description of one resource under the base IRI ({@code describe.rq}). */
@ApplicationScoped
public class LinkedDataService {
  private static final Query DESCRIBE = load("describe.rq");

  @Inject
  QueryTarget target;

  @Inject
  Iris iris;

  @Inject
  WaqaiConfig config;

  /** The resource's IRI and description; a 404 problem when no statement mentions it. */
  public Description describe(ResourceKind kind, String id) {
    Node resource = kind.iri(iris, id);
    Graph graph;
    try {
      graph = target.read(() -> {
        try (QueryExec exec = target.newQuery(DESCRIBE)
            .substitution("resource", resource)
            .substitution("prefix", NodeFactory.createLiteralString(resource.getURI() + "#"))
            .timeout(config.sparql().timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
          return exec.construct();
        }
      });
    } catch (QueryCancelledException e) {
      throw new ApiException(ProblemType.QUERY_TIMEOUT, "describing " + resource.getURI() + " took too long",
          Map.of(), e);
    }
    if (graph.isEmpty()) {
      throw new ApiException(ProblemType.NOT_FOUND, "no " + kind.folder() + " with id '" + id + "' ("
          + resource.getURI() + ")");
    }
    return new Description(kind, id, resource, graph);
  }

  /** A resource and the statements about it and its parts. */
  public record Description(ResourceKind kind, String id, Node resource, Graph graph) {}

  public String base() {
    return iris.base();
  }

  private static Query load(String name) {
    try (InputStream in = LinkedDataService.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing SPARQL resource org/waqai/api/linked/" + name);
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

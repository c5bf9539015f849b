package org.waqai.api.linked;

import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.jena.graph.Node;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.store.rdf.Iris;

/** The kinds of resource with a linked-data page, each named by the folder of its IRI under the base. */
public enum ResourceKind {
  EVENT(Iris::event),
  ACTOR(Iris::actor),
  PLACE(Iris::place),
  ARTICLE(Iris::article),
  AREA(Iris::area);

  private final BiFunction<Iris, String, Node> iri;

  ResourceKind(BiFunction<Iris, String, Node> iri) {
    this.iri = iri;
  }

  /** The IRI the RDF store minted for this id. */
  public Node iri(Iris iris, String id) {
    return iri.apply(iris, id);
  }

  public String folder() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ResourceKind parse(String folder) {
    for (ResourceKind k : values()) {
      if (k.folder().equals(folder)) {
        return k;
      }
    }
    throw new ApiException(ProblemType.NOT_FOUND, "no resources of kind '" + folder + "'; kinds are event, actor, "
        + "place, article and area");
  }
}

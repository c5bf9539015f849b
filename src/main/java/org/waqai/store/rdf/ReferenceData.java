package org.waqai.store.rdf;

import java.io.InputStream;
import java.io.IOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * The ontology files from {@code ontology/}, which the build puts on the classpath under
 * {@code /org/waqai/ontology/}, and the reference graph a store holds: ontology, taxonomy and the actor individuals
 * under the store's base IRI.
 */
public final class ReferenceData {
  public static final String FOLDER = "/org/waqai/ontology/";

  private ReferenceData() {}

  /** Ontology, taxonomy and actors, as the store's reference graph holds them. */
  public static Graph graph(Iris iris) {
    Graph g = GraphMemFactory.createDefaultGraph();
    turtle("waqai.ttl").find().forEachRemaining(g::add);
    turtle("acled-types.ttl").find().forEachRemaining(g::add);
    ActorIndividuals.graph(iris).find().forEachRemaining(g::add);
    return g;
  }

  /** The SHACL shapes every graph the store writes satisfies. */
  public static Graph shapes() {
    return turtle("shapes.ttl");
  }

  /** One Turtle file of {@code ontology/}; a syntax error names the file, line and column. */
  public static Graph turtle(String name) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new RdfDataException("missing classpath resource " + FOLDER + name
            + " (pom.xml must copy ontology/*.ttl to org/waqai/ontology/)");
      }
      Graph g = GraphMemFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return g;
    } catch (RiotException e) {
      throw new RdfDataException(FOLDER + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new RdfDataException("cannot read " + FOLDER + name, e);
    }
  }
}

package org.waqai.store.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.store.ArticleEvents;
import org.waqai.store.rdf.vocab.PROV;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/**
 * Turns one article and its events into the article's graph: the article, one extraction activity and its software
 * agent, the events with their time, evidence and mentions, and the actors, places and areas they name. Every
 * resource is an IRI (no blank nodes), so the same input gives the same graph, and the graph describes everything it
 * names so that it validates on its own against {@code ontology/shapes.ttl}.
 */
public final class EventRdfMapper {
  /** The software agent's name in its IRI and label. */
  static final String SOFTWARE = "waqai-extractor";

  private final Iris iris;
  private final EventRdf events;

  public EventRdfMapper(Iris iris) {
    this.iris = iris;
    this.events = new EventRdf(iris, new ParticipantRdf(iris, new AdminAreas(iris)));
  }

  public Iris iris() {
    return iris;
  }

  /** The graph of one article; its name in a store is {@code iris().article(article id)}. */
  public Graph map(ArticleEvents input) {
    Triples out = new Triples(GraphMemFactory.createDefaultGraph());
    Node article = article(out, input);
    Node activity = activity(out, input, article);
    for (Event e : input.events()) {
      if (!e.article().equals(input.article().id())) {
        throw new RdfDataException(
            "event " + e.id() + " belongs to article " + e.article() + ", not " + input.article().id());
      }
      events.describe(out, e, article, activity);
    }
    return out.graph();
  }

  private Node article(Triples out, ArticleEvents input) {
    Article a = input.article();
    Node article = iris.article(a.id());
    out.type(article, WQ.Article);
    out.string(article, Terms.identifier, a.id());
    out.lang(article, WQ.originalText, a.text(), "ar");
    out.date(article, Terms.issued, a.published());
    out.typed(article, WQ.url, a.url(), XSDDatatype.XSDanyURI);
    out.string(article, WQ.outlet, a.outlet());
    out.string(article, WQ.contentHash, input.contentHash());
    out.string(article, WQ.fingerprint, input.fingerprint());
    return article;
  }

  private Node activity(Triples out, ArticleEvents input, Node article) {
    Node activity = iris.extraction(input.article().id());
    Node agent = iris.agent(SOFTWARE, input.extractorVersion());
    out.type(activity, WQ.ExtractionActivity);
    out.add(activity, PROV.used, article);
    out.add(activity, PROV.wasAssociatedWith, agent);
    out.type(agent, PROV.SoftwareAgent);
    out.lang(agent, Terms.label, SOFTWARE + " " + input.extractorVersion(), "en");
    out.string(agent, WQ.softwareVersion, input.extractorVersion());
    return activity;
  }
}

package org.waqai.store.rdf;

import org.waqai.model.GreatCircle;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.waqai.model.SubEventType;
import org.waqai.store.Answers;
import org.waqai.store.CanonicalQueries;
import org.waqai.store.rdf.vocab.WQ;

/** The canonical questions as the SPARQL files beside this class, their rows mapped to {@link Answers}. */
final class RdfCanonicalQueries implements CanonicalQueries {
  /** Open date bounds: the interface takes null for "no bound". */
  private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private final Sparql sparql;
  private final SparqlResources queries;
  private final Iris iris;

  RdfCanonicalQueries(Sparql sparql, SparqlResources queries, Iris iris) {
    this.sparql = sparql;
    this.queries = queries;
    this.iris = iris;
  }

  @Override
  public List<Answers.Fight> whereFought(String actorA, String actorB, LocalDate from, LocalDate to) {
    Map<String, Node> params = Map.of(
        "a", string(actorA),
        "b", string(actorB),
        "from", date(from == null ? EARLIEST : from),
        "to", date(to == null ? LATEST : to));
    return sparql.select(queries.whereFought, params, s -> new Answers.Fight(
        lexical(s, "eventId"),
        LocalDate.parse(lexical(s, "date")),
        subtype(s.getResource("subtype").asNode()),
        lexical(s, "placeId"),
        lexical(s, "placeName"),
        lexical(s, "admin1")));
  }

  @Override
  public List<Answers.ActorMonth> activeActors(String admin1) {
    return sparql.select(queries.activeActors, Map.of("admin1", string(admin1)), s -> new Answers.ActorMonth(
        lexical(s, "month"), lexical(s, "actor"), s.getLiteral("events").getLong()));
  }

  /** Candidates from a SPARQL box filter, then exact haversine distances here; sorted by rounded km, then id. */
  @Override
  public List<Answers.Nearby> eventsNear(double lat, double lon, double km) {
    double[] box = GreatCircle.box(lat, lon, km);
    Map<String, Node> params = Map.of(
        "minLat", decimal(box[0]), "maxLat", decimal(box[1]),
        "minLon", decimal(box[2]), "maxLon", decimal(box[3]));
    return sparql.select(queries.eventsInBox, params, s -> {
          double d = GreatCircle.km(lat, lon, s.getLiteral("lat").getDouble(), s.getLiteral("lon").getDouble());
          return d <= km ? new Answers.Nearby(lexical(s, "eventId"), lexical(s, "placeId"), GreatCircle.round(d))
              : null;
        }).stream()
        .filter(Objects::nonNull)
        .sorted(Comparator.comparingDouble(Answers.Nearby::km).thenComparing(Answers.Nearby::eventId))
        .toList();
  }

  @Override
  public Optional<Answers.Source> sourceOf(String eventId) {
    return sparql.select(queries.sourceOf, Map.of("e", iris.event(eventId)), s -> new Answers.Source(
        eventId,
        lexical(s, "articleId"),
        lexical(s, "url"),
        s.getLiteral("start").getInt(),
        s.getLiteral("end").getInt(),
        lexical(s, "sentence"))).stream().findFirst();
  }

  private static String subtype(Node concept) {
    return WQ.subEventTypeOf(concept).map(SubEventType::label)
        .orElseThrow(() -> new RdfDataException("not a sub-event type of the scheme: " + concept));
  }

  private static String lexical(QuerySolution s, String var) {
    RDFNode n = s.get(var);
    return n == null ? null : ((Literal) n).getLexicalForm();
  }

  private static Node string(String value) {
    return NodeFactory.createLiteralString(Objects.requireNonNull(value, "actor/admin1"));
  }

  private static Node date(LocalDate d) {
    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
  }

  private static Node decimal(double d) {
    return NodeFactory.createLiteralDT(Triples.plain(d), XSDDatatype.XSDdecimal);
  }
}

package org.waqai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.waqai.model.GreatCircle;

/**
 * The canonical questions of the benchmark as query texts with their arguments written in, so the service and the
 * direct paths run byte-identical queries. The SPARQL comes from the store's own files
 * ({@code org/waqai/store/rdf/*.rq}); the Cypher repeats {@code org/waqai/store/neo4j/*.cypher} with literals in
 * place of parameters (the JSON body of {@code POST /cypher} cannot carry a date or a point).
 */
final class ServiceBenchQueries {
  static final double LAT = 35.132;
  static final double LON = 36.758;
  static final double KM = 10.0;
  static final String GOVERNORATE = "Hama";
  static final String ACTOR_A = "hts";
  static final String ACTOR_B = "syria-gov-forces";
  static final String FROM = "2018-01-01";
  static final String TO = "2018-12-31";

  /** One question as Cypher and as SPARQL. */
  record Query(String name, String what, String cypher, String sparql) {}

  private ServiceBenchQueries() {}

  /** @param eventId the event whose sentence is asked for; @param eventIri its IRI in the RDF store */
  static List<Query> all(String eventId, String eventIri) {
    String centre = "point({latitude: " + LAT + ", longitude: " + LON + "})";
    String near = """
        MATCH (p:Place)
        WHERE point.distance(p.location, %1$s) <= %2$s
        MATCH (p)<-[:AT]-(e:Event)
        WHERE NOT e.negated
        WITH e, p, round(point.distance(p.location, %1$s) / 1000.0, 1) AS km
        RETURN e.id AS eventId, p.id AS placeId, km
        ORDER BY km, eventId
        """.formatted(centre, KM * 1000.0);
    String active = """
        MATCH (g:Place {id: '%s'})<-[:IN]-(:Place)<-[:AT]-(e:Event)-[:ACTOR1|ACTOR2|ASSOC1|ASSOC2]->(a:Actor)
        USING INDEX g:Place(id)
        WHERE NOT e.negated AND e.date IS NOT NULL
        WITH DISTINCT e, a
        RETURN substring(toString(e.date), 0, 7) AS month, a.id AS actor, count(e) AS events
        ORDER BY month, actor
        """.formatted("admin1:" + GOVERNORATE);
    String fought = """
        MATCH (a:Actor {id: '%s'})<-[ra:ACTOR1|ASSOC1|ACTOR2|ASSOC2]-(e)
              -[rb:ACTOR1|ASSOC1|ACTOR2|ASSOC2]->(b:Actor {id: '%s'})
        WHERE e.date >= date('%s') AND e.date <= date('%s')
          AND NOT e.negated
          AND (type(ra) IN ['ACTOR1', 'ASSOC1']) <> (type(rb) IN ['ACTOR1', 'ASSOC1'])
        WITH DISTINCT e
        OPTIONAL MATCH (e)-[:AT]->(p:Place)
        RETURN e.id AS eventId, e.date AS date, e.subtype AS subtype,
               p.id AS placeId, p.name AS placeName, p.admin1 AS admin1
        ORDER BY date, eventId
        """.formatted(ACTOR_A, ACTOR_B, FROM, TO);
    String source = """
        MATCH (e:Event {id: '%s'})-[:REPORTED_IN]->(a:Article)
        RETURN e.id AS eventId, a.id AS articleId, a.url AS url,
               e.evidenceStart AS evidenceStart, e.evidenceEnd AS evidenceEnd, e.sentence AS sentence
        """.formatted(eventId);

    double[] box = GreatCircle.box(LAT, LON, KM);
    ParameterizedSparqlString inBox = rq("events-in-box.rq");
    inBox.setLiteral("minLat", decimal(box[0]));
    inBox.setLiteral("maxLat", decimal(box[1]));
    inBox.setLiteral("minLon", decimal(box[2]));
    inBox.setLiteral("maxLon", decimal(box[3]));
    ParameterizedSparqlString actors = rq("active-actors.rq");
    actors.setLiteral("admin1", GOVERNORATE);
    ParameterizedSparqlString where = rq("where-fought.rq");
    where.setLiteral("a", ACTOR_A);
    where.setLiteral("b", ACTOR_B);
    where.setLiteral("from", FROM, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
    where.setLiteral("to", TO, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
    ParameterizedSparqlString src = rq("source-of.rq");
    src.setIri("e", eventIri);

    return List.of(
        new Query("near", "events within 10 km of Hama (SPARQL: the 10 km box around it, as the store asks)",
            near, inBox.toString()),
        new Query("active", "actors active in Hama governorate by month", active, actors.toString()),
        new Query("fought", "where HTS fought the Syrian army in 2018", fought, where.toString()),
        new Query("source", "the sentence behind one event", source, src.toString()));
  }

  private static org.apache.jena.rdf.model.Literal decimal(double d) {
    return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(
        new java.math.BigDecimal(d).setScale(6, java.math.RoundingMode.HALF_UP).toPlainString(),
        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
  }

  private static ParameterizedSparqlString rq(String file) {
    try (InputStream in = ServiceBenchQueries.class.getResourceAsStream("/org/waqai/store/rdf/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      return new ParameterizedSparqlString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.waqai.store.neo4j;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.waqai.store.Answers;
import org.waqai.store.CanonicalQueries;

/** The canonical questions as parameterised Cypher, each in one read transaction. */
final class CypherCanonicalQueries implements CanonicalQueries {
  private static final int WGS84 = 4326;

  private final Sessions sessions;

  CypherCanonicalQueries(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public List<Answers.Fight> whereFought(String actorA, String actorB, LocalDate from, LocalDate to) {
    // Map.of rejects nulls, so a missing argument fails here rather than matching nothing.
    Map<String, Object> params = Map.of("actorA", actorA, "actorB", actorB, "from", from, "to", to);
    return sessions.read("whereFought", tx -> tx.run(Cypher.WHERE_FOUGHT.query(params)).list(r ->
        new Answers.Fight(
            r.get("eventId").asString(),
            r.get("date").asLocalDate(),
            r.get("subtype").asString(),
            string(r, "placeId"),
            string(r, "placeName"),
            string(r, "admin1"))));
  }

  @Override
  public List<Answers.ActorMonth> activeActors(String admin1) {
    Map<String, Object> params = Map.of("governorate", GraphRows.governorateId(admin1));
    return sessions.read("activeActors", tx -> tx.run(Cypher.ACTIVE_ACTORS.query(params)).list(r ->
        new Answers.ActorMonth(r.get("month").asString(), r.get("actor").asString(), r.get("events").asLong())));
  }

  @Override
  public List<Answers.Nearby> eventsNear(double lat, double lon, double km) {
    Map<String, Object> params = Map.of("centre", Values.point(WGS84, lon, lat),
        "metres", Neo4jDistance.metres(km), "toKm", Neo4jDistance.TO_KM);
    return sessions.read("eventsNear", tx -> tx.run(Cypher.EVENTS_NEAR.query(params)).list(r ->
        new Answers.Nearby(r.get("eventId").asString(), r.get("placeId").asString(), r.get("km").asDouble())));
  }

  @Override
  public Optional<Answers.Source> sourceOf(String eventId) {
    Map<String, Object> params = Map.of("id", eventId);
    return sessions.read("sourceOf", tx -> tx.run(Cypher.SOURCE_OF.query(params)).stream()
        .findFirst()
        .map(r -> new Answers.Source(
            r.get("eventId").asString(),
            r.get("articleId").asString(),
            string(r, "url"),
            r.get("evidenceStart").asInt(),
            r.get("evidenceEnd").asInt(),
            r.get("sentence").asString())));
  }

  private static String string(Record r, String key) {
    return r.get(key).isNull() ? null : r.get(key).asString();
  }
}

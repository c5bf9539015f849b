package org.waqai.store.neo4j;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.waqai.store.Answers;
import org.waqai.store.ArticleEvents;
import org.waqai.store.CanonicalQueries;
import org.waqai.store.EventStore;
import org.waqai.store.StoreException;

/**
 * The event graph in Neo4j, reached only through the driver over Bolt: the same code serves the embedded server,
 * a standalone server and a cluster.
 *
 * <p>Graph: {@code (:Event)-[:ACTOR1|ACTOR2|ASSOC1|ASSOC2]->(:Actor)} (the mention text, offsets and registry row
 * on the relationship), {@code (:Event)-[:AT]->(:Place)-[:IN]->(:Governorate:Place)} and
 * {@code (:Event)-[:REPORTED_IN]->(:Article)}. Every node has a stable {@code id} under a uniqueness constraint;
 * queries never use Neo4j's internal ids.
 */
public final class Neo4jEventStore implements EventStore, CanonicalQueries {
  private static final String EQUIVALENT_SCHEMA = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";
  private final Sessions sessions;
  private final ArticleWriter writer;
  private final CypherCanonicalQueries queries;
  private final Neo4jConnection owned;

  /** A store over a driver the caller owns and closes. */
  public Neo4jEventStore(Driver driver, String database, int batchSize) {
    this(driver, database, batchSize, null);
  }

  private Neo4jEventStore(Driver driver, String database, int batchSize, Neo4jConnection owned) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.sessions = new Sessions(driver, database);
    this.writer = new ArticleWriter(sessions, batchSize);
    this.queries = new CypherCanonicalQueries(sessions);
    this.owned = owned;
  }

  /** Connects as the settings say (starting the embedded server if asked); closing the store disconnects. */
  public static Neo4jEventStore open(Neo4jSettings settings) {
    Neo4jConnection connection = Neo4jConnection.open(settings);
    return new Neo4jEventStore(connection.driver(), connection.database(), settings.batchSize(), connection);
  }

  @Override
  public String name() {
    return "neo4j";
  }

  /** Schema statements run one per transaction, as Neo4j requires; then waits until the indexes are online. */
  @Override
  public void initialise() {
    for (String statement : Cypher.schema()) {
      try {
        sessions.write("initialise", tx -> tx.run(statement).consume());
      } catch (StoreException e) {
        // IF NOT EXISTS does not hold between transactions: a worker starting at the same moment may have created
        // the index just now, and that is what this statement wanted.
        if (!(e.getCause() instanceof Neo4jException n && EQUIVALENT_SCHEMA.equals(n.code()))) {
          throw e;
        }
      }
    }
    sessions.autoCommit("initialise", Cypher.AWAIT_INDEXES.query());
  }

  @Override
  public int write(List<ArticleEvents> batch) {
    return batch.isEmpty() ? 0 : writer.write(batch);
  }

  @Override
  public Map<String, String> fingerprints(List<String> articleIds) {
    return writer.fingerprints(articleIds);
  }

  @Override
  public long countEvents() {
    return count(Cypher.COUNT_EVENTS);
  }

  @Override
  public long countArticles() {
    return count(Cypher.COUNT_ARTICLES);
  }

  @Override
  public void clear() {
    sessions.autoCommit("clear", Cypher.CLEAR.query());
  }

  @Override
  public List<Answers.Fight> whereFought(String actorA, String actorB, LocalDate from, LocalDate to) {
    return queries.whereFought(actorA, actorB, from, to);
  }

  @Override
  public List<Answers.ActorMonth> activeActors(String admin1) {
    return queries.activeActors(admin1);
  }

  @Override
  public List<Answers.Nearby> eventsNear(double lat, double lon, double km) {
    return queries.eventsNear(lat, lon, km);
  }

  @Override
  public Optional<Answers.Source> sourceOf(String eventId) {
    return queries.sourceOf(eventId);
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }

  private long count(Cypher statement) {
    return sessions.read("count", tx -> tx.run(statement.query()).single().get("n").asLong());
  }
}

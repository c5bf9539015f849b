package org.waqai.store.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.summary.Plan;
import org.waqai.store.EventStoreContract;

/**
 * The store contract on a real embedded Neo4j (temporary directory, free port), reached over Bolt as in
 * production, plus what only a property graph shows: its shape, its schema and its query plans. A batch size of
 * 4 events makes every write span several transactions.
 */
class Neo4jEventStoreTest extends EventStoreContract<Neo4jEventStore> {
  @TempDir
  static Path dataDir;

  private Neo4jConnection connection;

  @Override
  protected Neo4jEventStore createStore() {
    Neo4jSettings settings = Neo4jSettings.from(Map.of(
        "waqai.neo4j.uri", "embedded",
        "waqai.neo4j.data-dir", dataDir.toString(),
        "waqai.neo4j.bolt-port", "auto",
        "waqai.neo4j.tx-timeout", "60s"), Map.of());
    connection = Neo4jConnection.open(settings);
    return new Neo4jEventStore(connection.driver(), connection.database(), 4);
  }

  @Override
  protected long countRoleLinks() {
    return single("MATCH ()-[r:ACTOR1|ACTOR2|ASSOC1|ASSOC2]->() RETURN count(r) AS n");
  }

  @AfterAll
  void closeConnection() {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void aDriverOnAnEventLoopAnswersOnThatLoop() throws Exception {
    NioEventLoopGroup group = new NioEventLoopGroup(1);
    try {
      EventLoop loop = group.next();
      Driver driver = connection.driverOn(loop).orElseThrow();
      assertSame(driver, connection.driverOn(loop).orElseThrow(), "one driver per loop");
      CompletableFuture<Boolean> answeredOnLoop = new CompletableFuture<>();
      CompletableFuture<Long> count = new CompletableFuture<>();
      loop.execute(() -> {
        AsyncSession session = driver.session(AsyncSession.class);
        session.runAsync("MATCH (e:Event) RETURN count(e) AS n").thenCompose(ResultCursor::singleAsync)
            .whenComplete((record, error) -> {
              answeredOnLoop.complete(loop.inEventLoop());
              if (error != null) {
                count.completeExceptionally(error);
              } else {
                count.complete(record.get("n").asLong());
              }
              session.closeAsync();
            });
      });
      assertEquals(single("MATCH (e:Event) RETURN count(e) AS n"), count.get(30, TimeUnit.SECONDS));
      assertTrue(answeredOnLoop.get(), "the answer is handed on by the loop's own thread");
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void noDriverOnALoopThatCannotServeNioChannels() throws Exception {
    DefaultEventLoop loop = new DefaultEventLoop();
    try {
      assertTrue(connection.driverOn(loop).isEmpty());
    } finally {
      loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void placesLieInTheirGovernorate() {
    assertEquals(3, single("MATCH (p:Place)-[:IN]->(:Governorate:Place {id: 'admin1:Hama', name: 'Hama'})"
        + " RETURN count(p) AS n"), "Halfaya, Hama and the northern countryside");
    assertEquals(0, single("MATCH (p:Place)-[:IN]->(:Place)-[:IN]->() RETURN count(p) AS n"));
  }

  @Test
  void placesAreWgs84Points() {
    assertEquals(List.of(35.132, 36.758, 4326L), row("MATCH (p:Place {id: 'sy-hama'})"
        + " RETURN p.location.latitude AS lat, p.location.longitude AS lon, p.location.srid AS srid"));
  }

  @Test
  void rolesKeepTheMentionAndRegistryRow() {
    assertEquals(List.of("جيش العزة", 66L, 75L, "reg:jaish-al-izza"), row(
        "MATCH (:Event {id: 'enab-2017-03-22-hama#e1'})-[r:ASSOC2]->(:Actor {id: 'reg:jaish-al-izza'})"
            + " RETURN r.text AS text, r.start AS first, r.`end` AS last, r.registryId AS registry"));
  }

  @Test
  void unknownValuesAreLeftUnset() {
    assertEquals(List.of(false, false), row("MATCH (e:Event {id: 'enab-2017-03-22-hama#e1'})"
        + " RETURN e.fatalities IS NOT NULL AS fatalities, e.dateEnd IS NOT NULL AS dateEnd"));
  }

  @Test
  void schemaHasTheConstraintsAndIndexes() {
    assertEquals(4, single("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS'"
        + " AND labelsOrTypes[0] IN ['Event', 'Actor', 'Place', 'Article'] AND properties = ['id']"
        + " RETURN count(*) AS n"));
    assertEquals(1, single("SHOW INDEXES YIELD type, labelsOrTypes, properties"
        + " WHERE type = 'POINT' AND labelsOrTypes = ['Place'] AND properties = ['location'] RETURN count(*) AS n"));
    assertEquals(3, single("SHOW INDEXES YIELD type, labelsOrTypes, properties WHERE type = 'RANGE'"
        + " AND labelsOrTypes = ['Event'] AND properties IN [['date'], ['type'], ['subtype']] RETURN count(*) AS n"));
  }

  @Test
  void eventsNearSeeksThePointIndex() {
    List<String> plan = plan(Cypher.EVENTS_NEAR,
        Map.of("centre", Values.point(4326, 36.758, 35.132), "metres", 30_000.0));
    assertTrue(plan.stream().anyMatch(op -> op.contains("POINT INDEX p:Place(location)")), plan.toString());
  }

  @Test
  void whereFoughtStartsFromAnActor() {
    List<String> plan = plan(Cypher.WHERE_FOUGHT, Map.of("actorA", "hts", "actorB", "syria-gov-forces",
        "from", LocalDate.of(2017, 1, 1), "to", LocalDate.of(2017, 12, 31)));
    assertTrue(plan.stream().anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") && op.contains(":Actor(id)")),
        plan.toString());
    assertFalse(plan.stream().anyMatch(op -> op.contains("Event(date)")), plan.toString());
  }

  @Test
  void activeActorsStartFromTheGovernorate() {
    List<String> plan = plan(Cypher.ACTIVE_ACTORS, Map.of("governorate", "admin1:Hama"));
    assertTrue(plan.stream().anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") && op.contains(":Place(id)")),
        plan.toString());
    assertFalse(plan.stream().anyMatch(op -> op.contains("Event(date)")), plan.toString());
  }

  /** Each operator of the statement's plan as "operator details". */
  private List<String> plan(Cypher statement, Map<String, Object> parameters) {
    try (Session session = connection.driver().session()) {
      Plan plan = session.run(new Query("EXPLAIN " + statement.query().text(), parameters)).consume().plan();
      List<String> operators = new ArrayList<>();
      flatten(plan, operators);
      return operators;
    }
  }

  private static void flatten(Plan plan, List<String> into) {
    into.add(plan.operatorType() + " " + plan.arguments().getOrDefault("Details", Values.value("")).asString());
    plan.children().forEach(child -> flatten(child, into));
  }

  private long single(String cypher) {
    try (Session session = connection.driver().session()) {
      return session.run(cypher).single().get("n").asLong();
    }
  }

  private List<Object> row(String cypher) {
    try (Session session = connection.driver().session()) {
      return session.run(cypher).single().values().stream().map(Value::asObject).toList();
    }
  }
}

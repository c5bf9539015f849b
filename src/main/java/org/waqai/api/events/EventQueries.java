package org.waqai.api.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Query;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.waqai.api.problem.ApiException;
import org.waqai.api.problem.ProblemType;
import org.waqai.store.neo4j.Neo4jConnection;
import org.waqai.store.neo4j.Neo4jDistance;

/** Events by filter from the property graph, one page at a time or streamed. */
@ApplicationScoped
public class EventQueries {
  private static final String EVENTS = load("events.cypher");
  private static final int WGS84 = 4326;

  @Inject
  Neo4jConnection connection;

  /** One page ({@code page} from 1), plus whether another page follows. */
  public Page page(EventFilter filter, int page, int size) {
    List<StoredEvent> events = new ArrayList<>(size + 1);
    stream(filter, (long) (page - 1) * size, size + 1L, events::add);
    boolean more = events.size() > size;
    return new Page(page, size, more ? events.subList(0, size) : events, more);
  }

  /** One page of events and whether another follows. */
  public record Page(int page, int size, List<StoredEvent> events, boolean more) {
    public Page {
      events = List.copyOf(events);
    }
  }

  /** Hands every matching event to {@code sink}, in order, reading the result as it arrives. */
  public void stream(EventFilter filter, long skip, long limit, Consumer<StoredEvent> sink) {
    SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    if (connection.database() != null) {
      config.withDatabase(connection.database());
    }
    try (Session session = connection.driver().session(config.build())) {
      Result result = session.run(new Query(EVENTS, parameters(filter, skip, limit)));
      while (result.hasNext()) {
        sink.accept(EventRecords.read(result.next()));
      }
    } catch (ServiceUnavailableException | SessionExpiredException | TransientException e) {
      throw new ApiException(ProblemType.STORE_UNAVAILABLE, "the graph database is unavailable; try again later",
          Map.of(), e);
    } catch (Neo4jException e) {
      throw new IllegalStateException("events query failed: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> parameters(EventFilter f, long skip, long limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("actor", f.actor());
    p.put("type", f.type());
    p.put("from", f.from());
    p.put("to", f.to());
    p.put("admin1", f.admin1());
    p.put("articles", f.articles());
    p.put("negated", f.negated());
    p.put("centre", f.near() == null ? null : Values.point(WGS84, f.near().lon(), f.near().lat()));
    p.put("metres", f.near() == null ? null : Neo4jDistance.metres(f.near().km()));
    p.put("skip", skip);
    p.put("limit", limit);
    return p;
  }

  private static String load(String name) {
    try (InputStream in = EventQueries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing Cypher resource org/waqai/api/events/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

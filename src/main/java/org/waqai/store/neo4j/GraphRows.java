package org.waqai.store.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.neo4j.driver.Values;
import org.waqai.model.ActorRef;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;
import org.waqai.model.Span;
import org.waqai.store.ArticleEvents;

/**
 * Turns ingest units into the parameter rows the write statements {@code UNWIND}. A null value leaves the
 * property unset, which is how Neo4j says "unknown".
 */
final class GraphRows {
  private static final int WGS84 = 4326;

  private GraphRows() {}

  /** Governorate node id for an admin1 name; shared by writes and the activeActors query. */
  static String governorateId(String admin1) {
    return "admin1:" + admin1;
  }

  static List<Map<String, Object>> articles(Collection<ArticleEvents> units) {
    return units.stream().map(GraphRows::article).toList();
  }

  static List<String> eventIds(Collection<ArticleEvents> units) {
    return events(units).map(Event::id).toList();
  }

  static List<Map<String, Object>> actors(Collection<ArticleEvents> units) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    events(units)
        .flatMap(e -> Stream.of(Stream.ofNullable(e.actor1()), Stream.ofNullable(e.actor2()),
            e.assoc1().stream(), e.assoc2().stream()).flatMap(s -> s))
        .forEach(a -> byId.computeIfAbsent(a.identity(), id -> actor(a)));
    return List.copyOf(byId.values());
  }

  static List<Map<String, Object>> places(Collection<ArticleEvents> units) {
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    events(units)
        .map(Event::place)
        .filter(Objects::nonNull)
        .forEach(p -> byId.computeIfAbsent(p.id(), id -> place(p)));
    return List.copyOf(byId.values());
  }

  /**
   * The parameters of {@code create-events.cypher}: the ids of the chunk's distinct actors and places, which the
   * statement looks up once each, and one row per article carrying its events, whose role and place rows point
   * into those lists by position.
   */
  static Map<String, Object> eventsByArticle(Collection<ArticleEvents> units) {
    Map<String, Integer> actors = new LinkedHashMap<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    events(units).forEach(e -> {
      Stream.of(Stream.ofNullable(e.actor1()), Stream.ofNullable(e.actor2()), e.assoc1().stream(),
              e.assoc2().stream())
          .flatMap(s -> s)
          .forEach(a -> actors.putIfAbsent(a.identity(), actors.size()));
      if (e.place() != null) {
        places.putIfAbsent(e.place().id(), places.size());
      }
    });
    List<Map<String, Object>> articles = units.stream()
        .map(u -> Map.<String, Object>of("id", u.article().id(),
            "events", u.events().stream().map(e -> event(e, actors, places)).toList()))
        .toList();
    return Map.of("actors", List.copyOf(actors.keySet()), "places", List.copyOf(places.keySet()),
        "articles", articles);
  }

  private static Stream<Event> events(Collection<ArticleEvents> units) {
    return units.stream().flatMap(u -> u.events().stream());
  }

  private static Map<String, Object> article(ArticleEvents unit) {
    Article a = unit.article();
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.id());
    row.put("url", a.url());
    row.put("outlet", a.outlet());
    row.put("published", a.published());
    row.put("text", a.text());
    row.put("fingerprint", unit.fingerprint());
    row.put("extractorVersion", unit.extractorVersion());
    return row;
  }

  private static Map<String, Object> actor(ActorRef a) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.identity());
    row.put("key", a.key());
    row.put("name", a.name());
    row.put("inter", a.inter());
    return row;
  }

  /**
   * Places are compared with what is stored ({@code properties(p) <> row.props}), so their properties travel
   * as a map without null values, exactly as Neo4j would return it.
   */
  private static Map<String, Object> place(PlaceRef p) {
    Map<String, Object> props = new HashMap<>();
    props.put("id", p.id());
    props.put("name", p.name());
    props.put("precision", p.precision().label());
    props.put("location", Values.point(WGS84, p.lon(), p.lat()));
    if (p.admin1() != null) {
      props.put("admin1", p.admin1());
    }
    Map<String, Object> row = new HashMap<>();
    row.put("id", p.id());
    row.put("props", props);
    row.put("governorate", p.admin1() == null ? null
        : Map.of("id", governorateId(p.admin1()), "name", p.admin1()));
    return row;
  }

  private static Map<String, Object> event(Event e, Map<String, Integer> actors, Map<String, Integer> places) {
    Map<String, Object> row = EventProperties.of(e);
    row.put("actor1", roles(e.actor1() == null ? List.of() : List.of(e.actor1()), actors));
    row.put("actor2", roles(e.actor2() == null ? List.of() : List.of(e.actor2()), actors));
    row.put("assoc1", roles(e.assoc1(), actors));
    row.put("assoc2", roles(e.assoc2(), actors));
    row.put("at", e.place() == null ? List.of() : List.of(at(e.place(), places)));
    return row;
  }

  private static List<Map<String, Object>> roles(List<ActorRef> refs, Map<String, Integer> actors) {
    List<Map<String, Object>> rows = new ArrayList<>(refs.size());
    for (ActorRef a : refs) {
      Map<String, Object> row = mention(a.text(), a.span());
      row.put("actor", actors.get(a.identity()));
      row.put("registryId", a.id());
      row.put("inferred", a.inferred() ? Boolean.TRUE : null); // a null property is not stored
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> at(PlaceRef p, Map<String, Integer> places) {
    Map<String, Object> row = mention(p.text(), p.span());
    row.put("place", places.get(p.id()));
    return row;
  }

  private static Map<String, Object> mention(String text, Span span) {
    Map<String, Object> row = new HashMap<>();
    row.put("text", text);
    row.put("start", span == null ? null : span.start());
    row.put("end", span == null ? null : span.end());
    return row;
  }
}

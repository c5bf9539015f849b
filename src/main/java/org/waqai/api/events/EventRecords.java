package org.waqai.api.events;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;
import org.waqai.model.ActorRef;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;
import org.waqai.model.SubEventType;

/** Rebuilds model events from the rows of {@code events.cypher}, so that the service writes one event format. */
final class EventRecords {
  private EventRecords() {}

  static StoredEvent read(Record r) {
    Value e = r.get("event");
    Value article = r.get("article");
    Event event = new Event(
        e.get("id").asString(),
        article.get("id").asString(),
        SubEventType.parse(e.get("subtype").asString()),
        first(actors(r.get("actor1"))),
        first(actors(r.get("actor2"))),
        actors(r.get("assoc1")),
        actors(r.get("assoc2")),
        place(r.get("place")),
        e.get("date").isNull() ? null : e.get("date").asLocalDate(),
        e.get("dateEnd").isNull() ? null : e.get("dateEnd").asLocalDate(),
        e.get("datePrecision").isNull() ? DatePrecision.DAY : DatePrecision.parse(e.get("datePrecision").asString()),
        integer(e.get("fatalities")),
        integer(e.get("injured")),
        integer(e.get("displaced")),
        e.get("negated").asBoolean(false),
        e.get("hedged").asBoolean(false),
        new Evidence(span(e, "evidenceStart", "evidenceEnd"), e.get("sentence").asString(""),
            span(e, "triggerStart", "triggerEnd")),
        e.get("confidence").asDouble(0));
    return new StoredEvent(event, article.get("url").asString(null), article.get("outlet").asString(null));
  }

  private static List<ActorRef> actors(Value roles) {
    List<ActorRef> out = new ArrayList<>();
    for (Value role : roles.values()) {
      Value actor = role.get("actor");
      String identity = actor.get("id").asString();
      out.add(new ActorRef(role.get("registryId").asString(identity), actor.get("key").asString(null),
          actor.get("name").asString(identity), actor.get("inter").asInt(0), role.get("text").asString(null),
          optionalSpan(role)));
    }
    return out;
  }

  private static PlaceRef place(Value p) {
    if (p.isNull()) {
      return null;
    }
    Point location = p.get("location").asPoint();
    return new PlaceRef(p.get("id").asString(), p.get("name").asString(p.get("id").asString()),
        p.get("text").asString(null), location.y(), location.x(), p.get("admin1").asString(null),
        p.get("precision").isNull() ? Precision.TOWN : Precision.parse(p.get("precision").asString()),
        optionalSpan(p));
  }

  private static ActorRef first(List<ActorRef> actors) {
    return actors.isEmpty() ? null : actors.get(0);
  }

  private static Integer integer(Value v) {
    return v.isNull() ? null : v.asInt();
  }

  private static Span span(Value v, String start, String end) {
    return new Span(v.get(start).asInt(0), v.get(end).asInt(0));
  }

  private static Span optionalSpan(Value v) {
    return v.get("start").isNull() || v.get("end").isNull() ? null : new Span(v.get("start").asInt(), v.get("end").asInt());
  }
}

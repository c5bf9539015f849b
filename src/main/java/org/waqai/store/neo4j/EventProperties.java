package org.waqai.store.neo4j;

import java.util.HashMap;
import java.util.Map;
import org.waqai.model.Event;

/**
 * The properties of an {@code :Event} node, as named in {@code create-events.cypher}. Types and sub-types are
 * stored as ACLED spells them, which is also how the canonical queries return them.
 */
final class EventProperties {
  private EventProperties() {}

  static Map<String, Object> of(Event e) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", e.id());
    p.put("type", e.type().label());
    p.put("subtype", e.subtype().label());
    p.put("date", e.date());
    p.put("dateEnd", e.dateEnd());
    p.put("datePrecision", e.datePrecision() == null ? null : e.datePrecision().label());
    p.put("fatalities", e.fatalities());
    p.put("injured", e.injured());
    p.put("displaced", e.displaced());
    p.put("negated", e.negated());
    p.put("hedged", e.hedged());
    p.put("confidence", e.confidence());
    p.put("sentence", e.evidence().sentence());
    p.put("evidenceStart", e.evidence().span().start());
    p.put("evidenceEnd", e.evidence().span().end());
    p.put("triggerStart", e.evidence().trigger().start());
    p.put("triggerEnd", e.evidence().trigger().end());
    return p;
  }
}

package org.waqai.store.rdf.vocab;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.waqai.model.EventType;
import org.waqai.model.Precision;
import org.waqai.model.SubEventType;

/**
 * The Waqai ontology ({@code ontology/waqai.ttl}) and the concept schemes of {@code ontology/acled-types.ttl}.
 * Concept and precision IRIs are derived from the enum names, so adding an enum constant needs the matching
 * Turtle; {@code OntologyTest} checks that the two agree.
 */
public final class WQ {
  static {
    JenaSystem.init();
  }

  public static final String NS = "https://w3id.org/waqai/ontology/1.0/";
  public static final String EVENT_TYPE_NS = NS + "event-type/";
  public static final String SUB_EVENT_TYPE_NS = NS + "sub-event-type/";
  public static final String ACTOR_TYPE_NS = NS + "actor-type/";

  public static final Node Event = uri("Event");
  public static final Node Actor = uri("Actor");
  public static final Node Place = uri("Place");
  public static final Node AdminArea = uri("AdminArea");
  public static final Node Governorate = uri("Governorate");
  public static final Node Country = uri("Country");
  public static final Node Article = uri("Article");
  public static final Node ExtractionActivity = uri("ExtractionActivity");
  public static final Node Evidence = uri("Evidence");
  public static final Node Mention = uri("Mention");
  public static final Node AcledEventTypes = uri("AcledEventTypes");

  public static final Node eventType = uri("eventType");
  public static final Node subEventType = uri("subEventType");
  public static final Node actor1 = uri("actor1");
  public static final Node actor2 = uri("actor2");
  public static final Node assoc1 = uri("assoc1");
  public static final Node assoc2 = uri("assoc2");
  public static final Node inferredRole = uri("inferredRole");
  public static final Node fatalities = uri("fatalities");
  public static final Node injured = uri("injured");
  public static final Node displaced = uri("displaced");
  public static final Node negated = uri("negated");
  public static final Node hedged = uri("hedged");
  public static final Node confidence = uri("confidence");
  public static final Node precision = uri("precision");
  public static final Node admin1 = uri("admin1");
  public static final Node within = uri("within");
  public static final Node evidence = uri("evidence");
  public static final Node sentence = uri("sentence");
  public static final Node start = uri("start");
  public static final Node end = uri("end");
  public static final Node triggerStart = uri("triggerStart");
  public static final Node triggerEnd = uri("triggerEnd");
  public static final Node mention = uri("mention");
  public static final Node mentionOf = uri("mentionOf");
  public static final Node surfaceForm = uri("surfaceForm");
  public static final Node originalText = uri("originalText");
  public static final Node url = uri("url");
  public static final Node outlet = uri("outlet");
  public static final Node contentHash = uri("contentHash");
  public static final Node fingerprint = uri("fingerprint");
  public static final Node softwareVersion = uri("softwareVersion");
  public static final Node interCode = uri("interCode");
  public static final Node actorType = uri("actorType");
  public static final Node validFrom = uri("validFrom");
  public static final Node validTo = uri("validTo");
  public static final Node registryId = uri("registryId");

  private static final Map<Node, SubEventType> SUB_TYPES_BY_NODE = new HashMap<>();

  static {
    for (SubEventType t : SubEventType.values()) {
      SUB_TYPES_BY_NODE.put(subEventType(t), t);
    }
  }

  private WQ() {}

  public static Node eventType(EventType type) {
    return NodeFactory.createURI(EVENT_TYPE_NS + kebab(type.name()));
  }

  public static Node subEventType(SubEventType type) {
    return NodeFactory.createURI(SUB_EVENT_TYPE_NS + kebab(type.name()));
  }

  /** The sub-event type a concept IRI stands for, if it is one of the scheme's. */
  public static Optional<SubEventType> subEventTypeOf(Node concept) {
    return Optional.ofNullable(SUB_TYPES_BY_NODE.get(concept));
  }

  /** {@code wq:TownPrecision} for {@link Precision#TOWN}. */
  public static Node precision(Precision p) {
    String name = p.name();
    return uri(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + "Precision");
  }

  /** The ACLED actor category for an inter code 1..8. */
  public static Node actorType(int inter) {
    return switch (inter) {
      case 1 -> actorTypeUri("state-forces");
      case 2 -> actorTypeUri("rebel-groups");
      case 3 -> actorTypeUri("political-militias");
      case 4 -> actorTypeUri("identity-militias");
      case 5 -> actorTypeUri("rioters");
      case 6 -> actorTypeUri("protesters");
      case 7 -> actorTypeUri("civilians");
      case 8 -> actorTypeUri("external-other-forces");
      default -> throw new IllegalArgumentException("no ACLED inter code " + inter);
    };
  }

  private static Node actorTypeUri(String local) {
    return NodeFactory.createURI(ACTOR_TYPE_NS + local);
  }

  private static String kebab(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Node uri(String local) {
    return NodeFactory.createURI(NS + local);
  }
}

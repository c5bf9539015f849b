package org.waqai.store.rdf;

import org.apache.jena.graph.Node;
import org.waqai.model.ActorRef;
import org.waqai.model.Event;
import org.waqai.model.PlaceRef;
import org.waqai.model.Span;
import org.waqai.store.rdf.vocab.GEO;
import org.waqai.store.rdf.vocab.SEM;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/** An event's actors and place: the link in its role, the resource itself, and the mention that named it. */
final class ParticipantRdf {
  private final Iris iris;
  private final AdminAreas areas;

  ParticipantRdf(Iris iris, AdminAreas areas) {
    this.iris = iris;
    this.areas = areas;
  }

  void actor(Triples out, Event e, Node role, String mentionName, ActorRef ref) {
    if (ref == null) {
      return;
    }
    Node actor = iris.actor(ref.identity());
    out.add(iris.event(e.id()), role, actor);
    out.type(actor, WQ.Actor);
    out.string(actor, Terms.identifier, ref.identity());
    out.lang(actor, Terms.label, ref.name(), "en");
    out.string(actor, Terms.notation, ref.key());
    if (ref.inter() >= 1 && ref.inter() <= 8) {
      out.xsdInt(actor, WQ.interCode, ref.inter());
      out.add(actor, WQ.actorType, WQ.actorType(ref.inter()));
    }
    if (ref.inferred()) {
      out.add(iris.event(e.id()), WQ.inferredRole, role);
    }
    mention(out, e, mentionName, actor, ref.text(), ref.span());
  }

  void place(Triples out, Event e) {
    PlaceRef ref = e.place();
    if (ref == null) {
      return;
    }
    Node place = iris.place(ref.id());
    out.add(iris.event(e.id()), SEM.hasPlace, place);
    out.type(place, WQ.Place);
    out.string(place, Terms.identifier, ref.id());
    out.lang(place, Terms.label, ref.name(), "en");
    out.add(place, WQ.precision, WQ.precision(ref.precision()));
    out.decimal(place, GEO.lat, ref.lat());
    out.decimal(place, GEO.lon, ref.lon());
    Node geometry = iris.placeGeometry(ref.id());
    out.add(place, GEO.hasGeometry, geometry);
    out.type(geometry, GEO.Geometry);
    out.typed(geometry, GEO.asWKT, wkt(ref.lon(), ref.lat()), GEO.wktLiteral);
    if (ref.admin1() != null && !ref.admin1().isBlank()) {
      out.string(place, WQ.admin1, ref.admin1());
      out.add(place, WQ.within, areas.describe(out, ref.admin1()));
    }
    mention(out, e, "place", place, ref.text(), ref.span());
  }

  /** CRS84 orders longitude before latitude, unlike EPSG:4326. */
  static String wkt(double lon, double lat) {
    return GEO.CRS84 + " POINT(" + Triples.plain(lon) + " " + Triples.plain(lat) + ")";
  }

  private void mention(Triples out, Event e, String name, Node target, String text, Span span) {
    if (text == null || text.isEmpty()) {
      return;
    }
    Node mention = iris.eventPart(e.id(), "mention-" + name);
    out.add(iris.event(e.id()), WQ.mention, mention);
    out.type(mention, WQ.Mention);
    out.add(mention, WQ.mentionOf, target);
    out.lang(mention, WQ.surfaceForm, text, "ar");
    out.span(mention, span);
  }
}

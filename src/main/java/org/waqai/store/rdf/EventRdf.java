package org.waqai.store.rdf;

import java.time.LocalDate;
import org.apache.jena.graph.Node;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.model.Evidence;
import org.waqai.store.rdf.vocab.PROV;
import org.waqai.store.rdf.vocab.SEM;
import org.waqai.store.rdf.vocab.TIME;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/** One event: its type, sides, place, OWL-Time date, outcome, modality, evidence and provenance. */
final class EventRdf {
  private final Iris iris;
  private final ParticipantRdf participants;

  EventRdf(Iris iris, ParticipantRdf participants) {
    this.iris = iris;
    this.participants = participants;
  }

  void describe(Triples out, Event e, Node article, Node activity) {
    Node event = iris.event(e.id());
    out.type(event, WQ.Event);
    out.string(event, Terms.identifier, e.id());
    out.add(event, WQ.eventType, WQ.eventType(e.type()));
    out.add(event, WQ.subEventType, WQ.subEventType(e.subtype()));
    participants.actor(out, e, WQ.actor1, "actor1", e.actor1());
    participants.actor(out, e, WQ.actor2, "actor2", e.actor2());
    for (int i = 0; i < e.assoc1().size(); i++) {
      participants.actor(out, e, WQ.assoc1, "assoc1-" + i, e.assoc1().get(i));
    }
    for (int i = 0; i < e.assoc2().size(); i++) {
      participants.actor(out, e, WQ.assoc2, "assoc2-" + i, e.assoc2().get(i));
    }
    participants.place(out, e);
    time(out, e);
    out.integer(event, WQ.fatalities, e.fatalities());
    out.integer(event, WQ.injured, e.injured());
    out.integer(event, WQ.displaced, e.displaced());
    out.bool(event, WQ.negated, e.negated());
    out.bool(event, WQ.hedged, e.hedged());
    out.decimal(event, WQ.confidence, e.confidence());
    evidence(out, e, article);
    out.add(event, PROV.wasDerivedFrom, article);
    out.add(event, PROV.wasGeneratedBy, activity);
  }

  /**
   * A day, week, month or year is a {@code time:Instant} on its first day with the precision as
   * {@code time:unitType}; a range is a {@code time:ProperInterval} between two days.
   */
  private void time(Triples out, Event e) {
    if (e.date() == null) {
      return;
    }
    Node time = iris.eventPart(e.id(), "time");
    out.add(iris.event(e.id()), SEM.hasTime, time);
    if (e.datePrecision() == DatePrecision.RANGE && e.dateEnd() != null) {
      Node begin = iris.eventPart(e.id(), "begin");
      Node end = iris.eventPart(e.id(), "end");
      out.type(time, TIME.ProperInterval);
      out.add(time, TIME.hasBeginning, begin);
      out.add(time, TIME.hasEnd, end);
      instant(out, begin, e.date(), TIME.unitDay);
      instant(out, end, e.dateEnd(), TIME.unitDay);
    } else {
      instant(out, time, e.date(), unit(e.datePrecision()));
    }
  }

  private static void instant(Triples out, Node instant, LocalDate day, Node unit) {
    out.type(instant, TIME.Instant);
    out.date(instant, TIME.inXSDDate, day);
    out.add(instant, TIME.unitType, unit);
  }

  private static Node unit(DatePrecision p) {
    if (p == null) {
      return TIME.unitDay;
    }
    return switch (p) {
      case DAY, RANGE -> TIME.unitDay;
      case WEEK -> TIME.unitWeek;
      case MONTH -> TIME.unitMonth;
      case YEAR -> TIME.unitYear;
    };
  }

  private void evidence(Triples out, Event e, Node article) {
    Evidence ev = e.evidence();
    Node node = iris.eventPart(e.id(), "evidence");
    out.add(iris.event(e.id()), WQ.evidence, node);
    out.type(node, WQ.Evidence);
    out.lang(node, WQ.sentence, ev.sentence(), "ar");
    out.span(node, ev.span());
    out.xsdInt(node, WQ.triggerStart, ev.trigger().start());
    out.xsdInt(node, WQ.triggerEnd, ev.trigger().end());
    out.add(node, PROV.wasQuotedFrom, article);
  }
}

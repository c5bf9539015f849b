package org.waqai.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One conflict event read from one article.
 *
 * @param id stable id: the same article and extractor give the same id
 * @param article the article's id
 * @param subtype ACLED sub-event type (its parent is {@link #type()})
 * @param actor1 the side that acts, or null
 * @param actor2 the side acted upon, or null
 * @param assoc1 actors associated with actor1
 * @param assoc2 actors associated with actor2
 * @param place where, or null when the article names no place
 * @param date first day, or null when unknown
 * @param dateEnd last day for ranges, or null
 * @param datePrecision how precise the date is
 * @param fatalities killed, or null when not reported
 * @param injured injured, or null
 * @param displaced displaced, or null
 * @param negated the text denies the event
 * @param hedged the event is only claimed, planned or feared
 * @param evidence the sentence it came from
 * @param confidence 0..1
 */
public record Event(
    String id,
    String article,
    SubEventType subtype,
    ActorRef actor1,
    ActorRef actor2,
    List<ActorRef> assoc1,
    List<ActorRef> assoc2,
    PlaceRef place,
    LocalDate date,
    LocalDate dateEnd,
    DatePrecision datePrecision,
    Integer fatalities,
    Integer injured,
    Integer displaced,
    boolean negated,
    boolean hedged,
    Evidence evidence,
    double confidence) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(subtype, "subtype");
    Objects.requireNonNull(evidence, "evidence");
    assoc1 = List.copyOf(assoc1);
    assoc2 = List.copyOf(assoc2);
  }

  public EventType type() {
    return subtype.type();
  }
}

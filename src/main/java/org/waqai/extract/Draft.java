package org.waqai.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waqai.model.DatePrecision;
import org.waqai.model.PlaceRef;
import org.waqai.model.SubEventType;

/** An event being assembled by the linker; turned into an immutable {@link org.waqai.model.Event} at the end. */
final class Draft {
  SubEventType subtype;
  Mentions.Trigger trigger;
  SentenceAnalysis sentence;
  Mentions.Actor actor1;
  Mentions.Actor actor2;
  final List<Mentions.Actor> assoc1 = new ArrayList<>();
  final List<Mentions.Actor> assoc2 = new ArrayList<>();
  ActorEntry actor1Entry;
  ActorEntry actor2Entry;
  PlaceRef place;
  boolean placeInherited;
  /** A place the sentence names too far from the trigger to be linked: better than a coarse place from elsewhere. */
  PlaceRef farPlace;
  /** The clause points back to a city ("city") or a town or village ("town") named before: المدينة، البلدة. */
  String anaphorKind;
  LocalDate date;
  LocalDate dateEnd;
  DatePrecision datePrecision = DatePrecision.DAY;
  boolean dateExplicit;
  Integer fatalities;
  Integer injured;
  Integer displaced;
  boolean negated;
  boolean hedged;
  boolean intent;
  /** A weapon modifier stands next to the trigger (غارات جوية، قصف مدفعي). */
  boolean modified;
  double confidence;

  Draft copyWithPlace(PlaceRef p) {
    Draft d = new Draft();
    d.subtype = subtype;
    d.trigger = trigger;
    d.sentence = sentence;
    d.actor1 = actor1;
    d.actor2 = actor2;
    d.assoc1.addAll(assoc1);
    d.assoc2.addAll(assoc2);
    d.actor1Entry = actor1Entry;
    d.actor2Entry = actor2Entry;
    d.place = p;
    d.placeInherited = placeInherited;
    d.farPlace = farPlace;
    d.anaphorKind = anaphorKind;
    d.date = date;
    d.dateEnd = dateEnd;
    d.datePrecision = datePrecision;
    d.dateExplicit = dateExplicit;
    d.fatalities = fatalities;
    d.injured = injured;
    d.displaced = displaced;
    d.negated = negated;
    d.hedged = hedged;
    d.intent = intent;
    d.modified = modified;
    d.confidence = confidence;
    return d;
  }
}

package org.waqai.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.waqai.model.PlaceRef;
import org.waqai.model.SubEventType;

/**
 * What the article has established so far: the place and the two sides of the last events, the date of the lead,
 * and how often each governorate was named. Used to fill arguments a sentence leaves implicit (بين الطرفين، في
 * المنطقة). One per article; not shared between threads.
 */
final class Discourse {
  final LocalDate published;
  final Map<String, Integer> admin1Counts = new HashMap<>();
  /** How often the article names each actor, in the order of first mention: whom the report is about. */
  final Map<ActorEntry, Integer> actorCounts = new LinkedHashMap<>();
  PlaceRef lastPlace;
  /** The last city (مدينة X), town (بلدة X) and village (قرية X) the report named, for المدينة / البلدة / القرية. */
  PlaceRef lastCity;
  int lastCitySentence = -1;
  PlaceRef lastTown;
  int lastTownSentence = -1;
  PlaceRef lastVillage;
  int lastVillageSentence = -1;
  /** Ids of the places named as (or known to be) a city, a town, a village. */
  final java.util.Map<String, java.util.Set<String>> kindIds = new java.util.HashMap<>();
  int lastPlaceSentence = -1;
  /** The trigger whose event set {@link #lastPlace} (the list members of one trigger after it do not replace it). */
  private Mentions.Trigger lastPlaceTrigger;
  ActorEntry sideA;
  ActorEntry sideB;
  ActorEntry lastActor1;
  /** Who carried out the article's last air strike and last bombardment that named its agent. */
  ActorEntry lastAirAgent;
  ActorEntry lastShellingAgent;
  /** The occupier the article names explicitly (الاحتلال التركي), whom its bare الاحتلال means; null if none. */
  ActorEntry occupier;
  /** actor1 named explicitly by an earlier event of the current sentence (… وتقدموا: same subject). */
  ActorEntry sentenceActor1;
  TimeMention leadTime;
  /** The sentence the lead's date was read from. */
  int leadTimeSentence = -1;

  Discourse(LocalDate published) {
    this.published = published;
  }

  void remember(Draft d) {
    // قصفت القوات بلدة A وقراها وبلدة B: one trigger told over a list of places; a later sentence without a place of
    // its own speaks of the list's head, not of whichever member was linked last
    if (d.place != null && !d.subtype.type().isExtension() && (d.trigger == null || d.trigger != lastPlaceTrigger)) {
      lastPlace = d.place;
      lastPlaceSentence = d.sentence.sentence().index();
      lastPlaceTrigger = d.trigger;
    }
    // a protest and the force that met it are not the two sides of a fight later sentences are read against
    if (d.actor1Entry != null && d.actor2Entry != null && !d.actor2Entry.isCivilian()
        && !d.actor1Entry.isProtester() && !d.actor2Entry.isProtester()) {
      sideA = d.actor1Entry;
      sideB = d.actor2Entry;
    }
    if (d.actor1Entry != null) {
      lastActor1 = d.actor1Entry;
      // only a state flies warplanes: an air strike credited to a faction is not carried over
      if (d.subtype == SubEventType.AIR_DRONE_STRIKE && (d.actor1Entry.isState() || d.actor1Entry.inter() == 8)) {
        lastAirAgent = d.actor1Entry;
      } else if (d.subtype == SubEventType.SHELLING_ARTILLERY_MISSILE) {
        lastShellingAgent = d.actor1Entry;
      }
    }
  }

  /** The other side of the last fight that {@code a} was part of, or null. */
  ActorEntry opponentOf(ActorEntry a) {
    if (a == null || sideA == null || sideB == null) {
      return null;
    }
    if (sameSide(a, sideA)) {
      return sideB;
    }
    if (sameSide(a, sideB)) {
      return sideA;
    }
    return null;
  }

  /** Camps that are never the other side of a fight: victims, demonstrators and actors whose side is not known. */
  private static final Set<String> NOT_A_SIDE = Set.of("civilians", "protesters", "unknown", "other");

  /**
   * The actor the article names most often that is on another side than {@code a} (ties: the one named first), or
   * null when the article names none. The other side of a fight or a bombardment the sentence leaves implicit ("the
   * army shelled the towns of the countryside") in a report about two sides.
   */
  ActorEntry mainOpponentOf(ActorEntry a) {
    if (a == null || NOT_A_SIDE.contains(a.camp())) {
      return null;
    }
    ActorEntry best = null;
    int most = 0;
    for (Map.Entry<ActorEntry, Integer> c : actorCounts.entrySet()) {
      ActorEntry e = c.getKey();
      if (c.getValue() > most && !NOT_A_SIDE.contains(e.camp()) && !sameSide(a, e)) {
        best = e;
        most = c.getValue();
      }
    }
    return best;
  }

  static boolean sameSide(ActorEntry x, ActorEntry y) {
    return x.camp().equals(y.camp()) && !x.camp().equals("other") && !x.camp().equals("unknown")
        || x.id().equals(y.id());
  }
}

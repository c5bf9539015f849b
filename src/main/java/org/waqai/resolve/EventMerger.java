package org.waqai.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waqai.model.ActorRef;
import org.waqai.model.Event;
import org.waqai.model.GreatCircle;
import org.waqai.model.EventType;
import org.waqai.model.SubEventType;
import org.waqai.model.PlaceRef;
import org.waqai.model.Precision;
import org.waqai.model.Span;

/**
 * Merges the events of one article that tell the same event in several sentences: same sub-type, overlapping dates,
 * compatible actors, and the same place, a town and a quarter or site inside it, or a coarse place (region,
 * governorate) in the governorate of a finer one. Two different villages or quarters are never one event. The finer place and the first sentence are kept; missing actors and counts are
 * filled from the merged event.
 */
public final class EventMerger {
  /** How far from a town's centre a quarter or a site still counts as inside it. */
  private static final double SAME_PLACE_KM = 8;
  /** A title and its subtitle stand within the first characters of a report. */
  private static final int HEADLINE_REACH = 300;
  /** ACLED's interaction code of civilians. */
  private static final int CIVILIANS = 7;

  /** An event told without a back-reference: it merges only by {@link #same}. */
  public static final byte NEW = 0;
  /** Told again by a definite noun of its own kind (الغارات، الاشتباكات): it joins an earlier event of its sub-type. */
  public static final byte AGAIN_SAME_KIND = 1;
  /** Told again by a definite generic noun (الهجوم، القصف، الانفجار): it joins an earlier event of its type. */
  public static final byte AGAIN_ANY_KIND = 2;

  public List<Event> merge(List<Event> events) {
    return merge(events, new byte[events.size()]);
  }

  /**
   * @param again for each event (by position), {@link #NEW}, {@link #AGAIN_SAME_KIND} or {@link #AGAIN_ANY_KIND}: how
   *     the extractor found it told (a definite noun that names the event again, see {@link #toldAgain})
   */
  public List<Event> merge(List<Event> events, byte[] again) {
    List<Event> kept = new ArrayList<>();
    for (int j = 0; j < events.size(); j++) {
      Event e = events.get(j);
      int target = -1;
      boolean back = false;
      for (int i = 0; i < kept.size() && target < 0; i++) {
        if (same(kept.get(i), e)) {
          target = i;
        } else if (again[j] != NEW && toldAgain(kept.get(i), e, again[j] == AGAIN_ANY_KIND)) {
          target = i;
          back = true;
        }
      }
      if (target >= 0) {
        kept.set(target, back ? combineInto(kept.get(target), e) : combine(kept.get(target), e));
        continue;
      }
      for (int i = 0; i < kept.size() && target < 0; i++) {
        Event k = kept.get(i);
        if (struckCivilians(k, e)) {
          target = i;
          kept.set(i, isAttack(k) ? combineInto(e, k) : combineInto(k, e));
        }
      }
      if (target < 0) {
        kept.add(e);
      }
    }
    return kept;
  }

  /**
   * أدت الغارات إلى مقتل 23، وقع الهجوم فجرا: a later sentence that names an event told before with a definite noun and
   * names no place of its own (its place, if any, is carried over from the text before) tells that event again, though
   * its actors may read differently (the victims of the toll are not the side struck). It joins an earlier event of the
   * same type (the same sub-type for a specific noun) at the same place, or in the governorate of a coarse place, with
   * overlapping dates. An event with its own place mention never joins this way: two raids on two villages stay two.
   */
  static boolean toldAgain(Event a, Event b, boolean anyKind) {
    // وقال ناشطون إن الهجوم أوقع ثلاثة قتلى من المدنيين: the generic word reads as an attack on civilians, but it names
    // the strike told before
    boolean kind = a.type() == b.type() || anyKind && b.subtype() == SubEventType.ATTACK
        && a.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
    if (!kind || !anyKind && a.subtype() != b.subtype() || a.negated() != b.negated()
        || !datesOverlap(a, b)) {
      return false;
    }
    PlaceRef p = b.place();
    if (p == null) {
      return true;
    }
    Span own = p.span();
    Span sentence = b.evidence().span();
    if (own != null && own.start() >= sentence.start() && own.start() < sentence.end() || a.place() == null) {
      return false;
    }
    PlaceRef q = a.place();
    return q.id().equals(p.id()) || coarse(p) && p.admin1() != null && p.admin1().equals(q.admin1());
  }

  /**
   * قصفت قوات النظام أحياء المدينة مستهدفة منازل المدنيين: civilians killed or struck by a bombardment, an air strike or
   * a blast are its victims, not a second attack on them (ACLED codes the explosion). An attack on civilians at the
   * same named place, on the same days, by the same or an unnamed side, joins a strike told in its sentence; from
   * another sentence only an attack without an attacker joins. The strike's sub-type is kept, with its sentence.
   */
  static boolean struckCivilians(Event a, Event b) {
    Event attack = isAttack(a) ? a : isAttack(b) ? b : null;
    Event strike = attack == a ? b : a;
    if (attack == null || strike.type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE || a.negated() != b.negated()
        || !datesOverlap(a, b) || attack.place() == null || strike.place() == null
        || !attack.place().id().equals(strike.place().id())) {
      return false;
    }
    if (!attack.evidence().span().equals(strike.evidence().span())) {
      // قتل 30 شخصا في الهجومين: told in a sentence of its own, only an attack without an attacker (a toll of the
      // victims) is the strike's; أعدم عناصر النظام خمسة مدنيين names an act of its own
      return attack.actor1() == null;
    }
    return attack.actor1() == null || strike.actor1() == null || actors(attack.actor1(), strike.actor1());
  }

  private static boolean isAttack(Event e) {
    return e.subtype() == SubEventType.ATTACK;
  }

  static boolean same(Event a, Event b) {
    // اشتباكات في مدينة دير الزور …، كما دارت اشتباكات في حي الرشدية: one sentence telling two fights at two named
    // towns, quarters or sites tells two events
    if (a.evidence().span().equals(b.evidence().span()) && !a.evidence().trigger().equals(b.evidence().trigger())
        && a.place() != null && b.place() != null && !a.place().id().equals(b.place().id())
        && a.place().span() != null && b.place().span() != null && !a.place().span().equals(b.place().span())
        && a.place().precision().isFine() && b.place().precision().isFine()) {
      return false;
    }
    boolean kind = a.subtype() == b.subtype() || a.type() == b.type() && (headline(a) || headline(b))
        || forceOnProtest(a) && forceOnProtest(b);
    if (!kind || a.negated() != b.negated() || !datesOverlap(a, b) || !places(a.place(), b.place())) {
      return false;
    }
    boolean here = samePlace(a.place(), b.place());
    return (actorsCompatible(a, b) || a.subtype() == b.subtype() && here && victimsTwoWays(a, b)
        || here && (guessedTitle(a) || guessedTitle(b)))
        && (counts(a.fatalities(), b.fatalities()) || here);
  }

  /**
   * قصفت قوات النظام بلدة التريمسة … قصف القوات الحكومية لمسجد قتل فيه مدنيون: at one named village or quarter, the
   * side struck is told once by the fighters who hold it and once by the civilians who died; the striking side agrees
   * (or one telling leaves it unsaid), so the two are one event.
   */
  private static boolean victimsTwoWays(Event a, Event b) {
    EventType t = a.type();
    boolean struck = t == EventType.EXPLOSIONS_REMOTE_VIOLENCE || a.subtype() == SubEventType.ARMED_CLASH;
    if (!struck || !actors(a.actor1(), b.actor1()) || a.actor2() == null || b.actor2() == null) {
      return false;
    }
    return a.actor2().inter() == CIVILIANS || b.actor2().inter() == CIVILIANS;
  }

  /**
   * السيطرة على كلية المدفعية وحي الراموسة: a title that names no side has its actors guessed from the article; at the
   * named place the body tells, the body's sides are the ones to believe.
   */
  private static boolean guessedTitle(Event e) {
    return headline(e) && (e.actor1() == null || e.actor1().inferred()) && (e.actor2() == null || e.actor2().inferred());
  }

  /**
   * أطلقت قوات الأمن الرصاص على المتظاهرين … قتل أربعة في المظاهرات: force used on one protest, told once as firing and
   * once with its dead, is one event; the deaths make it excessive force (see {@link #joined}).
   */
  private static boolean forceOnProtest(Event e) {
    return e.subtype() == SubEventType.PROTEST_WITH_INTERVENTION || e.subtype() == SubEventType.EXCESSIVE_FORCE;
  }

  /**
   * A report's title or subtitle: a short line near its start without a full stop. It names the story the body tells, often with
   * a looser word (معركة for a capture, قصف for an assault), so it merges with a body event of the same type.
   */
  static boolean headline(Event e) {
    String s = e.evidence().sentence().strip();
    return e.evidence().span().start() < HEADLINE_REACH && s.length() <= 150 && !s.endsWith(".")
        && !s.endsWith("؟") && !s.endsWith("!") && !s.endsWith(":") && !s.endsWith("،");
  }

  /**
   * At the same named place, two tolls are two sources or an update of one event (150 by the monitor, more than 200 by a
   * commander): the mentions merge and the higher toll is kept.
   */
  private static boolean samePlace(PlaceRef a, PlaceRef b) {
    return a != null && b != null && a.id().equals(b.id()) && a.precision().isFine();
  }

  /** Elsewhere, two reports with different death tolls are two events. */
  private static boolean counts(Integer a, Integer b) {
    return a == null || b == null || a.equals(b);
  }

  private static boolean actorsCompatible(Event a, Event b) {
    EventType t = a.type();
    if (t == EventType.DIPLOMACY || t == EventType.DISPLACEMENT || t == EventType.STRATEGIC_DEVELOPMENTS) {
      return true;
    }
    if (a.subtype() == SubEventType.ARMED_CLASH) {
      return (actors(a.actor1(), b.actor1()) && actors(a.actor2(), b.actor2()))
          || (actors(a.actor1(), b.actor2()) && actors(a.actor2(), b.actor1()));
    }
    return actors(a.actor1(), b.actor1()) && actors(a.actor2(), b.actor2());
  }

  private static boolean datesOverlap(Event a, Event b) {
    if (a.date() == null || b.date() == null) {
      return true;
    }
    LocalDate ae = a.dateEnd() == null ? a.date() : a.dateEnd();
    LocalDate be = b.dateEnd() == null ? b.date() : b.dateEnd();
    return !a.date().isAfter(be.plusDays(1)) && !b.date().isAfter(ae.plusDays(1));
  }

  private static boolean places(PlaceRef a, PlaceRef b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.id().equals(b.id())) {
      return true;
    }
    if (unknownName(a) && unknownName(b) && unknownKey(a).equals(unknownKey(b))) {
      // قرية السمرا في محافظة اللاذقية … السمرا بريف اللاذقية: one name the gazetteer lacks, told twice, is one place
      return a.admin1() != null && a.admin1().equals(b.admin1());
    }
    if (unknownName(a) && unknownName(b) || unknownName(a) && b.precision().isFine()
        || unknownName(b) && a.precision().isFine()) {
      // قرى القاص وتل عجاز: villages the gazetteer lacks keep their own names, and two names are two places
      return false;
    }
    if (a.precision().isFine() && b.precision().isFine()) {
      // two named villages or two quarters are two places however close; a town and a quarter or site in it are one
      return a.precision() != b.precision() && (a.precision() == Precision.TOWN || b.precision() == Precision.TOWN)
          && km(a, b) <= SAME_PLACE_KM;
    }
    if (a.precision() == Precision.REGION && b.precision() == Precision.REGION) {
      // ريف حماة contains ريف حماة الشمالي; الريفين الغربي والشمالي are two places
      return a.id().startsWith(b.id() + "/") || b.id().startsWith(a.id() + "/");
    }
    boolean sameAdmin = a.admin1() != null && a.admin1().equals(b.admin1());
    return sameAdmin && (coarse(a) || coarse(b));
  }

  /** A named village the gazetteer lacks, placed at the region the text gives (see PlaceResolver). */
  private static boolean unknownName(PlaceRef p) {
    return unknownSuffix(p.id()) >= 0;
  }

  /** The part of an unknown name's id that stands for the name as written (.u followed by its hash). */
  private static String unknownKey(PlaceRef p) {
    int at = unknownSuffix(p.id());
    return at >= 0 ? p.id().substring(at) : p.id();
  }

  /**
   * Where the id's ".u" + lowercase hex digits suffix starts, or -1. Only the last ".u" can start it: a '.' is no hex
   * digit. (A loop, not a regular expression: this is asked for every pair of events an article's merge compares.)
   */
  static int unknownSuffix(String id) {
    int at = id.lastIndexOf(".u");
    if (at < 0 || at + 2 == id.length()) {
      return -1;
    }
    for (int k = at + 2; k < id.length(); k++) {
      char c = id.charAt(k);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return -1;
      }
    }
    return at;
  }

  private static boolean coarse(PlaceRef p) {
    return p.precision().compareTo(Precision.SUBDISTRICT) >= 0 && (p.id().contains("/") || p.precision() != Precision.REGION);
  }

  private static boolean actors(ActorRef a, ActorRef b) {
    return a == null || b == null || a.identity().equals(b.identity()) || a.inter() == b.inter() && a.inter() != 1;
  }

  private static Event combine(Event first, Event second) {
    // the body's sentence tells the event better than the title
    boolean title = headline(first) && !headline(second);
    Event a = title ? second : first;
    Event b = title ? first : second;
    return joined(a, b, finer(a.place(), b.place()), a.assoc1().isEmpty() ? b.assoc1() : a.assoc1(),
        a.assoc2().isEmpty() ? b.assoc2() : a.assoc2());
  }

  /** The event told again adds its counts and fills missing actors; the first telling keeps its sentence and place. */
  private static Event combineInto(Event a, Event b) {
    return joined(a, b, a.place() != null ? a.place() : b.place(), a.assoc1(), a.assoc2());
  }

  /** {@code a} with {@code b}'s actors where {@code a} has none, the larger counts and a raised confidence. */
  private static Event joined(Event a, Event b, PlaceRef place, List<ActorRef> assoc1, List<ActorRef> assoc2) {
    SubEventType subtype = b.subtype() == SubEventType.EXCESSIVE_FORCE && forceOnProtest(a) ? b.subtype() : a.subtype();
    return new Event(a.id(), a.article(), subtype, a.actor1() != null ? a.actor1() : b.actor1(),
        a.actor2() != null ? a.actor2() : b.actor2(), assoc1, assoc2, place, a.date(), a.dateEnd(), a.datePrecision(),
        max(a.fatalities(), b.fatalities()), max(a.injured(), b.injured()), max(a.displaced(), b.displaced()),
        a.negated(), a.hedged() && b.hedged(), a.evidence(),
        // In hundredths, as the extractor gives it: 0.8 + 0.05 is 0.8500000000000001 in binary floating point.
        Math.round(Math.min(0.99, Math.max(a.confidence(), b.confidence()) + 0.05) * 100) / 100.0);
  }

  private static PlaceRef finer(PlaceRef a, PlaceRef b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.precision().compareTo(a.precision()) < 0 ? b : a;
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static double km(PlaceRef a, PlaceRef b) {
    return GreatCircle.km(a.lat(), a.lon(), b.lat(), b.lon());
  }
}

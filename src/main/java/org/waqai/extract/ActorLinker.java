package org.waqai.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waqai.model.EventType;
import org.waqai.model.SubEventType;

/**
 * Links actors to a trigger inside its sentence: بين X و Y، ضد Y، على حساب Y، مع Y (ally or enemy by camp)، من قبل
 * X، مواقع Y، verb–subject order (قصفت قوات النظام), construct state (قصف قوات النظام), nationality adjectives
 * (غارات روسية), the nearest subject before the trigger, and the sides of the last fight for بين الطرفين. A battle or
 * bombardment whose other side the sentence leaves implicit gets the other side of the article's last fight, or else
 * the actor of another side that the article names most often (without a mention: inferred, not read).
 */
final class ActorLinker {
  private final Lexicon lex;

  ActorLinker(Lexicon lex) {
    this.lex = lex;
  }

  void link(Draft d, SentenceAnalysis s, Discourse disc, LocalDate date) {
    Mentions.Trigger t = d.trigger;
    List<Mentions.Actor> usable = new ArrayList<>();
    for (Mentions.Actor a : s.actors()) {
      // رافعين رايات المعارضة: a flag or a slogan of a group does not make the group take part
      if (!s.sources().get(a.first()) && !lex.is("emblem", s.tokens(), a.first() - 1)) {
        usable.add(a);
      }
    }
    if (between(d, s, usable, disc, date)) {
      return;
    }
    for (Mentions.Actor a : usable) {
      if (a.first() <= t.last() || s.clauseDistance(a.first(), t.last()) > 1 || a.first() > t.last() + 14) {
        continue;
      }
      String prev = s.word(a.first() - 1);
      String prev2 = s.word(a.first() - 2);
      if (lex.is("against", prev) && !prev.equals("علي") || prev.equals("حساب") && prev2.equals("علي")
          || lex.is("target", prev) || lex.is("target", prev2)) {
        setActor2(d, a, date);
      } else if (lex.is("by-agent", s.tokens(), agentSlot(s, a)) && d.actor1 == null) {
        setActor1(d, a, date);
      }
    }
    if (d.actor1 == null) {
      Mentions.Actor subj = subject(d, s, usable);
      if (subj == null) {
        subj = sentenceSubject(d, s, usable);
      }
      if (subj != null) {
        setActor1(d, subj, date);
      }
    }
    withPhrases(d, s, usable, date);
    allies(d, s, usable, date);
    victims(d, s, usable, date);
    // أعلنت السيطرة على القرية بعد اشتباكات مع قوات النظام: the elided subject is the side the report is telling
    // about, unless that is the side the sentence names as the object
    ActorEntry told = disc.sentenceActor1 != null ? disc.sentenceActor1 : disc.lastActor1;
    if (d.actor1 == null && d.subtype.type() == EventType.BATTLES && told != null
        && (d.actor2 == null || d.actor2Entry != null && !Discourse.sameSide(told, d.actor2Entry))) {
      d.actor1Entry = told;
    }
    if (d.actor2Entry == null && d.actor1Entry != null && d.subtype.type() == EventType.BATTLES) {
      d.actor2Entry = disc.opponentOf(d.actor1Entry);
    }
  }

  private boolean between(Draft d, SentenceAnalysis s, List<Mentions.Actor> usable, Discourse disc, LocalDate date) {
    Mentions.Trigger t = d.trigger;
    for (int i = Math.max(0, t.first() - 3); i < s.tokens().size() && i <= t.last() + 12; i++) {
      if (!lex.is("between", s.tokens(), i) || s.clauseDistance(i, t.last()) > 1) {
        continue;
      }
      if (lex.is("sides", s.tokens(), i + 1) && disc.sideA != null) {
        d.actor1Entry = disc.sideA;
        d.actor2Entry = disc.sideB;
        return true;
      }
      int side = 0;
      for (Mentions.Actor a : usable) {
        if (a.first() <= i || a.first() > i + 16 || s.clauseDistance(a.first(), i) > 1) {
          continue;
        }
        if (side == 0) {
          setActor1(d, a, date);
          side = 1;
        } else if (side == 1 && isAlliedToPrevious(s, a)) {
          d.assoc1.add(a);
        } else if (side == 1) {
          setActor2(d, a, date);
          side = 2;
        } else {
          d.assoc2.add(a);
        }
      }
      return side > 0;
    }
    return false;
  }

  /** The agent: after a verb (VSO), right after a verbal noun (construct state), else the nearest one before. */
  private Mentions.Actor subject(Draft d, SentenceAnalysis s, List<Mentions.Actor> usable) {
    Mentions.Trigger t = d.trigger;
    int window = t.entry().verb() ? 4 : 2;
    for (Mentions.Actor a : usable) {
      if (a.first() > t.last() && a.first() <= t.last() + window && s.sameClause(a.first(), t.last())
          && !isVictim(a) && !used(d, a) && !isObject(s, a)) {
        return a;
      }
    }
    // سيطرت كتائب مقاتلة بينها جبهة النصرة على: a named member of an unnamed subject group stands for it
    for (Mentions.Actor a : usable) {
      if (t.entry().verb() && a.first() > t.last() + window && a.first() <= t.last() + 8
          && s.sameClause(a.first(), t.last()) && lex.is("among", s.tokens(), a.first() - 1) && !isVictim(a)
          && !used(d, a)) {
        return a;
      }
    }
    Mentions.Actor best = null;
    Mentions.Actor aircraft = null;
    for (Mentions.Actor a : usable) {
      if (a.last() < t.first() && t.first() - a.last() <= 14 && s.clauseDistance(a.last(), t.first()) <= 2
          && !isVictim(a) && !used(d, a) && !isObject(s, a)) {
        if (!a.adjective()) {
          best = a;
        } else if (ofAircraft(s, a) && aircraft == null) {
          aircraft = a;
        }
      }
    }
    // a named actor wins over the nationality of an aircraft (الطيران الحربي السوري الروسي)
    return best != null ? best : aircraft;
  }

  /**
   * The word before an agent, past the aircraft words and the time words between them: شنها أمس الطيران التركي،
   * نفذتها طائرات حربية روسية (the nationality adjective names the agent; the aircraft words stand before it).
   */
  private int agentSlot(SentenceAnalysis s, Mentions.Actor a) {
    int k = a.first() - 1;
    while (k > 0 && k >= a.first() - 5 && (a.adjective() && lex.is("aircraft", s.tokens(), k) || s.inTime(k))) {
      k--;
    }
    return k;
  }


  /**
   * وسعت فصائل الجيش الوطني رقعة سيطرتها … وصولا إلى السيطرة على: the subject of the verb that opens the sentence is
   * the agent of a later event of the sentence that names none near it, when no other side is named in between.
   */
  private Mentions.Actor sentenceSubject(Draft d, SentenceAnalysis s, List<Mentions.Actor> usable) {
    if (usable.isEmpty() || d.subtype.type() != EventType.BATTLES || d.trigger.entry().has("weak")) {
      return null;
    }
    Mentions.Actor first = usable.get(0);
    if (first.first() > 3 || first.first() == 0 || first.last() >= d.trigger.first() || first.adjective()
        || isVictim(first) || first.candidates().stream().anyMatch(ActorEntry::isProtester) || isObject(s, first)
        || used(d, first)) {
      return null;
    }
    ActorEntry side = ActorRegistry.choose(first.candidates(), d.date);
    for (Mentions.Actor a : usable) {
      if (a != first && a.first() < d.trigger.first() && !isVictim(a)
          && !Discourse.sameSide(side, ActorRegistry.choose(a.candidates(), d.date))) {
        return null;
      }
    }
    return first;
  }

  /** طائرات حربية روسية، مقاتلات تركية: a nationality adjective of an aircraft word names who flies it. */
  private boolean ofAircraft(SentenceAnalysis s, Mentions.Actor a) {
    return lex.is("aircraft", s.tokens(), a.first() - 1) || lex.is("aircraft", s.tokens(), a.first() - 2);
  }

  private void withPhrases(Draft d, SentenceAnalysis s, List<Mentions.Actor> usable, LocalDate date) {
    for (Mentions.Actor a : usable) {
      String prev = s.word(a.first() - 1);
      boolean with = lex.is("with", prev) || prev.equals("من") && s.word(a.first() - 2).equals("كل")
          && lex.is("with", s.tokens(), a.first() - 3);
      if (!with || used(d, a) || a.first() < d.trigger.first() - 8 || a.first() > d.trigger.last() + 16) {
        continue;
      }
      ActorEntry e = ActorRegistry.choose(a.candidates(), date);
      if (d.actor1Entry != null && Discourse.sameSide(e, d.actor1Entry)) {
        d.assoc1.add(a);
      } else if (d.actor2 == null) {
        setActor2(d, a, date);
      }
    }
  }

  /** "X و Y" or "X وحلفاؤه / الموالية له": allies listed with actor1. */
  private void allies(Draft d, SentenceAnalysis s, List<Mentions.Actor> usable, LocalDate date) {
    if (d.actor1 == null) {
      return;
    }
    Mentions.Actor prev = d.actor1;
    for (Mentions.Actor a : usable) {
      if (a.first() <= prev.last() || used(d, a) || a.first() - prev.last() > 4) {
        continue;
      }
      ActorEntry e = ActorRegistry.choose(a.candidates(), date);
      boolean joined = s.word(a.first()).startsWith("و") || a.adjective() || isAlliedToPrevious(s, a);
      if (joined && (Discourse.sameSide(e, d.actor1Entry) || isAlliedToPrevious(s, a))) {
        d.assoc1.add(a);
        prev = a;
      }
    }
  }

  private void victims(Draft d, SentenceAnalysis s, List<Mentions.Actor> usable, LocalDate date) {
    if (d.actor2 != null) {
      return;
    }
    // قصفت قوات النظام أحياء المدينة، ما أسفر عن قتلى في صفوف المدنيين: the victims of a bombardment may be told at
    // the end of a long sentence
    boolean remote = (d.subtype == SubEventType.AIR_DRONE_STRIKE || d.subtype == SubEventType.SHELLING_ARTILLERY_MISSILE)
        && !d.trigger.entry().has("weak");
    for (Mentions.Actor a : usable) {
      int dist = a.first() - d.trigger.first();
      if (isVictim(a) && Math.abs(dist) <= 10 && !used(d, a)) {
        setActor2(d, a, date);
        return;
      }
      if (isVictim(a) && remote && dist > 10 && !used(d, a)) {
        // told far from the strike: who was hit, not an argument that makes the sentence report a strike
        d.actor2Entry = ActorRegistry.choose(a.candidates(), date);
        return;
      }
    }
  }

  /**
   * The other side of a battle or bombardment still without one once its sub-type is final: the other side of the
   * article's last fight (which {@link #link} gives battles only, at link time, where the pair also becomes the
   * article's sides), or else the actor of another side the article names most often. Called after the article's
   * sides were updated from this event, so that a guess never becomes a side later events are read against. (Doing
   * all of it here instead of partly at link time was measured: it loses the link-time pair that later sentences and
   * the territory rules read, dev actor2 0.818 → 0.788.)
   */
  static void inferOtherSide(Draft d, Discourse disc) {
    if (d.actor2Entry != null || d.actor1Entry == null || !againstASide(d.subtype)) {
      return;
    }
    ActorEntry other = disc.opponentOf(d.actor1Entry);
    d.actor2Entry = other != null ? other : disc.mainOpponentOf(d.actor1Entry);
    if (d.actor2Entry != null) {
      d.confidence -= 0.05; // inferred, not read in the sentence
    }
  }

  /**
   * غارات لهذه الطائرات، ألقت المروحيات براميل: an air strike (or a bombardment) whose sentence names no agent was
   * carried out by whoever carried out the article's last one that named it; a report keeps one air force (one
   * artillery) in view until it names another. Called once the sub-type is final, after the article remembered
   * the event (a carried agent is not remembered as the article's last actor).
   */
  static void carryAgent(Draft d, Discourse disc) {
    if (d.actor1Entry != null) {
      return;
    }
    ActorEntry agent = d.subtype == SubEventType.AIR_DRONE_STRIKE ? disc.lastAirAgent
        : d.subtype == SubEventType.SHELLING_ARTILLERY_MISSILE ? disc.lastShellingAgent : null;
    if (agent != null && (d.actor2Entry == null || !Discourse.sameSide(agent, d.actor2Entry))) {
      d.actor1Entry = agent;
      d.confidence -= 0.05; // carried over, not read in the sentence
    }
  }

  /**
   * الجيش، قوات الأمن، الشرطة without a nationality are the forces of the country the event is in: Syria's by default
   * (the registry's rows), Lebanon's, Iraq's, Egypt's … when the event's place — the sentence's or, failing it, the
   * one the article is about — lies there.
   */
  static void localise(Draft d, ActorRegistry registry, Lexicon lex) {
    if (d.place == null || d.sentence == null) {
      return;
    }
    String country = d.place.admin1();
    if (registry.stateForces(country, false).isEmpty()) {
      return;
    }
    ActorEntry a1 = local(d.actor1, d.actor1Entry, d, registry, lex, country);
    ActorEntry a2 = local(d.actor2, d.actor2Entry, d, registry, lex, country);
    d.actor1Entry = a1;
    d.actor2Entry = a2;
  }

  private static ActorEntry local(Mentions.Actor m, ActorEntry e, Draft d, ActorRegistry registry, Lexicon lex,
      String country) {
    if (m == null || e == null || !(e.isState() && "regime".equals(e.camp()) || "new-government".equals(e.camp())
        || e.id().equals("police-unspecified"))) {
      return e;
    }
    StringBuilder rest = new StringBuilder();
    for (int k = m.first() + 1; k <= m.last(); k++) {
      rest.append(' ').append(d.sentence.word(k));
    }
    for (String first : org.waqai.text.Clitics.readings(d.sentence.word(m.first()))) {
      String phrase = first + rest;
      boolean army = lex.is("generic-army", phrase);
      if (army || lex.is("generic-police", phrase)) {
        ActorEntry local = ActorRegistry.choose(registry.stateForces(country, !army), d.date);
        return local != null ? local : e;
      }
    }
    return e;
  }

  /**
   * قصف الاحتلال بلدة تل تمر: a bare الاحتلال (قوات الاحتلال، جيش الاحتلال) is Israel's in most Arabic news, but in a
   * report that names another occupier (الاحتلال التركي، الاحتلال الروسي) it is that one.
   */
  static void occupier(Draft d, Discourse disc, Lexicon lex) {
    if (disc.occupier == null || d.sentence == null) {
      return;
    }
    if (bareOccupation(d.actor1, d.actor1Entry, d.sentence, lex)) {
      d.actor1Entry = disc.occupier;
    }
    if (bareOccupation(d.actor2, d.actor2Entry, d.sentence, lex)) {
      d.actor2Entry = disc.occupier;
    }
  }

  static boolean bareOccupation(Mentions.Actor m, ActorEntry e, SentenceAnalysis s, Lexicon lex) {
    if (m == null || e == null || !"israel-forces".equals(e.key())) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    for (int k = m.first() + 1; k <= m.last(); k++) {
      rest.append(' ').append(s.word(k));
    }
    return org.waqai.text.Clitics.readings(s.word(m.first())).stream()
        .anyMatch(w -> lex.is("bare-occupation", w + rest));
  }

  /** Violence against civilians: a victim the sentence leaves unnamed is a civilian (ACLED's definition). */
  static void civilianVictims(Draft d, ActorRegistry registry) {
    if (d.actor2Entry == null && d.subtype.type() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
      d.actor2Entry = registry.resolve("civilians", d.date);
    }
  }

  /** Battles and bombardments have another side even when the sentence names none; bombings and attacks may not. */
  private static boolean againstASide(SubEventType t) {
    return t.type() == EventType.BATTLES || t == SubEventType.AIR_DRONE_STRIKE
        || t == SubEventType.SHELLING_ARTILLERY_MISSILE;
  }

  /**
   * An actor after ضد، على، مع، حساب or a target noun is an object, not a subject; so is one coordinated with such an
   * object or standing in brackets or quotes after it: اشتباكات مع قوات النظام وقوات سوريا الديمقراطية (قسد).
   */
  private boolean isObject(SentenceAnalysis s, Mentions.Actor a) {
    Mentions.Actor x = a;
    for (int hop = 0; x != null && hop < 4; hop++) {
      String prev = s.word(x.first() - 1);
      if (lex.is("against", prev) || lex.is("with", prev) || prev.equals("حساب")
          || lex.is("target", prev) && !counted(s, x.first() - 1)
          || lex.is("target", s.tokens(), x.first() - 2) && !counted(s, x.first() - 2)) {
        return true;
      }
      x = coordinatedBefore(s, x);
    }
    return false;
  }

  /** ثلاثة عناصر من قوات النظام: a counted noun names casualties of a side (the side of the fight), not a target. */
  private static boolean counted(SentenceAnalysis s, int k) {
    return k > 0 && (s.tokens().get(k - 1).isNumber()
        || org.waqai.text.ArabicNumbers.standard().isNumberWord(s.word(k - 1)));
  }

  /** The actor that {@code a} is joined to by و or a bracket or quote (no other word between), or null. */
  private static Mentions.Actor coordinatedBefore(SentenceAnalysis s, Mentions.Actor a) {
    for (Mentions.Actor b : s.actors()) {
      int gap = a.first() - b.last() - 1;
      if (b.last() >= a.first() || gap > 3) {
        continue;
      }
      boolean joined = gap > 0 || s.word(a.first()).startsWith("و");
      for (int k = b.last() + 1; k < a.first() && joined; k++) {
        String w = s.word(k);
        joined = w.equals("و") || "()\"«»“”'‘’".indexOf(w.charAt(0)) >= 0;
      }
      if (joined) {
        return b;
      }
    }
    return null;
  }

  private boolean isAlliedToPrevious(SentenceAnalysis s, Mentions.Actor a) {
    for (int k = a.last() + 1; k <= a.last() + 3 && k < s.tokens().size(); k++) {
      if (lex.is("allies", s.tokens(), k)) {
        return true;
      }
    }
    return lex.is("allies", s.tokens(), a.first() - 1);
  }

  private static boolean isVictim(Mentions.Actor a) {
    for (ActorEntry e : a.candidates()) {
      if (!e.isCivilian()) {
        return false;
      }
    }
    return true;
  }

  private static boolean used(Draft d, Mentions.Actor a) {
    return a == d.actor1 || a == d.actor2 || d.assoc1.contains(a) || d.assoc2.contains(a);
  }

  private static void setActor1(Draft d, Mentions.Actor a, LocalDate date) {
    d.actor1 = a;
    d.actor1Entry = ActorRegistry.choose(a.candidates(), date);
  }

  private static void setActor2(Draft d, Mentions.Actor a, LocalDate date) {
    d.actor2 = a;
    d.actor2Entry = ActorRegistry.choose(a.candidates(), date);
  }
}

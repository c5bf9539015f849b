package org.waqai.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waqai.model.EventType;
import org.waqai.model.PlaceRef;
import org.waqai.model.SubEventType;
import org.waqai.text.Clitics;

/**
 * Turns the triggers of one sentence into event drafts: groups coordinated triggers (قصف وغارات), sets the
 * sub-type from modifiers and actors, links actors ({@link ActorLinker}), dates, negation and hedging, and gives
 * casualty counts to the event of their clause.
 */
final class EventLinker {
  /** Events dated explicitly more than this many days before the article are background recaps. */
  private static final long BACKGROUND_DAYS = 8;
  /** Even in the lead, an event dated in an earlier year and more than this many days back is history. */
  private static final long LEAD_HISTORY_DAYS = 60;
  /** The registry id of demonstrators without a named organisation. */
  private static final String PROTESTERS = "protesters";

  private final Lexicon lex;
  private final ActorLinker actors;
  private final Casualties casualties;
  private final PlaceLinker places;
  private final ActorRegistry registry;

  EventLinker(Lexicon lex, ActorRegistry registry) {
    this.lex = lex;
    this.registry = registry;
    this.actors = new ActorLinker(lex);
    this.casualties = new Casualties(lex);
    this.places = new PlaceLinker(lex);
  }

  List<Draft> link(SentenceAnalysis s, List<PlaceRef> resolved, Discourse disc) {
    List<Draft> out = new ArrayList<>();
    for (Mentions.Cue c : s.cues()) {
      if (c.kind() == CueKind.QUESTION && c.first() <= 1) {
        return out;
      }
    }
    disc.sentenceActor1 = null;
    List<List<Mentions.Trigger>> groups = groups(s);
    // the casualty words make an event of their own only when no other word of the sentence made one (قتل 12 مدنيا
    // برصاص قوات الأمن: the bullets are no report on their own, the killing is)
    linkGroups(s, resolved, disc, groups, false, out);
    // (a flight that made no event of its own, أثناء محاولتهم الفرار, does not stand in the way)
    boolean onlyAttackWords = true;
    for (List<Mentions.Trigger> g : groups) {
      TriggerEntry e = g.get(0).entry();
      onlyAttackWords &= e.isCasualty() || e.has("attack") || e.has("displace");
    }
    if (out.isEmpty() && onlyAttackWords) {
      linkGroups(s, resolved, disc, groups, true, out);
    }
    out.sort(java.util.Comparator.comparingInt(d -> d.trigger.first()));
    dropResultingMassacre(out, s);
    casualties.assign(out, s);
    for (Draft d : out) {
      civilianToll(d, s);
    }
    return out;
  }

  /**
   * سقطت 7 قذائف على بلدة تلفيتا وأسفرت عن إصابة 4 مواطنين: a bombardment that names no side against it and whose
   * toll, told after it in the sentence, counts civilians (and no fighters) struck civilians.
   */
  private void civilianToll(Draft d, SentenceAnalysis s) {
    SubEventType st = d.subtype;
    if (d.actor2Entry != null || st != SubEventType.SHELLING_ARTILLERY_MISSILE && st != SubEventType.AIR_DRONE_STRIKE) {
      return;
    }
    for (Mentions.Trigger o : s.triggers()) {
      if (!o.entry().isCasualty() || o.first() <= d.trigger.last()
          || s.clauseDistance(o.first(), d.trigger.first()) > 2) {
        continue;
      }
      boolean civilian = false;
      for (int k = o.last() + 1; k <= o.last() + 4 && k < s.tokens().size(); k++) {
        if (lex.is("combatant", s.tokens(), k)) {
          return;
        }
        civilian |= lex.is("civilian", s.tokens(), k);
      }
      if (civilian) {
        d.actor2Entry = registry.resolve("civilians", d.date);
        return;
      }
    }
  }

  /**
   * استهدفت القذائف الأبنية السكنية، ما أدى إلى وقوع مجزرة راح ضحيتها خمسة مدنيين: a massacre told as the result of an
   * act before it in the sentence is that act's toll, not an attack of its own; its dead are counted for that act.
   */
  private void dropResultingMassacre(List<Draft> out, SentenceAnalysis s) {
    for (int i = out.size() - 1; i > 0; i--) {
      Draft d = out.get(i);
      TriggerEntry e = d.trigger.entry();
      if (e.verb() || e.subtype() != SubEventType.ATTACK || !e.has("generic") || e.isCasualty()) {
        continue;
      }
      int t = d.trigger.first();
      boolean result = false;
      for (int k = Math.max(0, t - 3); k < t && !result; k++) {
        result = lex.is("result-of", s.tokens(), k);
      }
      if (!result) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Draft cause = out.get(j);
        if (cause.trigger.last() < t && !cause.negated && Casualties.lethal(cause.subtype)
            && cause.subtype != SubEventType.ATTACK) {
          out.remove(i);
          break;
        }
      }
    }
  }

  private void linkGroups(SentenceAnalysis s, List<PlaceRef> resolved, Discourse disc,
      List<List<Mentions.Trigger>> groups, boolean casualty, List<Draft> out) {
    for (List<Mentions.Trigger> g : groups) {
      Mentions.Trigger t = g.get(0);
      if (t.entry().isCasualty() != casualty || folded(g, groups, s)) {
        continue;
      }
      Draft d = draft(s, g, disc);
      if (d == null) {
        continue;
      }
      out.addAll(places.link(d, s, resolved, disc));
      if (d.actor1Entry != null && d.actor1 != null) {
        disc.sentenceActor1 = d.actor1Entry;
      }
    }
  }

  /**
   * A reported event names at least one of its arguments near the trigger: an actor, a place, a date or a count.
   * A bare noun (مسلسل الاغتيالات، خطر التفجيرات) speaks of violence in general.
   */
  private boolean anchored(Draft d, SentenceAnalysis s, Discourse disc) {
    int t = d.trigger.first();
    boolean actor = d.actor1 != null || d.actor2 != null;
    boolean place = false;
    for (PlaceMention p : s.places()) {
      place |= s.clauseDistance(p.first(), t) <= 1 && !s.sources().get(p.first());
    }
    // the lead's date carries over to the other sentences; in its own sentence only a date near the trigger counts
    boolean time = disc.leadTime != null && s.sentence().index() != disc.leadTimeSentence;
    for (TimeMention x : s.times()) {
      time |= s.clauseDistance(x.first(), t) <= 1;
    }
    // inside a report, the places and dates already established carry over
    place |= disc.lastPlace != null && s.sentence().index() - disc.lastPlaceSentence <= 4;
    boolean casualties = d.trigger.entry().isCasualty();
    for (Mentions.Trigger o : s.triggers()) {
      casualties |= o.entry().isCasualty() && o != d.trigger && Math.abs(o.first() - t) <= 12;
    }
    boolean counted = false;
    for (int k = Math.max(0, t - 8); casualties && !counted && k <= t + 8 && k < s.tokens().size(); k++) {
      counted = s.tokens().get(k).isNumber();
    }
    // وقع الهجوم، تعرضت لهجوم، نفذ هجوما: a verb of occurrence next to the word makes it a happening
    boolean occurred = false;
    for (int k = Math.max(0, t - 2); k <= t + 2 && k < s.tokens().size(); k++) {
      occurred |= k != t && is("occur", s, k);
    }
    // تعرض موظف محلي لعملية اختطاف، نجا المحافظ من محاولة اغتيال: a verb of undergoing governs the word across its
    // subject
    for (int k = Math.max(0, t - 5); k < t - 2 && !occurred; k++) {
      occurred = is("undergo", s, k) && s.sameClause(k, t);
    }
    // ارتكبت قوات النظام مجزرة، قوات النظام ارتكبت مجزرة: a verb of committing governs the act across its subject too
    for (int k = Math.max(0, t - 5); k <= t && !occurred; k++) {
      occurred = is("commit", s, k) && s.sameClause(k, t);
    }
    int n = (actor ? 1 : 0) + (place ? 1 : 0) + (time ? 1 : 0) + (casualties ? 1 : 0) + (counted ? 1 : 0)
        + (occurred ? 1 : 0);
    boolean lowRisk = d.trigger.entry().has("territory") || d.subtype.type() == EventType.PROTESTS
        || d.subtype.type() == EventType.RIOTS;
    // تظاهر عشرات النشطاء، خرج الآلاف: the size of the crowd is a protest's own argument
    for (int k = d.trigger.last() + 1; k <= d.trigger.last() + 3 && k < s.tokens().size(); k++) {
      if (d.subtype.type() == EventType.PROTESTS && is("crowd", s, k) && !is("non-human", s, k + 1)) {
        n++;
      }
    }
    if (lowRisk) {
      return n >= 1 || d.sentence.tokens().size() < 60 && !d.trigger.entry().has("territory");
    }
    if (d.trigger.entry().has("specific")) {
      return true;
    }
    return n >= (d.trigger.entry().has("generic") ? (casualties ? 2 : 3) : 1);
  }

  /** لاغتيال، باغتصاب، للتعذيب: a verbal noun after ل or ب is a purpose or an accusation, not a report. */
  private boolean complementOnly(Mentions.Trigger t, SentenceAnalysis s) {
    // قتل، خطف are verbs and verbal nouns: with ب or ل in front (بخطف، لقتل) they are the noun
    if (t.entry().verb() && !is("verb-or-noun", s, t.first()) || t.first() != t.last()) {
      return false;
    }
    // تعرض لهجوم، قام باطلاق، جراء قصف: the verbal noun is the event itself (also across the subject: تعرضت دورية
    // للأمن العام لكمين)
    if (lightVerbBefore(t, s)) {
      return false;
    }
    // أفاد المرصد بمقتل، أفادت مصادر محلية باعتقال: a verb of reporting takes the event it reports with ب
    if (classBefore("report-of", t, s, 5)) {
      return false;
    }
    String w = s.word(t.first());
    if (t.entry().verb()) {
      return (w.startsWith("ل") || w.startsWith("ب")) && lex.is("verb-or-noun", w.substring(1));
    }
    return w.length() > 4 && (w.startsWith("ل") || w.startsWith("ب")) && !w.startsWith("بال") && !w.startsWith("لل")
        || w.startsWith("لل");
  }

  /**
   * تعرض لهجوم، قام باطلاق، جراء قصف، تعرضت دورية للأمن العام لكمين، تعرض قيادي أمس للخطف: a light verb up to three
   * words before the word, or up to five in its clause (its subject stands between).
   */
  private boolean lightVerbBefore(Mentions.Trigger t, SentenceAnalysis s) {
    for (int k = Math.max(0, t.first() - 5); k < t.first(); k++) {
      if (lex.is("light-verb", s.tokens(), k) && (t.first() - k <= 3 || s.sameClause(k, t.first()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A weapon or a bomber is an event only when it is used: a verb of use before it (أطلق صواريخ، سقوط قذيفة، ألقى
   * براميل)، a verb of exploding or hitting after it (عبوة ناسفة انفجرت، انتحاري فجر نفسه), the instrumental ب
   * (قصف بالصواريخ), or victims counted in its clause. Otherwise it is talk of arms (باعت صواريخ، العثور على قنابل).
   */
  private boolean used(List<Mentions.Trigger> group, SentenceAnalysis s) {
    if (group.stream().anyMatch(g -> !g.entry().has("instrument"))) {
      return true;
    }
    Mentions.Trigger t = group.get(0);
    String w = s.word(t.first());
    if (w.length() > 3 && w.startsWith("ب") && !w.startsWith("بر")) {
      return true;
    }
    if (classBefore("use-verb", t, s, 5)) {
      return true;
    }
    for (int k = t.last() + 1; k <= t.last() + 6 && k < s.tokens().size(); k++) {
      // الانتحاري الذي فجر نفسه في مارس: a relative clause describes the bomber, it does not report the blast
      if (is("explode-verb", s, k) && !lex.is("relative", s.tokens(), k - 1)) {
        return true;
      }
    }
    return victimsCounted(t, s);
  }

  /**
   * هجوم بقذائف الهاون، هجوم انتحاري بسيارة مفخخة: an attack told with the weapon it was done with (the instrumental ب
   * right after the attack word) is one act, not violence in general.
   */
  private boolean weaponNamed(List<Mentions.Trigger> group, SentenceAnalysis s) {
    Mentions.Trigger head = group.get(0);
    if (!head.entry().has("attack") && !head.entry().has("strike") || head.entry().isCasualty()) {
      return false;
    }
    for (Mentions.Trigger g : group) {
      String w = s.word(g.first());
      if (g != head && g.entry().has("instrument") && g.first() - head.last() <= 2 && w.length() > 3
          && w.startsWith("ب") && !w.startsWith("بر")) {
        return true;
      }
    }
    return false;
  }

  /**
   * استهدفت قوات النظام البلدة ما أدى إلى مقتل ثلاثة: a death or a wound told after a bare verb of targeting is what the
   * act did, so the act happened (the casualty word is no event of its own beside it).
   */
  private static boolean killedAfter(Mentions.Trigger t, SentenceAnalysis s) {
    for (Mentions.Trigger o : s.triggers()) {
      if (o.entry().isCasualty() && o.first() > t.last() && o.first() - t.last() <= 16) {
        return true;
      }
    }
    return false;
  }

  /**
   * استهدفت قوات النظام بلدة كفرنبل: a town, a quarter or a region targeted is bombarded; a building, a vehicle or a
   * person targeted (استهدفت إحداهما إدارة أمن الدولة، استهدفوا القيادي) may be shot, bombed or raided.
   */
  private static boolean placeTargeted(Mentions.Trigger t, SentenceAnalysis s) {
    for (PlaceMention p : s.places()) {
      if (p.first() > t.last() && p.first() - t.last() <= 6 && s.sameClause(p.first(), t.last())) {
        return true;
      }
    }
    return false;
  }

  /** A count of killed or wounded near the word, in its clause, with a place in the clause (مقتل 5 بانفجار لغم في …). */
  private static boolean victimsCounted(Mentions.Trigger t, SentenceAnalysis s) {
    boolean victims = s.triggers().stream().anyMatch(o -> o.entry().isCasualty() && o != t
        && Math.abs(o.first() - t.first()) <= 10 && s.clauseDistance(o.first(), t.first()) == 0
        && s.tokens().stream().anyMatch(k -> k.isNumber() && Math.abs(k.index() - o.first()) <= 3));
    return victims && s.places().stream().anyMatch(p -> s.clauseDistance(p.first(), t.first()) <= 1);
  }

  /** The sentence reports a protest itself (تظاهر، مظاهرة، تجمع المتظاهرون), not only its details. */
  private boolean protestReported(SentenceAnalysis s, Mentions.Trigger self) {
    for (Mentions.Trigger o : s.triggers()) {
      EventType type = o.entry().subtype().type();
      if ((type == EventType.PROTESTS || type == EventType.RIOTS) && !o.entry().has("elaboration") && o != self
          && !setting(o, s) && !forceGathers(o, s)) {
        return true;
      }
    }
    // تجمع آلاف المتظاهرين، خرج المحتجون: a gathering of people named as protesters
    // the protesters must be the gathering's own subject, next to its verb: in عدد المتظاهرين … بعدما تجمعوا the
    // gathering is told about protesters the report has already introduced
    for (int k = 0; k < s.tokens().size(); k++) {
      if (!is("gathering", s, k)) {
        continue;
      }
      final int v = k;
      boolean verbHere = s.triggers().stream().anyMatch(o -> o.first() == v && o.entry().verb());
      // في حشد من المتظاهرين، خلال مسيرة: a gathering noun after a setting word is where something else happened
      if (!verbHere && is("setting", s, k - 1) || festive(s, k, k)) {
        continue;
      }
      boolean crowd = s.actors().stream().anyMatch(a -> a.first() >= v - 2 && a.first() <= v + 5
          && a.candidates().stream().anyMatch(e -> PROTESTERS.equals(e.id())));
      // خرج السكان في مظاهرة، تجددت المظاهرات: a gathering verb with a protest word of its own clause
      // (خرج أمس سكان أحياء وسط المدينة في مظاهرة: after a gathering verb, the protest word after في may stand
      // further off)
      boolean protestWord = s.triggers().stream().anyMatch(o -> o.first() != v && o.first() >= v - 2
          && (o.first() <= v + 6 || verbHere && o.first() <= v + 10 && s.word(o.first() - 1).equals("في"))
          && !o.entry().verb() && s.sameClause(v, o.first())
          && (o.entry().subtype().type() == EventType.PROTESTS || o.entry().subtype().type() == EventType.RIOTS));
      boolean nounHere = s.triggers().stream().anyMatch(o -> o.first() == v && !o.entry().verb());
      if (crowd || protestWord && !nounHere || crowdAfter(s, k) || chanting(s, k)) {
        return true;
      }
    }
    for (int k = 0; k < s.tokens().size(); k++) {
      final int v = k;
      // قام المتظاهرون بالتجمع، لقيام مجموعة من المتظاهرين بالاحتجاج: a light verb with the protest's verbal noun
      if (lex.is("perform-verb", s.tokens(), k) && s.triggers().stream().anyMatch(o -> o.first() > v
          && o.first() - v <= 10 && s.sameClause(v, o.first()) && s.word(o.first()).contains("بال")
          && o.entry().subtype().type() == EventType.PROTESTS && !o.entry().verb())) {
        return true;
      }
      // أضرب المعلمون عن العمل: a strike verb with what the strikers withhold
      if (lex.is("strike-verb", s.tokens(), k)) {
        for (int j = k + 1; j <= k + 5 && j + 1 < s.tokens().size() && s.sameClause(k, j); j++) {
          if (s.word(j).equals("عن") && lex.is("strike-object", s.tokens(), j + 1)) {
            return true;
          }
        }
      }
      // وسد المتظاهرون طريقا، قطع المحتجون الطرقات: protesters blocking a road (their own subject, right after)
      if (lex.is("blockade", s.tokens(), k) && s.actors().stream().anyMatch(a -> a.first() == v + 1
          && a.candidates().stream().anyMatch(e -> PROTESTERS.equals(e.id())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * تجمع أنصار الحزب في الساحة مرددين هتافات، احتشد الأهالي منددين بالقرار: a gathering that chants, denounces or
   * demands is a protest (the participle may follow a comma; the gathering must be a verb).
   */
  private boolean chanting(SentenceAnalysis s, int k) {
    if (s.triggers().stream().noneMatch(o -> o.first() == k && o.entry().verb())) {
      return false;
    }
    for (int j = k + 1; j <= k + 25 && j < s.tokens().size(); j++) {
      if (lex.is("chant-participle", s.tokens(), j) && s.clauseDistance(k, j) <= 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * تجمعت الشرطة، احتشدت قوات الأمن: a force that gathers is deployed, it does not protest (the force is the subject
   * right after the verb, whichever slot the protest's actors gave it, or right before a feminine verb: أعداد كبيرة
   * من الشرطة احتشدت).
   */
  private static boolean forceGathers(Mentions.Trigger t, SentenceAnalysis s) {
    return t.entry().verb() && (t.entry().has("elaboration") || s.word(t.last()).endsWith("ت"))
        && s.actors().stream().anyMatch(a -> (a.first() > t.last() && a.first() <= t.last() + 2
            || a.last() < t.first() && t.first() - a.last() <= 2 && s.sameClause(a.last(), t.first()))
            && a.candidates().stream().anyMatch(c -> c.isState() && !PROTESTERS.equals(c.id())));
  }

  /**
   * احتشد آلاف المشجعين في الملعب، تجمع الحجاج، خرجوا احتفالا بفوز المنتخب: a crowd of sport, worship or
   * celebration named in the gathering's clause (three words before it to ten after) does not protest.
   */
  private boolean festive(SentenceAnalysis s, int first, int last) {
    for (int k = Math.max(0, first - 3); k <= last + 10 && k < s.tokens().size(); k++) {
      if (is("festive", s, k) && s.sameClause(k, first)) {
        return true;
      }
    }
    return false;
  }

  /** يقتل، تتجمع، يتظاهرون: a present-tense verb (not تظاهرة، تجمعات, nouns that also begin with ت). */
  private boolean presentVerb(Mentions.Trigger t, SentenceAnalysis s) {
    return presentVerb(t, s.word(t.first()));
  }

  private static boolean presentVerb(Mentions.Trigger t, String w) {
    if (w.startsWith("ي")) {
      return true;
    }
    return t.entry().verb() && w.startsWith("ت") && !w.endsWith("ه") && !w.endsWith("ات");
  }

  /**
   * خلال مظاهرات، في أعمال شغب، في أحد الاحتجاجات، في أحدث احتجاجات: a protest named as the setting of something
   * else is not reported by that word.
   */
  private boolean setting(Mentions.Trigger t, SentenceAnalysis s) {
    EventType type = t.entry().subtype().type();
    return (type == EventType.PROTESTS || type == EventType.RIOTS) && !t.entry().verb()
        && (is("setting", s, t.first() - 1)
            || lex.is("one-of", s.tokens(), t.first() - 1) && is("setting", s, t.first() - 2));
  }

  /** تجمع مئات من الأهالي، خرج الآلاف: a crowd counted right after a gathering verb (not عشرات العناصر). */
  private boolean crowdAfter(SentenceAnalysis s, int k) {
    for (int j = k + 1; j <= k + 3 && j < s.tokens().size(); j++) {
      final int at = j;
      // في أحدث احتجاجات اعتقلت الشرطة عشرات: the crowd of another verb
      if (s.triggers().stream().anyMatch(o -> o.first() > k && o.first() < at)) {
        return false;
      }
      if (is("crowd", s, j)) {
        // تجمعت مئات السيارات: vehicles queue, they do not protest
        return !is("combatant", s, j + 1) && !is("combatant", s, j + 2) && !is("non-human", s, j + 1);
      }
    }
    return false;
  }

  /**
   * قتل is a passive verb (قتل 18 شخصا، وقتل فتى) or a verbal noun (الى قتل وجرح، قصد قتل آخرين، تم قتل): without
   * the conjunction, only a victim, a number or خلال right after it makes it the verb of a report.
   */
  private boolean nounReading(Mentions.Trigger t, SentenceAnalysis s) {
    String w = s.word(t.first());
    // قتل وخطف، قتل وذبح وخطف: joined to another bare verbal noun of violence right before it, it is one more item of
    // a list of kinds of violence, unless its victim follows (عمليات سلب وخطف: with another word the list may report)
    String before = s.word(t.first() - 1);
    // (also a verbal noun of execution or abduction after such a list word: أعمال قتل وإعدام واختطاف)
    String rest = w.length() > 3 ? w.substring(1) : "";
    boolean listed = w.startsWith("و") && (lex.is("verb-or-noun", rest) || lex.is("lethal-noun", rest)
        || rest.equals("اختطاف"))
        && (lex.is("verb-or-noun", before) || before.startsWith("و") && lex.is("verb-or-noun", before.substring(1)));
    if (t.first() != t.last() || !lex.is("verb-or-noun", w) && !listed || lightVerbBefore(t, s)) {
      return false;
    }
    int k = t.last() + 1;
    String next = s.word(k);
    // الناشط، الشاب: the victim may carry the article
    String bare = next.startsWith("ال") && next.length() > 4 ? next.substring(2) : next;
    boolean victim = k < s.tokens().size() && s.tokens().get(k).isNumber() || is("civilian", next)
        || is("combatant", next) || is("victim", next) || is("victim", bare) || is("combatant", bare)
        || next.equals("خلال") || s.actors().stream().anyMatch(a -> a.first() == k) || byAgentAfter(t, s);
    // قتل الناشط … برصاص: the first word of a sentence is its verb (a report does not open on a verbal noun)
    return !victim && t.first() > 0;
  }

  /** خطف من منزله على يد مسلحين، قتل … من قبل: the agent of a passive verb follows in its clause. */
  private boolean byAgentAfter(Mentions.Trigger t, SentenceAnalysis s) {
    // لمح إلى خطف عسكري من قبل …: after a preposition the word is a verbal noun whatever follows
    if (lex.is("noun-before", s.tokens(), t.first() - 1)) {
      return false;
    }
    for (int k = t.last() + 2; k <= t.last() + 7 && k < s.tokens().size() && s.sameClause(k, t.first()); k++) {
      String w = s.word(k);
      String before = s.word(k - 1);
      if ((w.equals("يد") || w.equals("ايدي")) && before.equals("علي") || w.equals("قبل") && before.equals("من")) {
        return true;
      }
    }
    return false;
  }

  /** A word of a class, also with the proclitics و ف ب ل in front (وأطلقت، باطلاق، ولإطلاق). */
  private boolean is(String wordClass, String w) {
    return lex.isStripped(wordClass, w);
  }

  /** {@link #is(String, String)} of token {@code k} of the sentence (false outside it), with the tokens' codes. */
  private boolean is(String wordClass, SentenceAnalysis s, int k) {
    return lex.isStripped(wordClass, s.tokens(), k);
  }

  /**
   * تقصف الدبابات عدة أحياء، استهدفت بالقذائف مسجدا، قصفت الطائرات المنازل: shelling or an air strike whose object is
   * homes, districts, a mosque, a school, a hospital or a market, with no armed side named against it, hits civilians.
   */
  private void civilianObject(Draft d, SentenceAnalysis s) {
    SubEventType st = d.subtype;
    if (d.actor2Entry != null || st != SubEventType.SHELLING_ARTILLERY_MISSILE && st != SubEventType.AIR_DRONE_STRIKE) {
      return;
    }
    Mentions.Trigger t = d.trigger;
    for (int k = t.last() + 1; k <= t.last() + 6 && k < s.tokens().size() && s.sameClause(k, t.last()); k++) {
      if (is("civilian-object", s, k)) {
        d.actor2Entry = registry.resolve("civilians", d.date);
        return;
      }
    }
  }

  /**
   * A clash word between two protests: مواجهات بين مظاهرتين، صدام بين المسيرتين (not بين المتظاهرين والشرطة: a
   * protest met by a force stays what the force's rules make it).
   */
  private boolean crowdsClash(Draft d, SentenceAnalysis s) {
    Mentions.Trigger t = d.trigger;
    for (int k = t.last() + 1; k <= t.last() + 3 && k < s.tokens().size(); k++) {
      if (is("between", s, k) && s.sameClause(k, t.last())) {
        return is("protest-crowd", s, k + 1);
      }
    }
    return false;
  }

  /**
   * تصدت الدفاعات الجوية لعدوان إسرائيلي، تصدت وسائط دفاعنا الجوي لصواريخ معادية: air defences meeting missiles,
   * drones or an air raid is weapons use disrupted (ACLED), not a battle; the raid itself is its own event.
   */
  private boolean repelledWeapons(Draft d, SentenceAnalysis s) {
    Mentions.Trigger t = d.trigger;
    if (d.subtype != SubEventType.ARMED_CLASH || !is("repel", s, t.first())) {
      return false;
    }
    for (int k = Math.max(0, t.first() - 5); k <= t.last() + 5 && k < s.tokens().size(); k++) {
      if (k != t.first() && s.sameClause(k, t.first())
          && (is("air-defence", s, k) || k > t.last() && is("incoming-weapon", s, k))) {
        return true;
      }
    }
    return false;
  }

  /** بينما، فيما، في حين: a clause of contrast that tells another act stands between positions a and b. */
  private boolean contrastBetween(SentenceAnalysis s, int a, int b) {
    return classBetween("while", s, Math.min(a, b), Math.max(a, b));
  }

  /** A word of the class stands strictly between positions {@code a < b} of the sentence. */
  private boolean classBetween(String wordClass, SentenceAnalysis s, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      if (lex.is(wordClass, s.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  private boolean folded(List<Mentions.Trigger> g, List<List<Mentions.Trigger>> groups, SentenceAnalysis s) {
    TriggerEntry e = g.get(0).entry();
    for (List<Mentions.Trigger> o : groups) {
      SubEventType os = o.get(0).entry().subtype();
      // أطلقت النار لتفريق المتظاهرين: the shooting is how the protest was dispersed
      if (o != g && e.has("attack") && !e.isCasualty()
          && (os == SubEventType.PROTEST_WITH_INTERVENTION || os == SubEventType.EXCESSIVE_FORCE)) {
        return true;
      }
      // انفجار ناجم عن قصف، انفجارات جراء غارة: the blast is what the strike did
      if (o != g && is("blast", s, g.get(0).first()) && o.get(0).entry().has("strike")
          && !o.get(0).entry().has("instrument") && !is("blast", s, o.get(0).first())) {
        return true;
      }
    }
    if (!(e.has("weak") && e.has("strike"))) {
      return false;
    }
    for (List<Mentions.Trigger> o : groups) {
      TriggerEntry oe = o.get(0).entry();
      EventType ot = oe.subtype().type();
      // كمين يستهدف دورية: the ambush is the event, the targeting only its object
      boolean violent = oe.has("strike") || oe.has("attack") || ot == EventType.BATTLES;
      // (not across بينما / فيما: أطلقت قذيفة على بصرى الشام … بينما أصيب مواطن جراء اعتداء بقذائف على حي الوعر
      // tells two acts)
      if (o != g && !oe.has("weak") && violent && !oe.isCasualty() && !oe.has("territory")
          && !contrastBetween(s, g.get(0).first(), o.get(0).first())) {
        return true;
      }
    }
    return false;
  }

  private Draft draft(SentenceAnalysis s, List<Mentions.Trigger> group, Discourse disc) {
    Mentions.Trigger t = group.get(0);
    if (insideCue(s, t, CueKind.STATUS)) {
      return null;
    }
    Draft d = new Draft();
    d.trigger = t;
    d.sentence = s;
    d.subtype = t.entry().subtype();
    if (!date(d, s, disc)) {
      return null;
    }
    actors.link(d, s, disc, d.date);
    subtype(d, s, group);
    if (d.subtype == SubEventType.ARRESTS && Clitics.readings(s.word(t.first())).stream().anyMatch(r -> r.startsWith("احتجز"))) {
      // احتجزت 68 رهينة، احتجزوا أربعة من الشرطة رهائن: holding hostages is an abduction
      for (int k = t.last() + 1; k <= t.last() + 7 && k < s.tokens().size() && s.sameClause(k, t.first()); k++) {
        if (is("hostage", s, k)) {
          d.subtype = SubEventType.ABDUCTION;
          break;
        }
      }
    }
    civilianObject(d, s);
    EventType type = d.subtype.type();
    // a protest is a matter of a day: one dated months back, also in the same year (مظاهرات قبل عدة أشهر، قتل
    // متظاهرين في يناير in a December article), is history even in the lead (an attack told with its toll months
    // later is still reported: the annotators and ACLED code it, so the rule is the protests' own)
    LocalDate last = d.dateEnd != null ? d.dateEnd : d.date;
    if ((type == EventType.PROTESTS || type == EventType.RIOTS) && disc.published != null && last != null
        && last.isBefore(disc.published.minusDays(LEAD_HISTORY_DAYS))) {
      return null;
    }
    // اندلعت مظاهرات: a protest without a named organiser is one of protesters (ACLED's convention)
    boolean met = (type == EventType.PROTESTS || type == EventType.RIOTS) && protestersFirst(d, s);
    if (t.entry().has("weak") && d.actor1 == null && d.actor2 == null
        && s.places().stream().noneMatch(p -> s.clauseDistance(p.first(), t.first()) <= 1)) {
          return null;
        }
    cues(d, s);
    if (met && !d.negated && d.subtype == SubEventType.PEACEFUL_PROTEST) {
      // منعت قوات الأمن تظاهرة: a protest that did not take place was not met by force
      boolean killed = s.triggers().stream().anyMatch(o -> o.entry().has("kill")
          && Math.abs(o.first() - t.first()) <= 12);
      d.subtype = killed ? SubEventType.EXCESSIVE_FORCE : SubEventType.PROTEST_WITH_INTERVENTION;
    }
    if (nounReading(t, s)) {
      return null;
    }
    if (t.entry().has("needs-civilians") && !civiliansNear(t, s)
        || t.entry().has("place-next") && !placeNext(t, s)
        // فرض سيطرة على: imposing control is a policy, not a capture
        || t.entry().has("territory") && is("impose", s, t.first() - 1)) {
      return null;
    }
    // هذا الاستهداف، تلك الغارات: a demonstrative points back to an event already told
    if (!t.entry().verb() && lex.is("demonstrative", s.tokens(), t.first() - 1)) {
      return null;
    }
    // قتلوا في هذا الهجوم، أصيب ثلاثة جراء تلك الغارات: a toll told of an act a demonstrative points back to belongs
    // to that act, already told (a sentence of its own says nothing new)
    if (t.entry().isCasualty()) {
      for (int k = t.last() + 1; k <= t.last() + 5 && k + 1 < s.tokens().size() && s.sameClause(k, t.first()); k++) {
        if (is("chain", s, k) && lex.is("demonstrative", s.tokens(), k + 1)) {
          return null;
        }
      }
    }
    // أي هجوم، أية مظاهرة: "any" speaks of no event in particular; نوع جديد من التظاهرات، أشكال من الاحتجاج: nor
    // does a kind of event
    int q = s.word(t.first() - 1).equals("«") || s.word(t.first() - 1).equals("\"") ? 1 : 0;
    if (lex.is("any", s.tokens(), t.first() - 1) || !t.entry().verb() && s.word(t.first() - 1 - q).equals("من")
        && (lex.is("kind-of", s.tokens(), t.first() - 2 - q) || lex.is("kind-of", s.tokens(), t.first() - 3 - q))) {
      return null;
    }
    // أن يقتل، لن تتجمع، كي تقصف: a present verb after أن/لن/كي is a purpose, a wish or a possibility
    if (lex.is("subjunctive", s.tokens(), t.first() - 1) && presentVerb(t, s)) {
      return null;
    }
    // أن تنطلق المعارك، أن يقع هجوم، لن تتوقف الغارات: the act is the subject of a present verb after أن/لن
    for (int k = Math.max(0, t.first() - 3); k < t.first() - 1 && !t.entry().verb(); k++) {
      String v = s.word(k + 1);
      final int verbAt = k + 1;
      if (lex.is("subjunctive", s.tokens(), k) && v.length() > 3 && (v.startsWith("ي") || v.startsWith("ت"))
          && s.sameClause(k, t.first()) && s.triggers().stream().noneMatch(o -> o.first() == verbAt)) {
        return null;
      }
    }
    // لتقتحم، ليقتل: ل before a present verb is a purpose (تتوغل المدرعات لتقتحم …), not a report
    String tw = s.word(t.first());
    if (t.entry().verb() && !t.entry().has("territory") && tw.length() > 4 && tw.charAt(0) == 'ل'
        && (tw.charAt(1) == 'ي' || tw.charAt(1) == 'ت') && presentVerb(t, s.word(t.first()).substring(1))) {
      return null;
    }
    // تظاهرة ثقافية، تظاهرة المسرح: a festival, not a protest
    if (t.entry().subtype().type() == EventType.PROTESTS && is("festival", s, t.last() + 1)) {
      return null;
    }
    if (notAnEvent(t, d, s)) {
      return null;
    }
    // a weapon that is used is anchored by its verb of use; any other word needs its arguments near it
    if (t.entry().has("instrument") ? !used(group, s)
        : !anchored(d, s, disc) && !weaponNamed(group, s) || complementOnly(t, s)) {
      return null;
    }
    // أحرقوا الإطارات احتجاجا على: a detail of a protest the sentence reports by another word adds no event
    if (t.entry().has("elaboration") && s.triggers().stream().anyMatch(o -> !group.contains(o)
        && !o.entry().has("elaboration")
        && (o.entry().subtype().type() == EventType.PROTESTS || o.entry().subtype().type() == EventType.RIOTS))) {
      return null;
    }
    // استهدف قصف القوات النظامية الحي، استهدفت غارات التحالف: another act word in the group names the weapon
    if (t.entry().has("needs-modifier") && !d.modified && !victimsCounted(t, s)
        && group.stream().allMatch(o -> o.entry().has("needs-modifier")) && !killedAfter(t, s)
        && !placeTargeted(t, s)
        || (t.entry().has("elaboration") || setting(t, s)) && !protestReported(s, t)) {
          return null;
        }
    if (t.entry().has("territory") && (!territoryHappened(d, s) || !territoryNamed(t, s, disc))) {
      return null;
    }
    if (d.intent && !t.entry().has("territory")) {
      // planned, feared or threatened violence did not happen (an attempted advance is fighting: see above)
      return null;
    }
    d.confidence = confidence(d);
    return d;
  }

  /**
   * Uses of violence and protest words that report no act of violence or protest: stopping or intercepting it (وقف
   * إطلاق الصواريخ، اعتراض الصواريخ), kinds of act offered as alternatives (خطف جندي أو إطلاق صواريخ), weapons
   * tested or paraded (إطلاق الصواريخ في المناورات), figures of speech (انفجر بالضحك، هاجم سياسة الحكومة، اعتصم
   * بالصمت), deaths in a disaster (قتل الآلاف في كارثة تسونامي), executions by a court (أعدمت السلطات … بعدما أدينوا),
   * habits (حينما تقتل الجماعة أبرياء، اعتداء يقتل أبرياء) and forces that gather (تجمعت الشرطة).
   */
  private boolean notAnEvent(Mentions.Trigger t, Draft d, SentenceAnalysis s) {
    EventType type = t.entry().subtype().type();
    // قتلوا أثناء محاولتهم الفرار: an attempt to flee is how victims died, not a displacement
    if (t.entry().has("displace") && is("attempt", s, t.first() - 1)) {
      return true;
    }
    // نزحوا هربا من القصف: what people fled is the cause of their flight, not a report of its own
    if (s.word(t.first() - 1).equals("من") && is("fled-from", s, t.first() - 2)) {
      return true;
    }
    boolean violence = type == EventType.BATTLES || type == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        || type == EventType.VIOLENCE_AGAINST_CIVILIANS;
    if (type == EventType.PROTESTS) {
      boolean forceGathers = forceGathers(t, s);
      boolean idiom = false;
      for (int k = t.last() + 1; k <= t.last() + 3 && k < s.tokens().size(); k++) {
        // (تظاهر اللص بالموت، تظاهرت بأنها نائمة: to pretend)
        idiom |= (is("not-protest-next", s, k) || lex.is("pretend-object", s.tokens(), k)) && s.sameClause(k, t.first());
      }
      return forceGathers || idiom || festive(s, t.first(), t.last());
    }
    if (t.entry().subtype() == SubEventType.AGREEMENT || t.entry().subtype() == SubEventType.TALKS) {
      return agreementReferred(t, s);
    }
    if (!violence) {
      return false;
    }
    int n = s.tokens().size();
    if (!t.entry().has("territory") && classBefore("halt", t, s, 2)) {
      return true;
    }
    if (notAnAct(t, s) || seriesFramed(t, s)) {
      return true;
    }
    if (!t.entry().isCasualty() && alternative(t, s)) {
      return true;
    }
    // الرد على أي هجوم، التصدي لأي تهديد: violence of any kind at all is a stance, not a report
    if (is("any", s, t.first() - 1) || is("repel", s, t.first()) && is("any", s, t.last() + 1)) {
      return true;
    }
    // اتفاقية فك الاشتباك، لفض الاشتباكات: disengagement is the end of fighting, not a clash
    if (is("disengage", s, t.first() - 1) && s.word(t.first()).contains("اشتباك")) {
      return true;
    }
    for (int k = Math.max(0, t.first() - 6); k <= t.last() + 6 && k < n; k++) {
      if (is("exercise", s, k) && s.sameClause(k, t.first())
          && (t.entry().has("instrument") || t.entry().has("strike"))) {
        return true;
      }
    }
    // هاجم الجمهوري جون ماكين رغبة أوباما: the subject may stand between the verb and what it attacks
    int reach = t.entry().verb() ? 5 : 3;
    for (int k = t.last() + 1; k <= t.last() + reach && k < n; k++) {
      boolean figure = k <= t.last() + 3 && is("blast", s, t.first()) && is("emotion", s, k)
          || t.entry().has("attack") && !t.entry().isCasualty() && is("non-physical-target", s, k);
      if (figure && s.sameClause(k, t.first())) {
        return true;
      }
    }
    if (t.entry().has("kill") || is("execution", s, t.first())) {
      String ctx = is("execution", s, t.first()) ? "judicial" : "disaster";
      for (int k = Math.max(0, t.first() - 12); k <= t.last() + 12 && k < n; k++) {
        if (is(ctx, s, k) && (ctx.equals("judicial") || s.clauseDistance(k, t.first()) <= 1)) {
          return true;
        }
      }
    }
    // أبلغ محاميه أنه تعرض للتعذيب، تعرض المعتقلون للتعذيب: torture told without a death is an account of how
    // someone was held, not an act with a day and a place (in قتل تحت التعذيب the death word tells the act)
    if (is("torture", s, t.first()) && !killInClause(t, s)) {
      return true;
    }
    if (presentVerb(t, s)) {
      for (int k = Math.max(0, t.first() - 3); k < t.first(); k++) {
        if (is("whenever", s, k)) {
          return true;
        }
      }
      // اعتداء يقتل أبرياء: a present verb right after an event noun describes what such acts do
      int prev = t.first() - 1;
      return s.triggers().stream().anyMatch(o -> o.last() == prev && !o.entry().verb());
    }
    return false;
  }

  /**
   * A death told with {@code t}: a death word (قتل، مقتل، توفي) among the sentence's triggers in its clause, or a noun
   * of death within five words after it (عذبوه حتى الموت، أدى تعذيبه إلى وفاته).
   */
  private boolean killInClause(Mentions.Trigger t, SentenceAnalysis s) {
    for (Mentions.Trigger o : s.triggers()) {
      if (o != t && o.entry().has("kill") && s.sameClause(o.first(), t.first())) {
        return true;
      }
    }
    for (int k = t.last() + 1; k <= t.last() + 5 && k < s.tokens().size(); k++) {
      if (is("death-noun", s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Attacks in the plural framed as a series (حصيلة أسبوع من هجمات، تصاعدا في هجمات، في إطار استمرار اعتداءات): a
   * trend or a tally over a period, not one act to code; the frame word stands up to three words before the noun.
   */
  private boolean seriesFramed(Mentions.Trigger t, SentenceAnalysis s) {
    return is("attack-plural", s, t.first()) && classBefore("series-frame", t, s, 3);
  }

  /**
   * An agreement or talks named as the frame, zone or target of something else (بموجب مباحثات أستانة، منطقة خفض
   * التصعيد، رفض إجراء التسوية، نادوا بإسقاط الهدنة، خرق اتفاق وقف إطلاق النار) report no agreement reached and no
   * talks held: the word of reference stands one or two words before the trigger, in its clause.
   */
  private boolean agreementReferred(Mentions.Trigger t, SentenceAnalysis s) {
    return classBefore("agreement-reference", t, s, 2);
  }

  /** True when one of the {@code window} words before the trigger, in its clause, is of the word class. */
  private boolean classBefore(String wordClass, Mentions.Trigger t, SentenceAnalysis s, int window) {
    for (int k = Math.max(0, t.first() - window); k < t.first(); k++) {
      if (is(wordClass, s, k) && s.sameClause(k, t.first())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Violence words that name no act (GSR precision, round 2): a property of a material (شديدة الانفجار، قابلة
   * للانفجار), an organisation's name (حركة تحرير السودان، الجبهة الشعبية لتحرير فلسطين), passing through a place
   * (دخلوا عبر دمشق), a habit (تتعرض باستمرار لقصف), an abduction told to identify people being released (أفرج
   * الخاطفون عن سائحتين اختطفتا), the state of bodies found (العثور على جثث بها آثار تعذيب وطلقات رصاص) and an earlier
   * act named to describe someone (نفذت عمليات انتحارية سابقة).
   */
  private boolean notAnAct(Mentions.Trigger t, SentenceAnalysis s) {
    int f = t.first();
    String w = s.word(f);
    if (is("blast", w) && lex.is("material", s.tokens(), f - 1)) {
      return true;
    }
    if (t.entry().has("place-next") && (lex.is("org-head", s.tokens(), f - 1) || lex.is("org-head", s.tokens(), f - 2))) {
      return true;
    }
    if (t.entry().has("territory") && Clitics.readings(w).stream().anyMatch(r -> r.startsWith("دخل"))
        && lex.is("transit", s.tokens(), t.last() + 1)) {
      return true;
    }
    for (int k = Math.max(0, f - 3); k <= t.last() + 2 && k < s.tokens().size(); k++) {
      if ((k < f || k > t.last()) && is("habitual", s, k) && s.sameClause(k, f)) {
        return true;
      }
    }
    if (t.entry().subtype() == SubEventType.ABDUCTION) {
      for (int k = 0; k < f; k++) {
        if (is("release", s, k)) {
          return true;
        }
      }
    }
    // إطلاق الصواريخ لن يتوقف
    for (int k = t.last() + 1; k <= t.last() + 3 && k < s.tokens().size(); k++) {
      if (is("halt-after", s, k) && s.sameClause(k, f)) {
        return true;
      }
    }
    // تحول البلد إلى ميدان معركة: a battlefield
    if (t.entry().subtype().type() == EventType.BATTLES && !t.entry().verb() && lex.is("battlefield", s.tokens(), f - 1)) {
      return true;
    }
    // فيلم «المعركة من أجل حديثة»
    if (is("title-head", s, f - 1) || s.word(f - 1).equals("«") && is("title-head", s, f - 2)) {
      return true;
    }
    if (t.entry().has("weak")) {
      for (int k = Math.max(0, f - 12); k < f; k++) {
        if (is("bodies", s, k)) {
          return true;
        }
      }
    }
    return !t.entry().verb() && lex.is("previous", s.tokens(), t.last() + 1);
  }

  /** خطف جندي أو إطلاق صواريخ أو تفجير حافلة: another violence word joined to this one by أو, a few words apart. */
  private boolean alternative(Mentions.Trigger t, SentenceAnalysis s) {
    for (Mentions.Trigger o : s.triggers()) {
      if (o == t || o.entry().isCasualty() || Math.abs(o.first() - t.first()) > 5 || !s.sameClause(o.first(), t.first())) {
        continue;
      }
      int from = Math.min(o.last(), t.last()) + 1;
      int to = Math.max(o.first(), t.first());
      for (int k = from; k < to; k++) {
        if (is("or", s, k)) {
          return true;
        }
      }
    }
    return false;
  }

  private void subtype(Draft d, SentenceAnalysis s, List<Mentions.Trigger> group) {
    TriggerEntry e = d.trigger.entry();
    if (e.has("strike") || e.has("attack")) {
      Lexicon.Modifier best = null;
      int from = group.get(0).first() - 3;
      int to = group.get(group.size() - 1).last() + 8;
      for (Mentions.Modifier m : s.modifiers()) {
        // واصلت مقاتلات روسية … قصف: aircraft as the subject of the verb that governs the word
        boolean aircraftSubject = m.first() < from && m.first() >= from - 6 && s.sameClause(m.first(), d.trigger.first())
            && m.modifier().subtype() == SubEventType.AIR_DRONE_STRIKE;
        if ((m.first() >= from && m.first() <= to && s.clauseDistance(m.first(), d.trigger.first()) <= 1
            || aircraftSubject) && (best == null || m.modifier().priority() > best.priority())) {
          best = m.modifier();
        }
      }
      d.modified = best != null;
      if (best != null && (e.has("strike") || best.priority() >= 5 || instrumental(s, d.trigger, best))) {
        d.subtype = best.subtype();
      } else if (best == null && d.trigger.first() == d.trigger.last()) {
        // قصف وغارات: a bare generic word takes the sub-type of a more specific word coordinated with it
        for (Mentions.Trigger g : group) {
          if (g.entry().subtype() == SubEventType.AIR_DRONE_STRIKE) {
            d.subtype = SubEventType.AIR_DRONE_STRIKE;
          }
        }
      }
    }
    if (firedOnProtesters(d, s, e)) {
      return;
    }
    if (repelledWeapons(d, s)) {
      d.subtype = SubEventType.DISRUPTED_WEAPONS_USE;
      return;
    }
    if (d.subtype == SubEventType.ARMED_CLASH && crowdsClash(d, s)) {
      // مواجهات بين مظاهرتين، صدام بين المتظاهرين: crowds fighting each other riot, they are no armed sides
      d.subtype = SubEventType.VIOLENT_DEMONSTRATION;
      d.actor1 = null;
      d.actor1Entry = registry.resolve(PROTESTERS, d.date);
      d.actor2 = null;
      d.actor2Entry = null;
      return;
    }
    boolean civilianTarget = d.actor2Entry != null && d.actor2Entry.isCivilian();
    if (e.has("attack") && d.subtype.type() != EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
      d.subtype = civilianTarget || d.actor2 == null && (e.isCasualty() && victimsAreCivilians(d, s)
          || killedCivilians(d, s)) ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
    }
    if (e.has("territory")) {
      if (e.has("loser")) {
        ActorEntry loser = d.actor1Entry;
        Mentions.Actor loserMention = d.actor1;
        d.actor1 = d.actor2;
        d.actor1Entry = d.actor2Entry;
        d.actor2 = loserMention;
        d.actor2Entry = loser;
      }
      boolean state = d.actor1Entry != null && d.actor1Entry.isState();
      d.subtype = state ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
          : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }
  }

  /**
   * اعتداءات بقذائف الهاون، هجوم بطائرة مسيرة: an attack word takes the sub-type of the weapon it is done with (the
   * instrumental ب, or the weapon right after the word).
   */
  private static boolean instrumental(SentenceAnalysis s, Mentions.Trigger t, Lexicon.Modifier best) {
    for (Mentions.Modifier m : s.modifiers()) {
      if (m.modifier() == best && m.first() > t.last() && m.first() - t.last() <= 3
          && (s.word(m.first()).startsWith("ب") || m.first() - t.last() == 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * أطلقت قوات الأمن النار على المتظاهرين، قتل متظاهر برصاص الأمن: force used on a protest is a protest event
   * (ACLED): excessive force when someone is killed, intervention otherwise; the protesters are actor1, the force
   * actor2.
   */
  private boolean firedOnProtesters(Draft d, SentenceAnalysis s, TriggerEntry e) {
    // اشتباكات بين الشرطة والمتظاهرين، مواجهات: two sides fighting are not only force used on a protest
    if (!e.has("attack") || d.subtype.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
      return false;
    }
    int t = d.trigger.first();
    boolean protest = false;
    for (int k = Math.max(0, t - 8); k <= d.trigger.last() + 8 && k < s.tokens().size(); k++) {
      // the protesters are the target (النار على المتظاهرين) or the victims right before (متظاهرين قتلتهم); a
      // protester word further back speaks of something else (المتظاهرين متعاطفون مع … في هجوم)
      protest |= is("protester", s, k) && s.clauseDistance(k, t) <= 1
          && (k > t || t - k <= 4 || is("against", s, k - 1));
    }
    ActorEntry force = d.actor1Entry != null && !d.actor1Entry.isCivilian() && !d.actor1Entry.isProtester()
        ? d.actor1Entry
        : d.actor2Entry != null && !d.actor2Entry.isCivilian() && !d.actor2Entry.isProtester() ? d.actor2Entry : null;
    Mentions.Actor forceMention = force == null ? null : force == d.actor1Entry ? d.actor1 : d.actor2;
    if (protest && force == null) {
      // لجأت قوات الأمن إلى إطلاق النار لتفريق المتظاهرين: the force is the subject of the verb that governs the word
      for (Mentions.Actor a : s.actors()) {
        if (a.last() < t && t - a.last() <= 4 && s.sameClause(a.last(), t)) {
          for (ActorEntry c : a.candidates()) {
            if (c.isState() && (d.date == null || c.validAt(d.date))) {
              force = c;
              forceMention = a;
              break;
            }
          }
        }
      }
    }
    if (!protest || force == null || !force.isState()) {
      return false;
    }
    boolean killed = e.has("kill") || s.triggers().stream().anyMatch(o -> o.entry().has("kill")
        && (Math.abs(o.first() - t) <= 12 || o.first() > t && o.first() - t <= 18 && s.clauseDistance(o.first(), t) <= 1));
    d.subtype = killed ? SubEventType.EXCESSIVE_FORCE : SubEventType.PROTEST_WITH_INTERVENTION;
    d.actor2 = forceMention;
    d.actor2Entry = force;
    d.actor1 = null;
    d.actor1Entry = registry.resolve(PROTESTERS, d.date);
    return true;
  }

  /**
   * قتل أربعة على أيدي قوات الأمن في مظاهرات، اقتحمت مجموعة مسلحة مظاهرة وفرقتها: in a protest or a riot the
   * demonstrators are actor1 (ACLED); an armed or state actor the sentence links to it is the force that met it
   * (actor2), which makes a peaceful protest one with intervention, or excessive force when someone is killed.
   * Victims and bystanders (civilians) are not actors of the protest.
   */
  private boolean protestersFirst(Draft d, SentenceAnalysis s) {
    // للمطالبة بالإفراج عن المعتقلين: the people a protest speaks for are not acted upon by it (ACLED gives a
    // protest, or a violent demonstration, no civilian actor2)
    if (d.actor2Entry != null && d.actor2Entry.isCivilian() && d.subtype != SubEventType.MOB_VIOLENCE) {
      d.actor2 = null;
      d.actor2Entry = null;
    }
    if (d.actor1Entry == null || d.actor1Entry.isProtester() || d.actor1Entry.inter() == 5) {
      if (d.actor1Entry == null) {
        d.actor1Entry = registry.resolve(PROTESTERS, d.date);
      }
      return false;
    }
    if (organiser(d, s)) {
      // نظمت أحزاب المعارضة مظاهرة، اعتصام دعت إليه النقابات: the organiser is the protesters' side (ACLED: an
      // associated actor of the protesters), not a force that met the protest
      d.assoc1.add(d.actor1);
      d.actor1 = null;
      d.actor1Entry = registry.resolve(PROTESTERS, d.date);
      return false;
    }
    ActorEntry other = d.actor1Entry;
    boolean met = false;
    if (!other.isCivilian() && (d.actor2Entry == null || d.actor2Entry.isCivilian() || d.actor2Entry.isProtester())) {
      d.actor2 = d.actor1;
      d.actor2Entry = other;
      met = true;
    }
    d.actor1 = null;
    d.actor1Entry = registry.resolve(PROTESTERS, d.date);
    return met;
  }

  /**
   * نظمت أحزاب المعارضة مظاهرة، مظاهرة دعا إليها حزب X، شارك أنصار الحزب في اعتصام، خرجت مسيرة بدعوة من النقابات:
   * the protest's actor is named by a verb or noun of organising, calling or taking part (word class
   * {@code organise}) right before it, in the clause of a peaceful protest. State forces are not read as organisers
   * (شاركت قوات الأمن في قمع مظاهرة).
   */
  private boolean organiser(Draft d, SentenceAnalysis s) {
    Mentions.Actor a = d.actor1;
    if (a == null || d.subtype != SubEventType.PEACEFUL_PROTEST || d.actor1Entry.isState()
        || Math.abs(a.first() - d.trigger.first()) > 12) {
      return false;
    }
    for (int k = a.first() - 2; k < a.first(); k++) {
      if (k >= 0 && is("organise", s, k) && s.sameClause(k, d.trigger.first())) {
        return true;
      }
    }
    return false;
  }

  /**
   * بالسيطرة، لاستعادة، تحاول التقدم: a capture named as a purpose or an attempt did not happen. When an operation
   * is under way (عملية … لاستعادة، تحاول التقدم) it is fighting, not a capture.
   */
  private boolean territoryHappened(Draft d, SentenceAnalysis s) {
    String w = s.word(d.trigger.first());
    // سقطت قذيفة على البلدة، سقوط قتلى: shells and victims fall, towns fall only to someone
    if (Clitics.readings(w).stream().anyMatch(r -> r.startsWith("سقط"))) {
      for (int k = Math.max(0, d.trigger.first() - 3); k <= d.trigger.last() + 3 && k < s.tokens().size(); k++) {
        if (is("projectile", s, k)) {
          return false;
        }
      }
    }
    // دخل وفد أمني، دخلت قافلة مساعدات، دخل الاتفاق حيز التنفيذ، تقدم بطلب: who or what enters or comes forward
    // right after a weak verb of advance is no force taking ground
    if (d.trigger.entry().has("weak")) {
      for (int k = d.trigger.last() + 1; k <= d.trigger.last() + 2 && k < s.tokens().size(); k++) {
        if (is("not-force-entrant", s, k) && s.sameClause(k, d.trigger.first())) {
          return false;
        }
      }
    }
    boolean complement = w.length() > 3 && (w.startsWith("بال") || w.startsWith("لل") || w.startsWith("ل")
        && !w.startsWith("لقي"));
    for (int k = Math.max(0, d.trigger.first() - 2); k < d.trigger.first(); k++) {
      if (lex.is("stalled", s.tokens(), k)) {
        d.subtype = SubEventType.ARMED_CLASH;
        return true;
      }
    }
    if (d.trigger.entry().has("weak") && s.places().isEmpty()) {
      return false;
    }
    boolean operation = false;
    for (int k = Math.max(0, d.trigger.first() - 6); k < d.trigger.first(); k++) {
      operation |= lex.is("operation", s.tokens(), k);
    }
    // تحاول القوات التقدم: an attempted advance is fighting; one told in the future, feared or ordered is nothing yet
    boolean attempt = false;
    for (int k = Math.max(0, d.trigger.first() - 6); k < d.trigger.first(); k++) {
      attempt |= is("attempt", s, k);
    }
    if (d.intent && !attempt && !operation) {
      return false;
    }
    if ((complement || d.intent) && (operation || d.intent)) {
      d.subtype = SubEventType.ARMED_CLASH;
      return true;
    }
    return !complement;
  }

  /**
   * A capture takes a place (سيطرت على بلدة X، استعادت المدينة); السيطرة على الوضع (control of the situation) and
   * الاستيلاء على السلطة take none. The place may follow the trigger or be one the report already named.
   */
  private boolean territoryNamed(Mentions.Trigger t, SentenceAnalysis s, Discourse disc) {
    if (s.places().stream().anyMatch(p -> p.first() > t.last() && p.first() - t.last() <= 14
        || p.last() < t.first() && t.first() - p.last() <= 3)) {
      return true;
    }
    // سيطرت فصائل الجيش الحر -بدعم واسع من الجيش التركي- على قرية X: a long subject, the object still after على
    if (s.places().stream().anyMatch(p -> p.first() > t.last() && p.first() - t.last() <= 22
        && s.sameClause(p.first(), t.last()) && (s.word(p.first() - 1).equals("علي")
            || s.word(p.first() - 2).equals("علي") && is("town-cue", s, p.first() - 1)))) {
      return true;
    }
    for (int k = t.last() + 1; k <= t.last() + 4 && k < s.tokens().size(); k++) {
      if (is("anaphoric-place", s, k) || is("town-cue", s, k) || is("city-cue", s, k)
          || is("target", s, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * قتل 12 مدنيا برصاص قوات الأمن: the shooting's victims, counted with a kill word of the same clause, are
   * civilians and no armed side is named against the shooter.
   */
  private boolean killedCivilians(Draft d, SentenceAnalysis s) {
    for (Mentions.Trigger o : s.triggers()) {
      if (o == d.trigger || !o.entry().has("kill")
          || s.clauseDistance(o.first(), d.trigger.first()) > (relativeBetween(o, d.trigger, s) ? 4 : 1)) {
        continue;
      }
      for (int k = Math.max(0, o.first() - 4); k <= o.last() + 4 && k < s.tokens().size(); k++) {
        if (lex.is("combatant", s.tokens(), k)) {
          return false;
        }
      }
      for (int k = Math.max(0, o.first() - 4); k <= o.last() + 4 && k < s.tokens().size(); k++) {
        if (lex.is("civilian", s.tokens(), k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * قتلوا برصاص قوات الأمن، التي حاصرتهم في البلدة ثم اقتحمتها: the storming told in a relative clause about the
   * shooters, after the killing, is the same act against the same victims.
   */
  private boolean relativeBetween(Mentions.Trigger kill, Mentions.Trigger t, SentenceAnalysis s) {
    return t.first() > kill.last() && t.first() - kill.last() <= 20 && classBetween("relative", s, kill.last(), t.first());
  }

  private boolean victimsAreCivilians(Draft d, SentenceAnalysis s) {
    for (int k = d.trigger.last() + 1; k <= d.trigger.last() + 4 && k < s.tokens().size(); k++) {
      String w = s.word(k);
      String bare = w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
      if (lex.is("civilian", w) || lex.is("civilian", bare)) {
        return true;
      }
      if (lex.is("combatant", w) || lex.is("combatant", bare)) {
        return false;
      }
    }
    // ستة أشخاص على الأقل قتلوا برصاص الأمن: people named before a kill verb are its victims (civilians do not kill)
    // سقط عشرات المدنيين بين قتيل وجريح: so are those split "between dead and wounded"
    if (d.trigger.entry().has("kill") && (d.trigger.entry().verb() || is("between", s, d.trigger.first() - 1))) {
      for (int k = d.trigger.first() - 1; k >= Math.max(0, d.trigger.first() - 4); k--) {
        String w = s.word(k);
        if (lex.is("combatant", w) || !s.sameClause(k, d.trigger.first())) {
          return false;
        }
        if (lex.is("civilian", w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Sets the date from the nearest temporal expression; false when the event is background history. غداة سيطرتهم
   * على كسب: "the day after" their capture of Kasab dates the capture one day before the news it is the time of.
   */
  private boolean date(Draft d, SentenceAnalysis s, Discourse disc) {
    boolean dayBefore = is("day-after", s, d.trigger.first() - 1) && !d.trigger.entry().isCasualty();
    if (!dateOf(d, s, disc, dayBefore)) {
      return false;
    }
    int back = dayBefore ? 1 : daysBefore(d.trigger, s);
    if (back > 0 && d.date != null) {
      d.date = d.date.minusDays(back);
      d.dateEnd = null;
    }
    return true;
  }

  /**
   * وقتل 15 من المقاتلين أمس الجمعة، في محاولة للسيطرة على …; وقال مدير المرصد أمس: انتشر عناصر …: a recent day (أمس،
   * a weekday) that the sentence names before the act, in another clause, still dates it better than the lead's day
   * or the article's: a news sentence tells one day, and the clause of its main verb comes first. Only when the
   * sentence names one such day and no other date, none after the act unless it is the act's own (see
   * {@link #ownDayAfter}), and the day lies within the last days before the article (an older date may be a recap).
   */
  private TimeMention sentenceDay(SentenceAnalysis s, Mentions.Trigger t, Discourse disc) {
    if (disc.published == null) {
      return null;
    }
    TimeMention day = null;
    for (TimeMention tm : s.times()) {
      if (tm.first() > t.first() && !ownDayAfter(s, t, tm) || tm.precision() != org.waqai.model.DatePrecision.DAY
          || tm.start().isAfter(disc.published) || tm.start().isBefore(disc.published.minusDays(SENTENCE_DAY_REACH))
          || day != null && !day.start().equals(tm.start())) {
        return null;
      }
      day = tm;
    }
    return day;
  }

  /**
   * تقدمت القوات من جهة الفوج 137، غرب مدينة دير الزور، اليوم الثلاثاء: a day after the act, past commas, with no other
   * act and no relative clause between them (الكمين الذي وقع مساء الإثنين dates the ambush, not the arrests before).
   */
  private boolean ownDayAfter(SentenceAnalysis s, Mentions.Trigger t, TimeMention tm) {
    if (tm.first() - t.last() > 15) {
      return false;
    }
    for (Mentions.Trigger o : s.triggers()) {
      if (o != t && o.first() > t.last() && o.first() < tm.first()) {
        return false;
      }
    }
    for (int k = t.last() + 1; k < tm.first(); k++) {
      if (lex.is("relative", s.tokens(), k) || lex.is("while", s.tokens(), k)) {
        return false;
      }
    }
    return true;
  }

  /** How many days before the article a day named in another clause of the sentence may lie. */
  private static final int SENTENCE_DAY_REACH = 3;

  /**
   * بعد يومين من قصف مسجد في حي طريق السد: the event so many days before the one it times, or 0; only when it names
   * its own place (بعد أسبوع من غارة مماثلة points back to an event it does not report).
   */
  private int daysBefore(Mentions.Trigger t, SentenceAnalysis s) {
    int k = t.first();
    if (!s.word(k - 1).equals("من") || !is("after", s, k - 3) && !is("after", s, k - 4)
        || s.places().stream().noneMatch(p -> p.first() > t.last() && p.first() - t.last() <= 6
            && s.sameClause(p.first(), t.last()))) {
      return 0;
    }
    String unit = s.word(k - 2);
    int n = switch (unit) {
      case "يوم", "يوما" -> 1;
      case "يومين" -> 2;
      case "اسبوع" -> 7;
      case "اسبوعين" -> 14;
      default -> 0;
    };
    // بعد ثلاثة أيام من: a number word before أيام
    if (n == 0 && unit.equals("ايام") && is("after", s, k - 4)) {
      n = switch (s.word(k - 3)) {
        case "ثلاثه", "3" -> 3;
        case "اربعه", "4" -> 4;
        case "خمسه", "5" -> 5;
        case "سته", "6" -> 6;
        default -> 0;
      };
    }
    return n > 0 && (is("after", s, k - 3) || unit.equals("ايام")) ? n : 0;
  }

  private boolean dateOf(Draft d, SentenceAnalysis s, Discourse disc, boolean dayBefore) {
    // منذ اغتيال، منذ تفجيرات: "since the attack" dates something else by it; بشأن اختطاف، وراء خطف، على خلفية
    // إطلاق: the sentence is about something said or done about the attack; الذين خطفوا: a relative clause
    // describes someone by what happened to them
    int t0 = d.trigger.first();
    if (framed(t0, s, true)) {
      return false;
    }
    // عندما اغتيل X في دمشق، أعلن …: a sentence that opens on a when-clause tells its news after it (not الحادث الذي
    // وقع عندما انفجرت قنبلة, nor قتل 3 حين سقطت قذيفة)
    for (int k = Math.max(0, t0 - 2); k < t0; k++) {
      if (is("whenever", s, k) && k <= 1 && !presentVerb(d.trigger, s) && !d.trigger.entry().isCasualty()) {
        return false;
      }
    }
    // بعد سيطرتها، قبل انسحابهم: an event named by its verbal noun and its doer as the time of another is its
    // background (بعد السيطرة على درعا, without a possessor, may be the news itself);
    // عقب التسوية، بعد الاتفاق: a settlement or an arrest named as the time of something else is its background
    EventType ty = d.subtype.type();
    if ((ty == EventType.STRATEGIC_DEVELOPMENTS || ty == EventType.DIPLOMACY) && !d.trigger.entry().verb()
        && (is("after", s, t0 - 1) || lex.is("since", s.tokens(), t0 - 1))) {
      return false;
    }
    // بعد أن قصفتها: an event told as the time of another (الدخان يتصاعد بعد أن …) is its background
    boolean afterThat = is("after", s, t0 - 2) && (s.word(t0 - 1).equals("ان") || s.word(t0 - 1).equals("ما"));
    if (possessive(s.word(t0)) && is("after", s, t0 - 1) && !dayBefore
        || afterThat || lex.is("simultaneous", s.tokens(), t0 - 2) || lex.is("simultaneous", s.tokens(), t0 - 1)) {
      return false;
    }
    TimeMention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeMention tm : s.times()) {
      boolean after = tm.first() > d.trigger.last();
      // في ديسمبر (كانون الأول) 2001 هاجم: a date before the act is as near as its last word (the brackets of the
      // other month name are no clause of their own)
      int clauses = s.clauseDistance(after ? tm.first() : tm.last(), d.trigger.first());
      // في ديسمبر 2001، عندما هاجم مسلحون …: the date before a when-clause dates the act in it
      boolean whenClause = !after && clauses == 1 && d.trigger.first() - tm.last() <= 5
          && (is("whenever", s, d.trigger.first() - 1) || is("whenever", s, d.trigger.first() - 2));
      // وقبل يومين، استهدفت …; ويوم الجمعة، قصفت …: a time adverbial that opens the sentence dates its first clause
      boolean fronted = tm.first() <= 1 && !after && d.trigger.first() - tm.last() <= 8;
      // أعلنت قسد، الخميس، مقتل …؛ صدوا، ليل الأحد الاثنين، هجوما: a time set off by commas on both sides is an
      // adverbial of the clause it interrupts, not a clause of its own
      // (one word may stand before it inside the commas: ليل، فجر، يوم)
      boolean parenthetical = !after && clauses == 1 && d.trigger.first() - tm.last() <= 10 && tm.first() > 1
          && tm.last() + 1 < s.tokens().size() && s.tokens().get(tm.last() + 1).isClauseBreak()
          && (s.tokens().get(tm.first() - 1).isClauseBreak() || s.tokens().get(tm.first() - 2).isClauseBreak());
      if (clauses > 1 || clauses == 1 && !(after && tm.first() - d.trigger.last() <= 10) && !whenClause && !fronted
          && !parenthetical) {
        continue;
      }
      int dist = Math.min(Math.abs(tm.first() - d.trigger.last()), Math.abs(tm.last() - d.trigger.first()))
          + 6 * s.clauseDistance(tm.first(), d.trigger.first());
      if (dist < bestDist) {
        best = tm;
        bestDist = dist;
      }
    }
    if (best == null) {
      best = sentenceDay(s, d.trigger, disc);
    }
    if (best == null && disc.leadTime != null) {
      best = disc.leadTime;
    } else if (best != null) {
      d.dateExplicit = true;
    }
    boolean chained = chainedToFramed(d.trigger, s);
    if (best == null) {
      d.date = disc.published;
      return !insideCue(s, d.trigger, CueKind.BACKGROUND) && !cueBefore(s, d.trigger, CueKind.BACKGROUND, 10)
          && !chained;
    }
    d.date = best.start();
    d.dateEnd = best.end().equals(best.start()) ? null : best.end();
    d.datePrecision = best.precision();
    // غدا، الأحد المقبل، الأسبوع القادم: an event dated after the article is planned, not reported
    if (disc.published != null && best.start().isAfter(disc.published)) {
      d.intent = true;
      d.hedged = true;
    }
    // an old date in the lead is the story itself; further down it is a recap
    boolean lead = s.sentence().index() == 0;
    if (!lead && disc.published != null && (best.precision() == org.waqai.model.DatePrecision.YEAR
        || best.end().isBefore(disc.published.minusDays(BACKGROUND_DAYS))
        || best.start().isBefore(disc.published.minusDays(BACKGROUND_DAYS)) && best.end().equals(disc.published))) {
      return false;
    }
    // even in the lead, a year long gone (اغتيال الحريري عام 2005، في سبتمبر 1970) is history: news leads with
    // what happened in the last days, so a date of an earlier year months before publication is a recap
    if (disc.published != null && best.end().getYear() < disc.published.getYear()
        && best.end().isBefore(disc.published.minusDays(best.precision() == org.waqai.model.DatePrecision.YEAR
            ? BACKGROUND_DAYS : LEAD_HISTORY_DAYS))) {
      return false;
    }
    // a fresh date of its own (اتهم ناشطون … بشن هجوم … صباح أمس) makes it news despite a background frame
    // (the date must follow the trigger: in أدان الحزب أمس عملية خطف, أمس dates the condemnation)
    boolean fresh = d.dateExplicit && disc.published != null && best != disc.leadTime
        && best.first() > d.trigger.last() && !best.start().isBefore(disc.published.minusDays(BACKGROUND_DAYS));
    return fresh
        || !insideCue(s, d.trigger, CueKind.BACKGROUND) && !cueBefore(s, d.trigger, CueKind.BACKGROUND, 10) && !chained;
  }

  /**
   * منذ اغتيال، بشأن اختطاف، وراء خطف، على خلفية إطلاق، ردا على، ردة فعل على إطلاق صواريخ، انتقاما لمقتل: the words
   * before an act (before its verb of use, for a weapon) frame it as what something else is about, since or for;
   * الذين خطفوا: a relative clause describes someone by what happened to them; بعد يوم من مقتل: an act a span before
   * another dates it.
   */
  private boolean framed(int t0, SentenceAnalysis s, boolean relative) {
    int h = is("use-verb", s, t0 - 1) ? t0 - 1 : t0;
    return lex.is("since", s.tokens(), t0 - 1) || lex.is("about", s.tokens(), h - 1) || lex.is("about", s.tokens(), h - 2)
        || relative && lex.is("relative", s.tokens(), t0 - 1)
        || lex.is("since", s.tokens(), t0 - 2) && lex.is("since-start", s.tokens(), t0 - 1)
        || is("after", s, t0 - 3) && s.word(t0 - 1).equals("من") && lex.is("span", s.tokens(), t0 - 2)
        // عائلات ضحايا الاعتداءات، أهالي الشهداء: the kin of victims name acts told elsewhere
        || lex.is("kin", s.tokens(), t0 - 1) && s.triggers().stream().anyMatch(o -> o.first() == t0 && o.entry().isCasualty())
        || lex.is("kin", s.tokens(), t0 - 2) && s.triggers().stream().anyMatch(o -> o.last() == t0 - 1 && o.entry().isCasualty());
  }

  /**
   * اغتيال رئيسة الوزراء في هجوم انتحاري، الاعتداء على سيارة بواسطة سيارة مفخخة: an act that says how or where one
   * named just before was done shares its frame (التحقيق في قضية اغتيال … في هجوم: both are what is investigated).
   */
  private boolean chainedToFramed(Mentions.Trigger t, SentenceAnalysis s) {
    int t0 = t.first();
    if (!is("chain", s, t0 - 1) && !(s.word(t0).startsWith("ب") && !t.entry().verb())) {
      return false;
    }
    for (Mentions.Trigger o : s.triggers()) {
      if (o.last() < t0 - 1 && t0 - o.last() <= 14 && s.sameClause(o.first(), t0) && o.entry().subtype().type()
          != EventType.STRATEGIC_DEVELOPMENTS && o.entry().subtype().type() != EventType.DIPLOMACY
          && (framed(o.first(), s, false) || insideCue(s, o, CueKind.BACKGROUND) || cueBefore(s, o, CueKind.BACKGROUND, 10))) {
        return true;
      }
    }
    return false;
  }

  /** سيطرتها، تحريره، انسحابهم: a verbal noun with a possessive pronoun refers to an event rather than reports it. */
  private static boolean possessive(String w) {
    return w.length() > 5 && (w.endsWith("ته") || w.endsWith("تها") || w.endsWith("تهم") || w.endsWith("ها")
        || w.endsWith("هم"));
  }

  /** تحرير قرية X، تحرير الباب: a place or a kind word of places within two words after the trigger. */
  private boolean placeNext(Mentions.Trigger t, SentenceAnalysis s) {
    if (s.places().stream().anyMatch(p -> p.first() > t.last() && p.first() - t.last() <= 2)) {
      return true;
    }
    String next = s.word(t.last() + 1);
    return is("town-cue", next) || is("city-cue", next) || is("quarter-cue", next);
  }

  /** أطلقت قوات الأمن النار، فتح مسلحون النار: fire or bullets as the object, within five words of the verb. */
  private boolean fireNext(Mentions.Trigger t, SentenceAnalysis s) {
    for (int k = t.last() + 1; k <= t.last() + 5 && k < s.tokens().size() && s.sameClause(k, t.first()); k++) {
      if (lex.is("fire-object", s.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /** غادر السكان، إجلاء المدنيين: civilians or a crowd named within four words of the trigger. */
  private boolean civiliansNear(Mentions.Trigger t, SentenceAnalysis s) {
    for (int k = Math.max(0, t.first() - 4); k <= t.last() + 4 && k < s.tokens().size(); k++) {
      if (is("civilian", s, k)) {
        return true;
      }
    }
    return false;
  }

  private void cues(Draft d, SentenceAnalysis s) {
    Mentions.Trigger t = d.trigger;
    for (Mentions.Cue c : s.cues()) {
      if (c.kind() == CueKind.NEGATION_STRONG && c.last() < t.first()) {
        d.negated = true;
      } else if (c.kind() == CueKind.NEGATION && c.last() < t.first() && t.first() - c.last() <= 4
          && s.sameClause(c.last(), t.first())
          // لا تزال الاشتباكات مستمرة، لم يزل القصف: "no longer ceases" is "still", no denial
          && !is("still", s, c.last() + 1)
          // منع تقدم: stopping an advance is fighting (see territoryHappened), not a denial
          && !(t.entry().has("territory") && is("stalled", s, c.first()))) {
        d.negated = true;
      } else if (c.kind() == CueKind.HEDGE) {
        d.hedged = true;
      } else if (c.kind() == CueKind.INTENT && c.last() < t.first() && t.first() - c.last() <= 6
          && s.sameClause(c.last(), t.first()) && !factualQad(s, c)) {
        d.hedged = true;
        d.intent = true;
      }
    }
    // هجمات محتملة، ضربة وشيكة، ضربات جوية يمكن أن تستهدف: a word of possibility right after the event noun
    for (int k = t.last() + 1; k <= t.last() + 2 && k < s.tokens().size(); k++) {
      if (lex.is("possible-after", s.tokens(), k)) {
        d.hedged = true;
        d.intent = true;
      }
    }
  }

  /**
   * قد before a past verb states a fact (قد تعرض، وكان … قد شهد، قد قتل); only before a present or future verb
   * (قد يتعرض، قد تشن) is it "may". A present verb begins with ي or س; تـ and نـ begin both (تعرض، تشن، نفذ), so
   * there the pluperfect كان … قد decides.
   */
  private boolean factualQad(SentenceAnalysis s, Mentions.Cue c) {
    if (c.first() != c.last() || !lex.is("modal-qad", s.tokens(), c.first())) {
      return false;
    }
    String next = s.word(c.last() + 1);
    // قد سيطرت: سيطر begins with س without being a future
    if (next.isEmpty() || next.startsWith("ي") || next.startsWith("س") && !next.startsWith("سيطر")) {
      return false;
    }
    if (!next.startsWith("ت") && !next.startsWith("ن")) {
      return true;
    }
    for (int k = Math.max(0, c.first() - 8); k < c.first(); k++) {
      if (is("was", s, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideCue(SentenceAnalysis s, Mentions.Trigger t, CueKind kind) {
    for (Mentions.Cue c : s.cues()) {
      if (c.kind() == kind && c.first() <= t.last() && t.first() <= c.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean cueBefore(SentenceAnalysis s, Mentions.Trigger t, CueKind kind, int window) {
    for (Mentions.Cue c : s.cues()) {
      if (c.kind() == kind && c.last() < t.first() && t.first() - c.last() <= window) {
        return true;
      }
    }
    return false;
  }

  private List<List<Mentions.Trigger>> groups(SentenceAnalysis s) {
    List<List<Mentions.Trigger>> out = new ArrayList<>();
    List<Mentions.Trigger> cur = null;
    for (Mentions.Trigger t : s.triggers()) {
      // أطلقت صواريخ: a shooting verb without fire as its object leaves the word to the weapon
      if (t.entry().has("fire-next") && !fireNext(t, s)) {
        continue;
      }
      // مؤتمر صحافي: a press conference is where something is said, not talks (and no word of another kind)
      if (t.entry().subtype() == SubEventType.TALKS && is("press", s, t.last() + 1)) {
        continue;
      }
      if (cur != null && coordinated(s, cur.get(cur.size() - 1), t)) {
        cur.add(t);
        continue;
      }
      cur = new ArrayList<>();
      cur.add(t);
      out.add(cur);
    }
    return out;
  }

  private static boolean coordinated(SentenceAnalysis s, Mentions.Trigger a, Mentions.Trigger b) {
    if (b.first() - a.last() > 3 || a.entry().isCasualty() != b.entry().isCasualty()) {
      return false;
    }
    EventType ta = a.entry().subtype().type();
    EventType tb = b.entry().subtype().type();
    boolean joined = s.word(b.first()).startsWith("و") || b.first() == a.last() + 1;
    return joined && (ta == tb || a.entry().has("attack") && tb == EventType.EXPLOSIONS_REMOTE_VIOLENCE);
  }

  private static double confidence(Draft d) {
    double c = 0.45;
    c += d.actor1 != null ? 0.15 : d.actor1Entry != null ? 0.05 : 0;
    c += d.actor2 != null ? 0.1 : 0;
    c += d.dateExplicit ? 0.1 : 0;
    c -= d.trigger.entry().has("weak") ? 0.1 : 0;
    c -= d.hedged ? 0.1 : 0;
    return c;
  }
}

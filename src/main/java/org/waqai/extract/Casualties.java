package org.waqai.extract;

import java.util.List;
import java.util.Set;
import org.waqai.model.EventType;
import org.waqai.model.SubEventType;
import org.waqai.text.ArabicNumbers;
import org.waqai.text.Clitics;
import org.waqai.text.NumberMatch;
import org.waqai.text.Token;

/**
 * Reads killed, injured and displaced counts next to casualty words (مقتل 37، سبعة مدنيين قتلوا، فرار 10 آلاف مدني)
 * and gives them to the event of the same clause, or of the sentence when it has one event.
 */
final class Casualties {
  private static final Set<String> SKIP = Set.of("اكثر", "من", "نحو", "قرابه", "حوالي", "ما", "لا", "يقل", "عن",
      "زهاء", "اقل", "الاقل", "علي", "يزيد", "ايضا", "كذلك", "اخرين", "الي", "بلغ", "بلغت", "وصل", "وصلت");
  /** How far after a killing verb its object (the victims) may stand, past the agent and a date. */
  private static final int OBJECT_REACH = 25;
  private static final TriggerEntry KILL = new TriggerEntry(SubEventType.ATTACK, false, Set.of("kill"));

  private final Lexicon lex;
  private final ArabicNumbers numbers = ArabicNumbers.standard();

  Casualties(Lexicon lex) {
    this.lex = lex;
  }

  void assign(List<Draft> drafts, SentenceAnalysis s) {
    if (drafts.isEmpty()) {
      return;
    }
    for (Mentions.Trigger t : s.triggers()) {
      give(drafts, s, t);
    }
    for (Mentions.Trigger t : idioms(s)) {
      give(drafts, s, t);
    }
    addUp(drafts);
  }

  /**
   * قصفت الدبابات أحياء حماة مخلفة قتيلا بعد القصف الذي أسفر صباحا عن مقتل 6: two tolls of one sentence that went to
   * two mentions of one event (same sub-type, place and day) add up; both mentions carry the sum, so they merge.
   */
  private static void addUp(List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft a = drafts.get(i);
      if (a.fatalities == null) {
        continue;
      }
      List<Draft> same = new java.util.ArrayList<>(List.of(a));
      for (int j = i + 1; j < drafts.size(); j++) {
        Draft b = drafts.get(j);
        // a mention without a place of its own (it takes the report's place later) is at the same place
        boolean place = a.place == null || b.place == null || b.place.id().equals(a.place.id());
        if (b.fatalities != null && b.trigger != a.trigger && b.subtype == a.subtype && place
            && java.util.Objects.equals(a.date, b.date)) {
          same.add(b);
        }
      }
      if (same.size() > 1) {
        int sum = same.stream().mapToInt(d -> d.fatalities).sum();
        same.forEach(d -> d.fatalities = sum);
      }
    }
  }

  private void give(List<Draft> drafts, SentenceAnalysis s, Mentions.Trigger t) {
    TriggerEntry e = t.entry();
    boolean displace = e.has("displace");
    boolean lethal = !e.isCasualty() && !displace && lethal(s, t);
    if (!e.isCasualty() && !displace && !lethal) {
      return;
    }
    boolean kill = e.has("kill") || lethal;
    if (kill && killedAndWounded(s, t) || grandTotal(s, t)) {
      return;
    }
    Long n = count(s, t, displace);
    if (n == null && !displace) {
      n = updatedTo(s, t);
    }
    if (n == null && kill) {
      n = countOfTheWord(s, t);
    }
    if (n == null && kill) {
      // لقي حتفه، مما أدى إلى مقتلهما: the pronoun on the word counts one or two
      String last = s.word(t.last());
      n = readsAs(last, "death-of-two") ? Long.valueOf(2) : readsAs(last, "death-of-one") ? Long.valueOf(1) : null;
    }
    if (n == null && kill && (e.verb() && e.has("kill") || lethal && lex.is("lethal-verb", clitic(s.word(t.first()))))) {
      n = objectCount(s, t);
    }
    if (n == null) {
      return;
    }
    Draft target = nearest(drafts, s, t, displace);
    if (target == null || !displace && ofAList(target, drafts)) {
      return;
    }
    int v = (int) Math.min(Integer.MAX_VALUE, n);
    if (displace) {
      target.displaced = v;
    } else if (kill) {
      target.fatalities = target.fatalities == null ? v : Math.max(target.fatalities, v);
    } else {
      target.injured = target.injured == null ? v : Math.max(target.injured, v);
    }
  }

  /**
   * أودى بحياة 25 شخصا، راح ضحيتها خمسة مدنيين، حصد أرواح: idioms of killing. They count the dead of the event they
   * follow; they are no event of their own (a relative clause on an old massacre often carries them).
   */
  private List<Mentions.Trigger> idioms(SentenceAnalysis s) {
    List<Mentions.Trigger> out = new java.util.ArrayList<>();
    for (int k = 0; k + 1 < s.tokens().size(); k++) {
      if (lex.is("kill-idiom-object", s.tokens(), k + 1) && lex.isReading("kill-idiom-verb", s.tokens(), k)
          && !startsTrigger(s, k)) {
        out.add(new Mentions.Trigger(k, k + 1, KILL));
      }
    }
    // ما تسبب بمقتله، مما أدى إلى مقتلهما: the result of the event is a killing told with a pronoun (not منذ
    // استشهاده، تندد بإعدامه, which speak of a death told elsewhere)
    for (int k = 0; k < s.tokens().size(); k++) {
      if ((lex.isReading("death-of-one", s.tokens(), k) || lex.isReading("death-of-two", s.tokens(), k))
          && !s.inTrigger(k) && resultOf(s, k)) {
        out.add(new Mentions.Trigger(k, k, KILL));
      }
    }
    return out;
  }

  private boolean readsAs(String w, String wordClass) {
    return lex.isReading(wordClass, w);
  }

  /** اغتال، أعدم، إعدام، ذبح: acts that kill, though not casualty words (محاولة اغتيال did not). */
  private boolean lethal(SentenceAnalysis s, Mentions.Trigger t) {
    String w = clitic(s.word(t.first()));
    if (!lex.is("lethal-verb", w) && !lex.is("lethal-noun", w)) {
      return false;
    }
    for (int k = Math.max(0, t.first() - 2); k < t.first(); k++) {
      if (lex.is("failed-attempt", s.tokens(), k)) {
        return false;
      }
    }
    return true;
  }

  /** The word without a leading و or ف (واغتال، فأعدم). */
  private String clitic(String w) {
    for (String r : Clitics.readings(w)) {
      if (lex.is("lethal-verb", r) || lex.is("lethal-noun", r) || lex.is("casualty-one", r)
          || lex.is("casualty-two", r)) {
        return r;
      }
    }
    return w;
  }

  /**
   * نحو 10 شهداء وجرحى، سقط 100 بين قتيل وجريح: a count of the killed and the wounded together says nothing exact of
   * the dead.
   */
  private boolean killedAndWounded(SentenceAnalysis s, Mentions.Trigger t) {
    return lex.is("wounded-too", s.tokens(), skipQuotes(s, t.last() + 1, 1));
  }

  private static int skipQuotes(SentenceAnalysis s, int k, int step) {
    while (k >= 0 && k < s.tokens().size() && quote(s.tokens().get(k))) {
      k += step;
    }
    return k;
  }

  private static boolean quote(Token t) {
    return t.kind() == Token.Kind.PUNCT && "\"'«»“”„‘’".indexOf(t.text().charAt(0)) >= 0;
  }

  /**
   * ارتفعت حصيلة القتلى جراء القصف على المدينة إلى 27، ارتفع عدد الجرحى في المدينة إلى 40: a toll or a number of the
   * dead or wounded rises to the number after إلى, further on in its clause.
   */
  private Long updatedTo(SentenceAnalysis s, Mentions.Trigger t) {
    boolean toll = lex.is("toll-noun", s.tokens(), t.first()) || lex.is("toll-noun", s.tokens(), t.first() - 1);
    if (!toll) {
      return null;
    }
    for (int k = t.last() + 1; k < s.tokens().size() && k <= t.last() + 12; k++) {
      // ارتفع عدد القتلى منذ بداية الحملة إلى …: a running total of many events
      if (s.tokens().get(k).isClauseBreak() || s.word(k).equals("منذ")) {
        return null;
      }
      if (s.word(k).equals("الي")) {
        int j = k + 1;
        while (j < s.tokens().size() && SKIP.contains(s.word(j))) {
          j++;
        }
        NumberMatch n = numbers.read(s.tokens(), j);
        return n == null || n.vague() || isYear(n) ? null : n.value();
      }
    }
    return null;
  }

  /** إجمالي عدد قتلى معارك السبت، مجموع القتلى: the grand total of many events is no event's toll. */
  private boolean grandTotal(SentenceAnalysis s, Mentions.Trigger t) {
    for (int k = t.first() - 1; k >= 0 && k >= t.first() - 10 && !s.tokens().get(k).isClauseBreak(); k--) {
      if (readsAs(s.word(k), "total-of-many")) {
        return true;
      }
    }
    return false;
  }

  /** سقوط قتيل، خلفت قتيلين: a singular or dual casualty noun with no number in front counts one or two. */
  private Long countOfTheWord(SentenceAnalysis s, Mentions.Trigger t) {
    if (t.first() != t.last()) {
      return null;
    }
    String w = clitic(s.word(t.first()));
    int before = t.first() - 1;
    while (before >= 0 && SKIP.contains(s.word(before))) {
      before--;
    }
    NumberMatch n = before >= 0 ? numbers.read(s.tokens(), before) : null;
    if (n != null || before >= 0 && (s.tokens().get(before).isNumber() || numbers.isNumberWord(s.word(before)))) {
      return null;
    }
    if (lex.is("casualty-one", w)) {
      return 1L;
    }
    return lex.is("casualty-two", w) ? 2L : null;
  }

  /**
   * قتلت مقاتلات روسية، اليوم الاثنين، ما لا يقل عن 20 مدنيا؛ اغتال مسلحون مجهولون عنصرا سابقا: the victims of a
   * killing verb are its object, after the agent and a date: a number of people, or one person in the accusative.
   */
  private Long objectCount(SentenceAnalysis s, Mentions.Trigger t) {
    // the agent stands right after the verb: a named actor, قوات، طائرات، مسلحون، مسلحو التنظيم (not فيها، في)
    int a = skipQuotes(s, t.last() + 1, 1);
    String w = s.word(a);
    if (!s.inActor(a) && !lex.is("agent-head", w) && !lex.is("aircraft", w) && !(w.length() > 4 && w.endsWith("ون"))) {
      return null;
    }
    int end = Math.min(s.tokens().size(), t.last() + 1 + OBJECT_REACH);
    int from = a + 1;
    for (Mentions.Actor m : s.actors()) {
      if (m.first() <= a && a <= m.last()) {
        from = m.last() + 1;
      }
    }
    for (int k = from; k < end; k++) {
      Token tok = s.tokens().get(k);
      if (tok.kind() == Token.Kind.PUNCT && ".!?؟;؛:".indexOf(tok.text().charAt(0)) >= 0 || startsTrigger(s, k)) {
        return null;
      }
      if (s.inTime(k)) {
        continue;
      }
      NumberMatch n = numbers.read(s.tokens(), k);
      if (n != null) {
        if (n.vague()) {
          return null;
        }
        String next = s.word(n.lastToken() + 1);
        if (!isYear(n) && (people(next) || next.equals("من"))) {
          return n.value();
        }
        k = n.lastToken();
        continue;
      }
      if (lex.is("person-object", s.tokens(), k)) {
        return 1L;
      }
    }
    return null;
  }

  private boolean people(String w) {
    return lex.is("civilian", w) || lex.is("combatant", w) || lex.is("victim", w);
  }

  private static boolean startsTrigger(SentenceAnalysis s, int k) {
    for (Mentions.Trigger o : s.triggers()) {
      if (o.first() == k) {
        return true;
      }
    }
    return false;
  }




  /**
   * استشهد 5 مواطنين جراء قذائف على دير الزور وحمص ودرعا: the count of one event told at a list of three or more
   * places is their sum; none of them has it as its own.
   */
  private static boolean ofAList(Draft target, List<Draft> drafts) {
    Set<String> places = new java.util.HashSet<>();
    for (Draft d : drafts) {
      if (d.trigger == target.trigger && d.place != null) {
        places.add(d.place.id());
      }
    }
    return places.size() >= 3;
  }

  private Draft nearest(List<Draft> drafts, SentenceAnalysis s, Mentions.Trigger t, boolean displace) {
    // ما أدى إلى مقتل، مما أسفر عن سقوط، مخلفة قتيلا: the result names the dead of the event told before it
    boolean result = resultOf(s, t.first());
    Draft best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Draft d : drafts) {
      if ((d.subtype.type() == EventType.DISPLACEMENT) != displace) {
        continue;
      }
      int dist = Math.abs(d.trigger.first() - t.first()) + 20 * s.clauseDistance(d.trigger.first(), t.first());
      if (result && d.trigger.first() > t.last()) {
        dist += 100;
      }
      if (!displace && !lethal(d.subtype)) {
        // an arrest, a looting or talks kill nobody: a toll goes to the violent event of the sentence
        continue;
      }
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
  }

  /** ما أدى إلى، مما أسفر عن، مخلفة: a verb of result stands just before the word. */
  private boolean resultOf(SentenceAnalysis s, int first) {
    for (int k = Math.max(0, first - 3); k < first; k++) {
      if (lex.is("result-of", s.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an event of this sub-type can have dead of its own: not an arrest, a looting, an abduction or talks. */
  static boolean lethal(SubEventType t) {
    return !t.type().isExtension() && t.type() != EventType.STRATEGIC_DEVELOPMENTS
        && t != SubEventType.ABDUCTION;
  }

  /**
   * طفلان، مدنيان، عنصرين: the dual of a word for people counts two. A word in ين whose singular ends in ي (مدنيين)
   * is a plural.
   */
  private boolean dual(String w) {
    if (w.length() < 5 || !(w.endsWith("ان") || w.endsWith("ين"))) {
      return false;
    }
    String stem = w.substring(0, w.length() - 2);
    if (w.endsWith("ين") && stem.endsWith("ي")) {
      return false;
    }
    return lex.is("civilian", stem) || lex.is("combatant", stem) || lex.is("victim", stem);
  }

  /** The count after the word (مقتل 37 مدنيا) or before it (سبعة مدنيين قتلوا، ثلاثة من الجبهة قتلوا). */
  private Long count(SentenceAnalysis s, Mentions.Trigger t, boolean displace) {
    // ما لا يقل عن، أكثر من: the words of approximation do not use up the reach
    int reach = displace ? 12 : 8;
    int next = skipQuotes(s, t.last() + 1, 1);
    for (int k = t.last() + 1; k < s.tokens().size() && k <= t.last() + reach; k++) {
      if (s.tokens().get(k).isClauseBreak() && !displace) {
        break;
      }
      if (!displace && quote(s.tokens().get(k))) {
        continue;
      }
      NumberMatch n = numbers.read(s.tokens(), k);
      if (n != null) {
        return n.vague() || isYear(n) ? null : displace ? n.value() : n.value() + coordinated(s, n);
      }
      if (dual(s.word(k))) {
        return 2L;
      }
      // مقتل مدنيين اثنين، قتل عناصر ثلاثة: the number after the people it counts
      if (k == next && !displace && (lex.is("civilian", s.tokens(), k) || lex.is("combatant", s.tokens(), k))) {
        NumberMatch after = numbers.read(s.tokens(), k + 1);
        if (after != null && !after.vague() && !isYear(after)) {
          return after.value();
        }
      }
      // مقتل شخص، استشهد طفل، قتل مدني، مقتل الشاب: one person named in the singular right after the word
      if (k == next && !displace && lex.is("person-singular", Clitics.withoutArticle(s.word(k)))
          && numbers.read(s.tokens(), k + 1) == null) {
        return 1L;
      }
      if (!displace && !SKIP.contains(s.word(k))) {
        break;
      }
    }
    for (int k = t.first() - 1; k >= 0 && k >= t.first() - 6; k--) {
      NumberMatch n = numbers.read(s.tokens(), k);
      if (n != null && n.lastToken() < t.first()) {
        boolean people = lex.is("civilian", s.tokens(), n.lastToken() + 1) || lex.is("combatant", s.tokens(), n.lastToken() + 1)
            || s.word(n.lastToken() + 1).equals("من") || n.lastToken() + 1 == t.first();
        return people && !n.vague() && !isYear(n) ? n.value() : null;
      }
    }
    return null;
  }

  /**
   * مقتل 36 من قوات النظام و25 من الفصائل، مقتل 3 أطفال و4 نساء: counts of several groups joined by و add up. Each
   * one names its people (a people word or من) and no other event word stands between them.
   */
  private long coordinated(SentenceAnalysis s, NumberMatch first) {
    long sum = 0;
    int k = first.lastToken() + 1;
    if (!countsPeople(s, first)) {
      return 0;
    }
    int limit = Math.min(s.tokens().size(), k + 8);
    while (k < limit) {
      Token tok = s.tokens().get(k);
      if (tok.isClauseBreak() || startsTrigger(s, k) || lex.is("wounded-too", s.tokens(), k)) {
        return sum;
      }
      if (s.word(k).equals("و") || s.word(k).length() > 3 && s.word(k).startsWith("و")
          && numbers.read(s.tokens(), k) != null) {
        NumberMatch n = numbers.read(s.tokens(), s.word(k).equals("و") ? k + 1 : k);
        if (n == null || n.vague() || isYear(n) || !countsPeople(s, n)) {
          return sum;
        }
        sum += n.value();
        k = n.lastToken() + 1;
        limit = Math.min(s.tokens().size(), k + 8);
        continue;
      }
      if (s.tokens().get(k).isNumber() || numbers.read(s.tokens(), k) != null) {
        return sum;
      }
      k++;
    }
    return sum;
  }

  private boolean countsPeople(SentenceAnalysis s, NumberMatch n) {
    String next = s.word(n.lastToken() + 1);
    if (next.equals("من")) {
      return true;
    }
    String w = Clitics.withoutArticle(next);
    return people(next) || people(w) || lex.is("casualty-one", w) || next.equals("قتلي") || next.equals("شهداء");
  }

  private static boolean isYear(NumberMatch n) {
    return n.value() >= 1900 && n.value() <= 2100;
  }
}

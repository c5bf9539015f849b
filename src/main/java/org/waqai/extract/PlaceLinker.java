package org.waqai.extract;

import java.util.ArrayList;
import java.util.List;
import org.waqai.model.EventType;
import org.waqai.model.PlaceRef;

/**
 * Chooses where an event happened: the place after the trigger in its clause, else before it, else elsewhere in the
 * sentence; a list of places (طيبة الإمام وحلفايا وصوران، بينها …) gives one event per place; an anaphor (في
 * المنطقة) or silence leaves the place to the article's discourse.
 */
final class PlaceLinker {
  /** The score a coarse place loses to a finer place of its governorate in the sentence. */
  private static final int COARSER = 15;
  private final Lexicon lex;

  PlaceLinker(Lexicon lex) {
    this.lex = lex;
  }

  List<Draft> link(Draft d, SentenceAnalysis s, List<PlaceRef> resolved, Discourse disc) {
    int t = d.trigger.first();
    int chosen = -1;
    int bestScore = Integer.MAX_VALUE;
    for (int i = 0; i < s.places().size(); i++) {
      PlaceMention m = s.places().get(i);
      if (resolved.get(i) == null || s.sources().get(m.first())) {
        continue;
      }
      boolean after = m.first() > d.trigger.last();
      int clauses = s.clauseDistance(m.first(), t);
      if (clauses > 3 || clauses > 2 && !after) {
        continue;
      }
      int dist = after ? m.first() - d.trigger.last() : 2 * (t - m.last()) + 2;
      int score = dist + 12 * clauses + (finerNamed(s, resolved, i, t) ? COARSER : 0);
      if (score < bestScore) {
        bestScore = score;
        chosen = i;
      }
    }
    List<Draft> out = new ArrayList<>();
    int back = kindAnaphor(s, d);
    if (back >= 0 && (chosen < 0 || bestScore > 40 || !s.sameClause(s.places().get(chosen).first(), t))) {
      // اقتحم المسلحون المناطق الشرقية للبلدة، تقاتل داخل المدينة: the clause's place is the town named before
      String kind = lex.is("anaphoric-city", s.tokens(), back) ? "city" : s.word(back).contains("بلد") ? "town" : "village";
      int antecedent = antecedent(s, resolved, back, kind);
      if (antecedent >= 0) {
        out.add(d.copyWithPlace(resolved.get(antecedent)));
        return out;
      }
      d.anaphorKind = kind;
      chosen = -1;
    }
    if (chosen >= 0 && !s.sameClause(s.places().get(chosen).first(), t) && anaphor(s, d)
        && !lex.is("list-intro", s.tokens(), s.places().get(chosen).first() - 1)) {
      chosen = -1;
    }
    if (chosen < 0 || bestScore > 40) {
      if (d.subtype.type() == EventType.DIPLOMACY) {
        return out;
      }
      d.placeInherited = true;
      // a toll far from the places (… ما أدى لمقتل العشرات) counts the victims of the event told before it
      if (chosen >= 0 && !d.trigger.entry().isCasualty()) {
        PlaceRef far = resolved.get(refine(s, resolved, inner(s, resolved, chosen, d.trigger.first())));
        d.farPlace = far.precision().isFine() ? far : null;
      }
      out.add(d);
      return out;
    }
    chosen = refine(s, resolved, inner(s, resolved, chosen, d.trigger.first()));
    // أسفرت الاشتباكات عن سيطرة الفصائل على قرى A وB: the list is the object of the capture told between them
    int placeAt = s.places().get(chosen).first();
    boolean otherBetween = s.triggers().stream().anyMatch(o -> o != d.trigger && o.first() > d.trigger.last()
        && o.first() < placeAt && o.entry().has("territory") && !d.trigger.entry().has("territory"));
    List<Integer> members = otherBetween ? List.of(chosen) : list(s, resolved, chosen);
    boolean governorates = members.size() > 1 && members.stream().allMatch(i -> governorateOf(s.places().get(i)) != null);
    for (int i : members) {
      PlaceRef p = resolved.get(i);
      PlaceEntry g = governorates ? governorateOf(s.places().get(i)) : null;
      out.add(d.copyWithPlace(g == null || p.precision() != org.waqai.model.Precision.TOWN ? p
          : new PlaceRef(g.id(), g.name(), p.text(), g.lat(), g.lon(), g.admin1(), g.precision(), p.span())));
    }
    return out;
  }

  /**
   * في دمشق حول المنطقة الصناعية في جوبر: a chain of places, each inside the one before, names the finest; the
   * event is at the last link. Places joined by و are a list, not a chain.
   */
  private static int refine(SentenceAnalysis s, List<PlaceRef> resolved, int chosen) {
    int cur = chosen;
    for (int i = chosen + 1; i < s.places().size(); i++) {
      PlaceMention m = s.places().get(i);
      PlaceRef p = resolved.get(i);
      PlaceRef c = resolved.get(cur);
      if (p == null || m.first() - s.places().get(cur).last() > 6 || !s.sameClause(m.first(), s.places().get(cur).last())
          || s.word(m.first()).startsWith("و")) {
        break;
      }
      if (c.admin1().equals(p.admin1()) && p.precision().compareTo(c.precision()) < 0) {
        cur = i;
      }
    }
    return cur;
  }

  /**
   * أهالي مدينة معرة النعمان في ريف إدلب … في مظاهرات: a place chosen before the trigger that only locates the finer
   * place just before it (الحي في المدينة، القرية في الريف) gives way to that finer place.
   */
  private static int inner(SentenceAnalysis s, List<PlaceRef> resolved, int chosen, int trigger) {
    PlaceMention m = s.places().get(chosen);
    if (chosen == 0 || m.first() > trigger) {
      return chosen;
    }
    PlaceMention prev = s.places().get(chosen - 1);
    PlaceRef p = resolved.get(chosen - 1);
    PlaceRef c = resolved.get(chosen);
    if (p == null || m.first() - prev.last() > 3 || !s.sameClause(prev.last(), m.first()) || s.word(m.first()).startsWith("و")
        || !c.admin1().equals(p.admin1()) || p.precision().compareTo(c.precision()) >= 0) {
      return chosen;
    }
    return chosen - 1;
  }

  /**
   * خرج أهالي مدينة معرة النعمان في ريف إدلب في مظاهرات ضد جبهة النصرة المسيطرة على أراضي محافظة إدلب: a governorate
   * or a region is a worse guess than a town of the same governorate the sentence names within the trigger's reach.
   */
  private static boolean finerNamed(SentenceAnalysis s, List<PlaceRef> resolved, int i, int t) {
    PlaceRef p = resolved.get(i);
    if (p.precision().isFine() || p.admin1() == null || s.places().get(i).isUnknown()) {
      return false;
    }
    for (int j = 0; j < s.places().size(); j++) {
      PlaceRef o = resolved.get(j);
      PlaceMention m = s.places().get(j);
      String before = s.word(m.first() - 1);
      // منطقة منبج is the Manbij area, no finer than a region
      boolean area = before.endsWith("منطقة") || before.endsWith("منطقه");
      if (o != null && o.precision().isFine() && p.admin1().equals(o.admin1()) && !s.sources().get(m.first())
          && !area && s.clauseDistance(m.first(), t) <= 2) {
        return true;
      }
    }
    return false;
  }

  /** The token of المدينة / البلدة / القرية (with its clitics) in the trigger's clause, or -1. */
  private int kindAnaphor(SentenceAnalysis s, Draft d) {
    for (int k = 0; k < s.tokens().size(); k++) {
      if (s.sameClause(k, d.trigger.first()) && (k < d.trigger.first() || k > d.trigger.last())
          && (lex.is("anaphoric-city", s.tokens(), k) || lex.is("anaphoric-town", s.tokens(), k)) && !names(s, k)) {
        return k;
      }
    }
    return -1;
  }

  /** المدينة الصناعية، بلدة X: the word is part of, or the kind word of, a place the sentence names. */
  private static boolean names(SentenceAnalysis s, int k) {
    for (PlaceMention m : s.places()) {
      if (m.first() <= k + 1 && m.last() >= k) {
        return true;
      }
    }
    return false;
  }

  /** The last place before token {@code at} that is a city, a town or a village as {@code kind} says; -1 if none. */
  static int antecedent(SentenceAnalysis s, List<PlaceRef> resolved, int at, String kind) {
    int settlement = -1;
    for (int i = s.places().size() - 1; i >= 0; i--) {
      PlaceMention m = s.places().get(i);
      PlaceRef p = resolved.get(i);
      if (m.last() >= at || p == null || m.isRegionExpression() || s.sources().get(m.first())) {
        continue;
      }
      if (fits(s, m, p, kind)) {
        return i;
      }
      if (settlement < 0 && !m.isUnknown() && p.precision() == org.waqai.model.Precision.TOWN) {
        settlement = i;
      }
    }
    // احتدمت المعارك في القصير … دمر أجزاء من المدينة: within one sentence, any town named before
    return settlement;
  }

  /**
   * مدينة X or a city for المدينة; بلدة X or a town for البلدة; قرية X or a village for القرية (a village the gazetteer
   * lacks too: قرية السمرا … في محيط القرية).
   */
  static boolean fits(SentenceAnalysis s, PlaceMention m, PlaceRef p, String kind) {
    String w = s.word(m.first() - 1);
    String cue = w.contains("مدين") ? "city" : w.contains("بلد") ? "town" : w.contains("قري") || w.contains("قرى")
        ? "village" : null;
    if (cue != null || m.isUnknown()) {
      return kind.equals(cue);
    }
    for (PlaceEntry e : m.candidates()) {
      if (e.id().equals(p.id())) {
        return e.kind().equals(kind);
      }
    }
    return kind.isEmpty();
  }

  /** أطراف الحي، في المنطقة: the clause points back to a place already named. */
  private boolean anaphor(SentenceAnalysis s, Draft d) {
    for (int k = d.trigger.last() + 1; k < s.tokens().size() && s.sameClause(k, d.trigger.first()); k++) {
      if (lex.is("anaphoric-place", s.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /** في الرقة وحلب: a list of governorate capitals names the governorates. */
  private static PlaceEntry governorateOf(PlaceMention m) {
    if (m.isRegionExpression()) {
      return null;
    }
    return m.candidates().stream().filter(e -> e.kind().equals("governorate")).findFirst().orElse(null);
  }

  /**
   * The chosen place and the places listed with it, or the list introduced after it by بينها / منها; an introduced
   * place that is itself vaguer than a town may introduce the list in turn (المناطق جنوب المدينة، وهي قرى ريف حماة
   * الشمالي، أبرزها A وB).
   */
  private List<Integer> list(SentenceAnalysis s, List<PlaceRef> resolved, int chosen) {
    int cur = chosen;
    for (int hop = 0; hop < 3; hop++) {
      int next = introduced(s, cur);
      if (next < 0) {
        break;
      }
      cur = next;
      if (resolved.get(cur) == null || resolved.get(cur).precision().isFine()) {
        break;
      }
    }
    return members(s, cur);
  }

  /** The first place of a list introduced by بينها / منها / أبرزها right after the place {@code at}; -1 if none. */
  private int introduced(SentenceAnalysis s, int at) {
    List<PlaceMention> ps = s.places();
    for (int k = ps.get(at).last() + 1; k < s.tokens().size() && k <= ps.get(at).last() + 6; k++) {
      if (lex.is("list-intro", s.tokens(), k)) {
        for (int i = at + 1; i < ps.size(); i++) {
          if (ps.get(i).first() > k && ps.get(i).first() <= k + 3) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The places listed from {@code first} on: joined by و or a comma, also across the words lists carry between their
   * members (an adjective such as الاستراتيجي، a kind word such as ومنطقة or وبلدات، بالإضافة إلى، وصولا إلى).
   */
  private List<Integer> members(SentenceAnalysis s, int first) {
    List<Integer> out = new ArrayList<>();
    out.add(first);
    List<PlaceMention> ps = s.places();
    for (int i = first + 1; i < ps.size(); i++) {
      PlaceMention prev = ps.get(i - 1);
      PlaceMention cur = ps.get(i);
      if (!joined(s, prev.last(), cur.first())) {
        break;
      }
      out.add(i);
    }
    return out;
  }

  private boolean joined(SentenceAnalysis s, int prevLast, int curFirst) {
    int gap = curFirst - prevLast;
    if (gap == 1) {
      return s.word(curFirst).startsWith("و");
    }
    if (gap > 5) {
      return false;
    }
    boolean link = s.word(curFirst).startsWith("و");
    for (int k = prevLast + 1; k < curFirst; k++) {
      String w = s.word(k);
      if (lex.is("list-joiner", w)) {
        link = true;
      } else if (lex.is("list-filler", w) || lex.is("list-kind", w) || adjective(w)) {
        // وقرى، والاستراتيجية: a kind word or an adjective with و continues the list
        link |= w.startsWith("و");
      } else {
        return false;
      }
    }
    return link;
  }

  /** الاستراتيجي، الشرقية، المحاذية: a relational adjective inside a list, not a break in it. */
  private static boolean adjective(String w) {
    return w.startsWith("ال") && w.length() > 4 && (w.endsWith("ي") || w.endsWith("يه"));
  }

}

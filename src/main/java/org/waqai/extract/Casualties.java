package org.waqai.extract;

import java.util.List;
import java.util.Set;
import org.waqai.model.EventType;
import org.waqai.text.ArabicNumbers;
import org.waqai.text.Clitics;
import org.waqai.text.NumberMatch;

/**
 * Reads killed, injured and displaced counts next to casualty words (مقتل 37، سبعة مدنيين قتلوا، فرار 10 آلاف مدني)
 * and gives them to the event of the same clause, or of the sentence when it has one event.
 */
final class Casualties {
  private static final Set<String> SKIP = Set.of("اكثر", "من", "نحو", "قرابه", "حوالي", "ما", "لا", "يقل", "عن",
      "زهاء", "اقل", "الاقل", "علي", "يزيد");

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
      TriggerEntry e = t.entry();
      boolean displace = e.has("displace");
      if (!e.isCasualty() && !displace) {
        continue;
      }
      Long n = count(s, t, displace);
      if (n == null) {
        continue;
      }
      Draft target = nearest(drafts, s, t, displace);
      if (target == null) {
        continue;
      }
      int v = (int) Math.min(Integer.MAX_VALUE, n);
      if (displace) {
        target.displaced = v;
      } else if (e.has("kill")) {
        target.fatalities = target.fatalities == null ? v : Math.max(target.fatalities, v);
      } else {
        target.injured = target.injured == null ? v : Math.max(target.injured, v);
      }
    }
  }

  private static Draft nearest(List<Draft> drafts, SentenceAnalysis s, Mentions.Trigger t, boolean displace) {
    Draft best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Draft d : drafts) {
      if ((d.subtype.type() == EventType.DISPLACEMENT) != displace) {
        continue;
      }
      int dist = Math.abs(d.trigger.first() - t.first()) + 20 * s.clauseDistance(d.trigger.first(), t.first());
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
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
    int reach = displace ? 12 : 3;
    for (int k = t.last() + 1; k < s.tokens().size() && k <= t.last() + reach; k++) {
      if (s.tokens().get(k).isClauseBreak() && !displace) {
        break;
      }
      NumberMatch n = numbers.read(s.tokens(), k);
      if (n != null) {
        return n.vague() || isYear(n) ? null : n.value();
      }
      if (dual(s.word(k))) {
        return 2L;
      }
      // مقتل مدنيين اثنين، قتل عناصر ثلاثة: the number after the people it counts
      if (k == t.last() + 1 && !displace && (lex.is("civilian", s.word(k)) || lex.is("combatant", s.word(k)))) {
        NumberMatch after = numbers.read(s.tokens(), k + 1);
        if (after != null && !after.vague() && !isYear(after)) {
          return after.value();
        }
      }
      // مقتل شخص، استشهد طفل، قتل مدني، مقتل الشاب: one person named in the singular right after the word
      if (k == t.last() + 1 && !displace && lex.is("person-singular", Clitics.withoutArticle(s.word(k)))
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
        boolean people = lex.is("civilian", s.word(n.lastToken() + 1)) || lex.is("combatant", s.word(n.lastToken() + 1))
            || s.word(n.lastToken() + 1).equals("من") || n.lastToken() + 1 == t.first();
        return people && !n.vague() && !isYear(n) ? n.value() : null;
      }
    }
    return null;
  }

  private static boolean isYear(NumberMatch n) {
    return n.value() >= 1900 && n.value() <= 2100;
  }
}

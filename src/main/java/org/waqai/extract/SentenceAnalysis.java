package org.waqai.extract;

import java.util.BitSet;
import java.util.List;
import org.waqai.text.Sentence;
import org.waqai.text.Token;

/**
 * Everything the recognisers found in one sentence. Token offsets are into the article's normalised text.
 *
 * @param sentence the sentence
 * @param tokens its tokens
 * @param clause the clause number of each token (clauses end at commas, semicolons, colons and brackets)
 * @param actors actor mentions
 * @param places place expressions
 * @param triggers event triggers
 * @param cues negation, hedge, source, status and background cues
 * @param modifiers remote-violence modifiers
 * @param times resolved temporal expressions
 * @param sources tokens that name a source (وفق المرصد), never an actor
 */
public record SentenceAnalysis(
    Sentence sentence,
    List<Token> tokens,
    int[] clause,
    List<Mentions.Actor> actors,
    List<PlaceMention> places,
    List<Mentions.Trigger> triggers,
    List<Mentions.Cue> cues,
    List<Mentions.Modifier> modifiers,
    List<TimeMention> times,
    BitSet sources) {

  /** The same analysis without one temporal expression (a dateline dates the report, not its events). */
  public SentenceAnalysis withoutTime(TimeMention t) {
    List<TimeMention> rest = new java.util.ArrayList<>(times);
    rest.remove(t);
    return new SentenceAnalysis(sentence, tokens, clause, actors, places, triggers, cues, modifiers, List.copyOf(rest),
        sources);
  }

  /** Token {@code k} lies inside a time expression. */
  public boolean inTime(int k) {
    for (TimeMention t : times) {
      if (t.first() <= k && k <= t.last()) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} lies inside an actor mention. */
  public boolean inActor(int k) {
    for (Mentions.Actor a : actors) {
      if (a.first() <= k && k <= a.last()) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code k} lies inside a trigger. */
  public boolean inTrigger(int k) {
    for (Mentions.Trigger t : triggers) {
      if (t.first() <= k && k <= t.last()) {
        return true;
      }
    }
    return false;
  }

  public boolean sameClause(int a, int b) {
    return clause[a] == clause[b];
  }

  /** Number of clause breaks between two tokens. */
  public int clauseDistance(int a, int b) {
    return Math.abs(clause[a] - clause[b]);
  }

  public String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
  }
}

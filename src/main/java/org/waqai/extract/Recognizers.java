package org.waqai.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.waqai.text.Sentence;
import org.waqai.text.Token;
import org.waqai.text.Tokenizer;

/**
 * Runs every recogniser over one sentence: actors first (their names may contain place or trigger words: قوات سوريا
 * الديمقراطية، هيئة تحرير الشام), then places and triggers on the remaining tokens, then cues, modifiers and times.
 */
public final class Recognizers {
  private final ActorRegistry actors;
  private final Lexicon lexicon;
  private final PlaceRecognizer places;
  private final TemporalResolver times;
  private final Tokenizer tokenizer = new Tokenizer();

  public Recognizers(ActorRegistry actors, Gazetteer gazetteer, Lexicon lexicon) {
    this.actors = actors;
    this.lexicon = lexicon;
    this.places = new PlaceRecognizer(gazetteer, lexicon);
    this.times = new TemporalResolver();
  }

  public SentenceAnalysis analyse(String normalised, Sentence s, java.time.LocalDate ref) {
    return analyse(s, tokenizer.tokenize(normalised, s.start(), s.end()), ref);
  }

  /** {@link #analyse(String, Sentence, java.time.LocalDate)} of a sentence already tokenised. */
  public SentenceAnalysis analyse(Sentence s, List<Token> sentenceTokens, java.time.LocalDate ref) {
    List<Token> tokens = CodedTokens.of(sentenceTokens);
    int[] clause = new int[tokens.size()];
    int c = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isClauseBreak()) {
        c++;
      }
      clause[i] = c;
    }
    BitSet claimed = new BitSet();
    List<Mentions.Actor> actorMentions = new ArrayList<>();
    for (PhraseMatcher.Match<ActorEntry> m : actors.aliases().findAll(tokens)) {
      actorMentions.add(new Mentions.Actor(m.first(), m.last(), m.values(), false));
      claimed.set(m.first(), m.last() + 1);
    }
    backers(tokens, actorMentions);
    // عين العرب الحدودية مع تركيا، معبرها الحدودي مع تركيا: a country a place borders names no side
    actorMentions.removeIf(a -> a.first() >= 2 && tokens.get(a.first() - 1).text().equals("مع")
        && lexicon.is("border", tokens.get(a.first() - 2).text()));
    List<Mentions.Cue> cues = new ArrayList<>();
    for (PhraseMatcher.Match<CueKind> m : lexicon.cues().findAll(tokens)) {
      cues.add(new Mentions.Cue(m.first(), m.last(), m.values().get(0)));
    }
    List<TimeMention> timeMentions = times.find(tokens, ref);
    BitSet timeTokens = new BitSet();
    for (TimeMention t : timeMentions) {
      timeTokens.set(t.first(), t.last() + 1);
    }
    BitSet placeClaimed = (BitSet) claimed.clone();
    placeClaimed.or(timeTokens);
    List<PlaceMention> placeMentions = places.find(tokens, placeClaimed);
    for (PlaceMention p : placeMentions) {
      claimed.set(p.first(), p.last() + 1);
    }
    claimed.or(timeTokens);
    List<Mentions.Trigger> triggers = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (claimed.get(i)) {
        continue;
      }
      PhraseMatcher.Match<TriggerEntry> m = lexicon.triggers().longestAt(tokens, i, claimed);
      if (m != null) {
        triggers.add(new Mentions.Trigger(m.first(), m.last(), m.values().get(0)));
        i = m.last();
      }
    }
    List<Mentions.Modifier> modifiers = new ArrayList<>();
    for (PhraseMatcher.Match<Lexicon.Modifier> m : lexicon.modifiers().findAll(tokens)) {
      modifiers.add(new Mentions.Modifier(m.first(), m.last(), m.values().get(0)));
    }
    addAdjectives(tokens, triggers, actorMentions);
    return new SentenceAnalysis(s, tokens, clause, actorMentions, placeMentions, triggers, cues, modifiers,
        timeMentions, sources(tokens));
  }

  /**
   * الفصائل المدعومة من تركيا، قسد المدعومة من التحالف: the backer named after a group is no party to what the group
   * does (neither its ally in the sentence nor the other side), so its mention is dropped; Syrian opposition factions
   * backed by Turkey are the Syrian National Army (its pre-2017 factions before it existed).
   */
  private void backers(List<Token> tokens, List<Mentions.Actor> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      Mentions.Actor a = out.get(i);
      int k = a.last() + 1;
      // فصائل الجيش الحر -بدعم واسع من الجيش التركي- على: the backing phrase, maybe set off by a dash or bracket
      if (k < tokens.size() && "-–(".indexOf(tokens.get(k).text().charAt(0)) >= 0) {
        k++;
      }
      if (k >= tokens.size()) {
        continue;
      }
      boolean backing = lexicon.is("backing", tokens.get(k).text());
      if (!backing && (k != a.last() + 1 || !lexicon.is("backed", tokens.get(k).text()))) {
        continue;
      }
      int j = k + 1;
      // بدعم واسع من، بدعم جوي من: one qualifying word may stand between the backing noun and من
      if (backing && j + 1 < tokens.size() && tokens.get(j).isWord() && !lexicon.is("backed-by", tokens.get(j).text())
          && lexicon.is("backed-by", tokens.get(j + 1).text())) {
        j++;
      }
      while (j < tokens.size() && j <= k + 3 && lexicon.is("backed-by", tokens.get(j).text())) {
        j++;
      }
      Mentions.Actor b = out.get(i + 1);
      if (b.first() != j) {
        continue;
      }
      out.remove(i + 1);
      boolean opposition = a.candidates().stream().anyMatch(e -> "opposition-rebels".equals(e.key())
          || "fsa".equals(e.key()));
      boolean turkey = b.candidates().stream().anyMatch(e -> "turkey-forces".equals(e.key()));
      if (opposition && turkey) {
        out.set(i, new Mentions.Actor(a.first(), a.last(), actors.turkishBackedFactions(), false));
      }
    }
  }

  /** غارات روسية، الطيران السوري والروسي: nationality adjectives right after an attack word or an actor. */
  private void addAdjectives(List<Token> tokens, List<Mentions.Trigger> triggers, List<Mentions.Actor> out) {
    List<Integer> anchors = new ArrayList<>();
    for (Mentions.Trigger t : triggers) {
      anchors.add(t.last());
    }
    for (Mentions.Actor a : out) {
      anchors.add(a.last());
    }
    // طائرات حربية روسية، مقاتلات تركية: an aircraft or gun word names no actor, its nationality adjective does
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      // the clitic readings only for a word that may carry a proclitic: this runs on every token
      if (lexicon.is("aircraft", tokens, i) || !w.isEmpty() && "وفبلك".indexOf(w.charAt(0)) >= 0
          && lexicon.isReading("aircraft", tokens, i)) {
        anchors.add(i);
      }
    }
    List<Mentions.Actor> found = new ArrayList<>();
    for (int anchor : anchors) {
      int k = anchor + 1;
      while (k < tokens.size() && k <= anchor + 4) {
        PhraseMatcher.Match<String> m = actors.adjectives().longestAt(tokens, k);
        if (m == null) {
          String w = tokens.get(k).text();
          // قصف صاروخي إسرائيلي، غارات جوية روسية: a weapon adjective may stand before the nationality
          boolean weaponAdjective = k == anchor + 1 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يا"));
          if (!weaponAdjective && (!w.startsWith("ال") || found.isEmpty())) {
            break;
          }
          k++;
          continue;
        }
        List<ActorEntry> rows = new ArrayList<>();
        for (String id : m.values().get(0).split("\\|")) {
          rows.addAll(actors.rows(id));
        }
        int first = m.first();
        if (!rows.isEmpty() && out.stream().noneMatch(a -> a.first() <= first && first <= a.last())
            && found.stream().noneMatch(a -> a.first() == first)) {
          found.add(new Mentions.Actor(m.first(), m.last(), rows, true));
        }
        k = m.last() + 1;
      }
    }
    out.addAll(found);
    out.sort((x, y) -> Integer.compare(x.first(), y.first()));
  }

  /** Tokens after وفق، بحسب، نقلا عن up to the next clause break: they name who reports. */
  private BitSet sources(List<Token> tokens) {
    BitSet out = new BitSet();
    for (int i = 0; i < tokens.size(); i++) {
      if (!lexicon.is("source-prep", tokens, i)) {
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && j <= i + 6 && !tokens.get(j).isClauseBreak()) {
        j++;
      }
      out.set(i, j);
    }
    return out;
  }
}

package org.waqai.extract;

/** What a cue word does to the events around it; see {@code lexicon/cues.tsv}. */
public enum CueKind {
  NEGATION_STRONG,
  NEGATION,
  HEDGE,
  INTENT,
  SOURCE,
  STATUS,
  BACKGROUND,
  QUESTION;

  static CueKind parse(String s) {
    return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}

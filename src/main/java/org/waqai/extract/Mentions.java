package org.waqai.extract;

import java.util.List;

/** The token-level mentions the recognisers find in a sentence (places and times have their own records). */
public final class Mentions {
  private Mentions() {}

  /** An actor name: tokens [first, last], the registry rows it may stand for, and whether it is an adjective. */
  public record Actor(int first, int last, List<ActorEntry> candidates, boolean adjective) {}

  /** A trigger word or phrase. */
  public record Trigger(int first, int last, TriggerEntry entry) {}

  /** A cue word or phrase. */
  public record Cue(int first, int last, CueKind kind) {}

  /** A modifier of remote violence. */
  public record Modifier(int first, int last, Lexicon.Modifier modifier) {}
}

package org.waqai.model;

import java.util.Objects;

/**
 * An actor as the event names it: the registry identity valid at the event's date and the mention it came from.
 *
 * @param id the registry row's id (stable, never null)
 * @param key the vocabulary key, or null for an actor outside the vocabulary
 * @param name the English name
 * @param inter the ACLED interaction code (1 state forces … 8 external forces), 0 when unknown
 * @param text the mention as written in the original text; null when the sentence does not name the actor and the
 *     extractor inferred it from the rest of the article (see {@link #inferred()})
 * @param span where the mention stands in the original text; null with {@code text}
 */
public record ActorRef(String id, String key, String name, int inter, String text, Span span) {
  public ActorRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /**
   * True when no mention stands behind the actor: the sentence names one side of a battle or bombardment and the
   * other was taken from the article (the other side of its last fight, or the opponent it names most often).
   */
  public boolean inferred() {
    return text == null;
  }

  /** The identity without the mention, for comparing actors across sentences. */
  public String identity() {
    return key != null ? key : id;
  }
}

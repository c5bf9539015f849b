package org.waqai.model;

import java.util.Objects;

/**
 * An actor as the event names it: the registry identity valid at the event's date and the mention it came from.
 *
 * @param id the registry row's id (stable, never null)
 * @param key the vocabulary key, or null for an actor outside the vocabulary
 * @param name the English name
 * @param inter the ACLED interaction code (1 state forces … 8 external forces), 0 when unknown
 * @param text the mention as written in the original text
 * @param span where the mention stands in the original text
 */
public record ActorRef(String id, String key, String name, int inter, String text, Span span) {
  public ActorRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** The identity without the mention, for comparing actors across sentences. */
  public String identity() {
    return key != null ? key : id;
  }
}

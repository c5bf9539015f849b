package org.waqai.model;

import java.util.Objects;

/**
 * The sentence an event was read from.
 *
 * @param span the sentence's offsets in the original text
 * @param sentence the sentence exactly as in the original text
 * @param trigger the offsets of the word that signalled the event
 */
public record Evidence(Span span, String sentence, Span trigger) {
  public Evidence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
  }
}

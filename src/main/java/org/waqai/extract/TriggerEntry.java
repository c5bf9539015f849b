package org.waqai.extract;

import java.util.Set;
import org.waqai.model.SubEventType;

/**
 * A trigger word's reading: the sub-type it signals by default, whether it is a verb, and its flags (see
 * {@code lexicon/triggers.tsv}).
 */
public record TriggerEntry(SubEventType subtype, boolean verb, Set<String> flags) {
  public TriggerEntry {
    // literal flag names are asked for (has("kill")): interned, a set's look-up ends with a reference check
    flags = Set.copyOf(flags.stream().map(String::intern).toList());
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }

  /** Casualty and displacement words give counts and only stand alone when nothing else is in the clause. */
  public boolean isCasualty() {
    return has("kill") || has("injure");
  }
}

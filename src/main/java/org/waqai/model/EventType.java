package org.waqai.model;

/** ACLED's six event types plus the two extension types of this project. */
public enum EventType {
  BATTLES("Battles"),
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  PROTESTS("Protests"),
  RIOTS("Riots"),
  STRATEGIC_DEVELOPMENTS("Strategic developments"),
  DISPLACEMENT("Displacement"),
  DIPLOMACY("Diplomacy");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The type spelled exactly as ACLED spells it. */
  public String label() {
    return label;
  }

  /** True for the types this project adds to ACLED's taxonomy. */
  public boolean isExtension() {
    return this == DISPLACEMENT || this == DIPLOMACY;
  }

  public static EventType fromLabel(String label) {
    for (EventType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown event type: " + label);
  }
}

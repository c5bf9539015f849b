package org.waqai.model;

/** ACLED's sub-event types, each under its event type, plus the extension sub-types. */
public enum SubEventType {
  ARMED_CLASH(EventType.BATTLES, "Armed clash"),
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
  SHELLING_ARTILLERY_MISSILE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
  SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
  REMOTE_EXPLOSIVE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
  CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
  GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
  ABDUCTION(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
  PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
  EXCESSIVE_FORCE(EventType.PROTESTS, "Excessive force against protesters"),
  VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
  MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
  CHANGE_TO_GROUP(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
  HEADQUARTERS_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
  LOOTING(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
  NON_VIOLENT_TRANSFER(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
  OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other"),
  DISPLACEMENT(EventType.DISPLACEMENT, "Displacement"),
  TALKS(EventType.DIPLOMACY, "Talks"),
  STATEMENT(EventType.DIPLOMACY, "Statement");

  private final EventType type;
  private final String label;

  SubEventType(EventType type, String label) {
    this.type = type;
    this.label = label;
  }

  public EventType type() {
    return type;
  }

  /** The sub-event type spelled exactly as ACLED spells it. */
  public String label() {
    return label;
  }

  /** Looks a sub-type up by its ACLED spelling or by its enum name. */
  public static SubEventType parse(String s) {
    for (SubEventType t : values()) {
      if (t.label.equals(s) || t.name().equals(s)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown sub-event type: " + s);
  }
}

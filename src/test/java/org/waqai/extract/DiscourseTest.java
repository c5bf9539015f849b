package org.waqai.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The other side of a fight inferred from what the whole article names (Discourse.mainOpponentOf). */
class DiscourseTest {
  private static final ActorEntry ARMY = entry("syria-gov-forces", 1, "regime");
  private static final ActorEntry MILITIA = entry("pro-gov-militias", 3, "regime");
  private static final ActorEntry REBELS = entry("opposition-rebels", 2, "opposition");
  private static final ActorEntry HTS = entry("hts", 2, "opposition");
  private static final ActorEntry ISIS = entry("isis", 2, "isis");
  private static final ActorEntry CIVILIANS = entry("civilians", 7, "civilians");
  private static final ActorEntry PROTESTERS = entry("protesters", 6, "protesters");
  private static final ActorEntry GUNMEN = entry("unidentified-armed-group", 3, "unknown");

  private static ActorEntry entry(String key, int inter, String camp) {
    return new ActorEntry(key, key, key, inter, null, null, camp);
  }

  private static Discourse named(Object... actorAndCount) {
    Discourse d = new Discourse(LocalDate.of(2019, 5, 10));
    for (int i = 0; i < actorAndCount.length; i += 2) {
      d.actorCounts.put((ActorEntry) actorAndCount[i], (Integer) actorAndCount[i + 1]);
    }
    return d;
  }

  @Test
  void theMostNamedActorOfAnotherSideIsTheOpponent() {
    Discourse d = named(ARMY, 4, REBELS, 2, ISIS, 3);
    assertEquals(ISIS, d.mainOpponentOf(ARMY));
    assertEquals(ARMY, d.mainOpponentOf(REBELS));
    assertEquals(ARMY, d.mainOpponentOf(ISIS));
  }

  @Test
  void alliesAndTheActorItselfAreNotOpponents() {
    Discourse d = named(ARMY, 2, MILITIA, 5, HTS, 1);
    assertEquals(HTS, d.mainOpponentOf(ARMY));
    assertEquals(MILITIA, d.mainOpponentOf(HTS));
    assertNull(named(ARMY, 3, MILITIA, 2).mainOpponentOf(ARMY));
    assertEquals(ISIS, named(ISIS, 2, ARMY, 2).mainOpponentOf(REBELS)); // ties go to the actor named first
    assertEquals(ARMY, named(ARMY, 2, ISIS, 2).mainOpponentOf(REBELS));
  }

  @Test
  void victimsProtestersAndUnknownGunmenAreNeverTheOtherSide() {
    Discourse d = named(CIVILIANS, 9, PROTESTERS, 5, GUNMEN, 4, ARMY, 1);
    assertNull(d.mainOpponentOf(ARMY));
    assertNull(d.mainOpponentOf(GUNMEN)); // an actor of unknown side has no known opponent
    assertEquals(ARMY, named(CIVILIANS, 9, ARMY, 1, REBELS, 1).mainOpponentOf(REBELS));
  }

  @Test
  void anArticleThatNamesNoActorGivesNoOpponent() {
    assertNull(named().mainOpponentOf(ARMY));
    assertNull(named(ARMY, 1).mainOpponentOf(null));
  }
}

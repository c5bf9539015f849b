package org.waqai.api.cypher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanVerdictsTest {
  private final List<String> checked = new ArrayList<>();

  private Optional<String> check(String query) {
    checked.add(query);
    return query.contains("LOAD CSV") ? Optional.of("LOAD CSV is not allowed") : Optional.empty();
  }

  @Test
  void checksEachTextOnceAndKeepsItsVerdict() {
    PlanVerdicts verdicts = new PlanVerdicts(8);
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.of("LOAD CSV is not allowed"),
          verdicts.verdict("LOAD CSV FROM 'x' AS r RETURN r", () -> check("LOAD CSV FROM 'x' AS r RETURN r")));
      assertEquals(Optional.empty(), verdicts.verdict("RETURN 1", () -> check("RETURN 1")));
    }
    assertEquals(List.of("LOAD CSV FROM 'x' AS r RETURN r", "RETURN 1"), checked);
  }

  @Test
  void textsThatDifferInAnyCharacterAreCheckedApart() {
    PlanVerdicts verdicts = new PlanVerdicts(8);
    verdicts.verdict("RETURN 1", () -> check("RETURN 1"));
    assertEquals(Optional.of("LOAD CSV is not allowed"),
        verdicts.verdict("RETURN 1 ", () -> check("RETURN 1 LOAD CSV")));
    assertEquals(2, checked.size());
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    PlanVerdicts verdicts = new PlanVerdicts(2);
    verdicts.verdict("a", () -> check("a"));
    verdicts.verdict("b", () -> check("b"));
    verdicts.verdict("a", () -> check("a")); // a is now the most recent
    verdicts.verdict("c", () -> check("c")); // evicts b
    verdicts.verdict("a", () -> check("a"));
    verdicts.verdict("b", () -> check("b"));
    assertEquals(List.of("a", "b", "c", "b"), checked);
    assertEquals(2, verdicts.size());
  }

  @Test
  void aFailedCheckIsNotRemembered() {
    PlanVerdicts verdicts = new PlanVerdicts(2);
    assertThrows(IllegalStateException.class, () -> verdicts.verdict("RETURN", () -> {
      throw new IllegalStateException("syntax error");
    }));
    assertEquals(0, verdicts.size());
    assertEquals(Optional.empty(), verdicts.verdict("RETURN", () -> check("RETURN")));
    assertEquals(List.of("RETURN"), checked);
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new PlanVerdicts(0));
  }

  @Test
  void aVerdictRememberedAfterAnAsynchronousCheckIsKnownFromThenOn() {
    PlanVerdicts verdicts = new PlanVerdicts(2);
    assertNull(verdicts.known("LOAD CSV FROM 'x' AS r RETURN r"), "not checked yet");
    verdicts.remember("LOAD CSV FROM 'x' AS r RETURN r", Optional.of("LOAD CSV is not allowed"));
    assertEquals(Optional.of("LOAD CSV is not allowed"), verdicts.known("LOAD CSV FROM 'x' AS r RETURN r"));
    assertEquals(Optional.of("LOAD CSV is not allowed"),
        verdicts.verdict("LOAD CSV FROM 'x' AS r RETURN r", () -> check("LOAD CSV FROM 'x' AS r RETURN r")));
    assertEquals(List.of(), checked, "the synchronous path finds it too");
  }
}

package org.waqai.api.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCacheTest {
  private final List<String> checked = new ArrayList<>();

  private Optional<String> check(String query) {
    checked.add(query);
    return query.contains("LOAD CSV") ? Optional.of("LOAD CSV is not allowed") : Optional.empty();
  }

  @Test
  void checksEachTextOnceAndKeepsItsVerdict() {
    TextCache<Optional<String>> verdicts = new TextCache<Optional<String>>(8, 1000);
    for (int i = 0; i < 3; i++) {
      assertEquals(Optional.of("LOAD CSV is not allowed"),
          verdicts.get("LOAD CSV FROM 'x' AS r RETURN r", () -> check("LOAD CSV FROM 'x' AS r RETURN r")));
      assertEquals(Optional.empty(), verdicts.get("RETURN 1", () -> check("RETURN 1")));
    }
    assertEquals(List.of("LOAD CSV FROM 'x' AS r RETURN r", "RETURN 1"), checked);
  }

  @Test
  void textsThatDifferInAnyCharacterAreCheckedApart() {
    TextCache<Optional<String>> verdicts = new TextCache<Optional<String>>(8, 1000);
    verdicts.get("RETURN 1", () -> check("RETURN 1"));
    assertEquals(Optional.of("LOAD CSV is not allowed"),
        verdicts.get("RETURN 1 ", () -> check("RETURN 1 LOAD CSV")));
    assertEquals(2, checked.size());
  }

  @Test
  void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
    TextCache<Optional<String>> verdicts = new TextCache<Optional<String>>(2, 1000);
    verdicts.get("a", () -> check("a"));
    verdicts.get("b", () -> check("b"));
    verdicts.get("a", () -> check("a")); // a is now the most recent
    verdicts.get("c", () -> check("c")); // evicts b
    verdicts.get("a", () -> check("a"));
    verdicts.get("b", () -> check("b"));
    assertEquals(List.of("a", "b", "c", "b"), checked);
    assertEquals(2, verdicts.size());
  }

  @Test
  void aFailedCheckIsNotRemembered() {
    TextCache<Optional<String>> verdicts = new TextCache<Optional<String>>(2, 1000);
    assertThrows(IllegalStateException.class, () -> verdicts.get("RETURN", () -> {
      throw new IllegalStateException("syntax error");
    }));
    assertEquals(0, verdicts.size());
    assertEquals(Optional.empty(), verdicts.get("RETURN", () -> check("RETURN")));
    assertEquals(List.of("RETURN"), checked);
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new TextCache<Optional<String>>(0, 1000));
  }

  @Test
  void aVerdictRememberedAfterAnAsynchronousCheckIsKnownFromThenOn() {
    TextCache<Optional<String>> verdicts = new TextCache<Optional<String>>(2, 1000);
    assertNull(verdicts.known("LOAD CSV FROM 'x' AS r RETURN r"), "not checked yet");
    verdicts.remember("LOAD CSV FROM 'x' AS r RETURN r", Optional.of("LOAD CSV is not allowed"));
    assertEquals(Optional.of("LOAD CSV is not allowed"), verdicts.known("LOAD CSV FROM 'x' AS r RETURN r"));
    assertEquals(Optional.of("LOAD CSV is not allowed"),
        verdicts.get("LOAD CSV FROM 'x' AS r RETURN r", () -> check("LOAD CSV FROM 'x' AS r RETURN r")));
    assertEquals(List.of(), checked, "the synchronous path finds it too");
  }

  @Test
  void aTextLongerThanTheLimitIsComputedEveryTimeAndNotKept() {
    TextCache<Optional<String>> verdicts = new TextCache<>(8, 10);
    verdicts.get("RETURN 1 AS n", () -> check("RETURN 1 AS n"));
    verdicts.get("RETURN 1 AS n", () -> check("RETURN 1 AS n"));
    verdicts.remember("RETURN 2 AS n", Optional.empty());
    assertEquals(List.of("RETURN 1 AS n", "RETURN 1 AS n"), checked);
    assertEquals(0, verdicts.size());
    assertNull(verdicts.known("RETURN 2 AS n"));
  }
}

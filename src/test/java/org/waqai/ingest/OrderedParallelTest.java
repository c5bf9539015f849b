package org.waqai.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Results reach the sink in input order whatever the threads, chunks and timing; a failure reaches the caller. */
class OrderedParallelTest {
  @ParameterizedTest
  @CsvSource({"1,1,1", "2,1,1", "3,8,2", "4,5,16"})
  void resultsComeInInputOrder(int threads, int chunk, int inFlight) {
    List<String> out = new ArrayList<>();
    try (OrderedParallel<Integer, String> p = new OrderedParallel<>(threads, chunk, inFlight, i -> {
      busy(ThreadLocalRandom.current().nextInt(50_000));
      return "r" + i;
    }, (i, r) -> out.add(i + "=" + r))) {
      for (int i = 0; i < 500; i++) {
        p.add(i);
        if (i == 250) {
          p.flush();
          assertEquals(251, out.size(), "flush hands over everything added so far");
        }
      }
      p.flush();
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      expected.add(i + "=r" + i);
    }
    assertEquals(expected, out);
  }

  @ParameterizedTest
  @CsvSource({"1", "3"})
  void aFailingItemFailsTheRun(int threads) {
    try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(threads, 4, 2, i -> {
      if (i == 37) {
        throw new IllegalArgumentException("item 37");
      }
      return i;
    }, (i, r) -> {})) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
        for (int i = 0; i < 100; i++) {
          p.add(i);
        }
        p.flush();
      });
      assertEquals("item 37", e.getMessage());
    }
  }

  private static long busy(int n) {
    long x = 0;
    for (int i = 0; i < n; i++) {
      x += i * 31L ^ x;
    }
    return x;
  }
}

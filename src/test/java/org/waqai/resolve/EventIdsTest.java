package org.waqai.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Ids are what stores merge on: the same parts must give the same id in every version and on every thread. */
class EventIdsTest {

  @Test
  void anIdIsTheFirstSixteenHexDigitsOfTheSha256OfThePartsEachFollowedByUnitSeparator() {
    // sha256("article-1" 0x1f "قصف" 0x1f 0x00 0x1f), computed independently (Python's hashlib)
    assertEquals("6347a2ce72a71d68", EventIds.of("article-1", "قصف", null));
    assertEquals("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881", EventIds.sha256("x"));
  }

  @Test
  void partsAreNotJustConcatenated() {
    assertNotEquals(EventIds.of("ab", "c"), EventIds.of("a", "bc"));
    assertNotEquals(EventIds.of("a", null), EventIds.of("a", ""));
  }

  @Test
  void threadsGetTheSameIds() {
    List<String> sequential = IntStream.range(0, 2_000).mapToObj(i -> EventIds.of("a-" + i, "b", null)).toList();
    List<String> parallel = IntStream.range(0, 2_000).parallel().mapToObj(i -> EventIds.of("a-" + i, "b", null))
        .toList();
    assertEquals(sequential, parallel);
  }
}

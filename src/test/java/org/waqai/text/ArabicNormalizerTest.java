package org.waqai.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.waqai.data.TsvResource;
import org.waqai.model.Span;

class ArabicNormalizerTest {
  private final ArabicNormalizer n = ArabicNormalizer.standard();

  static Stream<Arguments> cases() throws Exception {
    try (var r = new InputStreamReader(
        ArabicNormalizerTest.class.getResourceAsStream("/org/waqai/text/normalisation-cases.tsv"),
        StandardCharsets.UTF_8)) {
      return TsvResource.read("normalisation-cases.tsv", r).stream()
          .map(row -> Arguments.of(row.get("input"), row.get("expected"), row.get("note")))
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{2}: {0} -> {1}")
  @MethodSource("cases")
  void normalises(String input, String expected, String note) {
    NormalizedText t = n.normalize(input);
    assertEquals(expected, t.text());
    // the whole normalised text maps back onto the original (less trailing marks that were deleted)
    assertTrue(input.startsWith(t.originalText(0, t.length())));
    assertEquals(0, t.originalOffset(0));
    assertEquals(input.length(), t.originalOffset(t.length()));
  }

  @Test
  void offsetsPointIntoTheOriginal() {
    String original = "قَصَفَت قـوات النظام مدينةَ حماة";
    NormalizedText t = n.normalize(original);
    int start = t.text().indexOf("قوات");
    Span s = t.toOriginal(start, start + "قوات".length());
    assertEquals("قـوات", original.substring(s.start(), s.end()));
    int h = t.text().indexOf("حماه");
    assertEquals("حماة", t.originalText(h, h + 4));
  }

  @Test
  void ligaturesExpandAndStillAlign() {
    NormalizedText t = n.normalize("ﻻ صحة");
    assertEquals("لا صحه", t.text());
    assertEquals("ﻻ", t.originalText(0, 2));
  }
}

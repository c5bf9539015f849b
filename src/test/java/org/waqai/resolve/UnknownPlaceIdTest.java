package org.waqai.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The id of a place the gazetteer lacks ends in ".u" and hex digits; the merger tells it without a regex. */
class UnknownPlaceIdTest {
  private static final Pattern SUFFIX = Pattern.compile("\\.u[0-9a-f]+$");

  @ParameterizedTest
  @ValueSource(strings = {"sy/idlib.u3fa2", "sy/idlib/ariha.u0", "sy/hama.u", "sy/hama.uG1", "sy/hama.u12.u3",
      "sy/hama.u12x", "sy/hama.uab.cd", "sy/hama", "", ".u", ".u1", "a.ub.u12", "a.u12.", "sy/hama.U12", "x.u-1",
      "sy/aleppo/azaz", "u12", ".uf"})
  void theSuffixIsWhatTheRegularExpressionFinds(String id) {
    Matcher m = SUFFIX.matcher(id);
    assertEquals(m.find() ? m.start() : -1, EventMerger.unknownSuffix(id), id);
  }
}

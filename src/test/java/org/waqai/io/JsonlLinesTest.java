package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines across the 64 KB read blocks, over-long lines, a last line without newline, empty lines. */
class JsonlLinesTest {
  @ParameterizedTest
  @CsvSource({"10, 100000", "70000, 100000", "65535, 65536", "65536, 65536", "65537, 65536", "200000, 65536"})
  void linesOfEveryLengthAroundTheBlockSize(int lineLength, int cap) throws IOException {
    String longLine = "ب".repeat(lineLength / 2) + "x".repeat(lineLength % 2);
    String input = "أ\n\n" + longLine + "\n" + longLine + "\nlast";
    List<String> seen = new ArrayList<>();
    new JsonlLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), cap).forEach(
        (n, bytes, length, tooLong) -> seen.add(n + ":" + (tooLong ? "TOO LONG"
            : new String(bytes, 0, length, StandardCharsets.UTF_8).equals(longLine) ? "LONG"
            : new String(bytes, 0, length, StandardCharsets.UTF_8))));
    String expectedLong = lineLength > cap ? "TOO LONG" : "LONG";
    assertEquals(List.of("1:أ", "2:", "3:" + expectedLong, "4:" + expectedLong, "5:last"), seen);
  }

  @org.junit.jupiter.api.Test
  void aTrailingEmptyLineIsNotCounted() throws IOException {
    String[] inputs = {"a\n", "a\n\n", "", "\n", "a"};
    int[] expected = {1, 2, 0, 1, 1};
    for (int i = 0; i < inputs.length; i++) {
      int[] n = {0};
      new JsonlLines(new ByteArrayInputStream(inputs[i].getBytes(StandardCharsets.UTF_8)), 100).forEach(
          (k, bytes, length, tooLong) -> n[0] = k);
      assertEquals(expected[i], n[0], "lines of " + inputs[i].replace("\n", "\\n"));
    }
  }
}

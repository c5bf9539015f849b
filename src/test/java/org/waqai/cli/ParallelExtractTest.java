package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.Article;
import org.waqai.testing.SyntheticArticles;

/** {@code extract} on several threads writes the same bytes as on one, bad lines included. */
class ParallelExtractTest {
  @TempDir
  Path dir;

  @Test
  void outputIsTheSameForAnyNumberOfThreads() throws Exception {
    Path in = dir.resolve("in.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      int i = 0;
      for (Article a : SyntheticArticles.generate(150, 7)) {
        Map<String, String> rec = new LinkedHashMap<>();
        rec.put("id", a.id());
        rec.put("text", a.text());
        rec.put("published", a.published().toString());
        w.write(json.writeValueAsString(rec) + "\n");
        if (++i % 40 == 0) {
          w.write("{not json}\n\n");
        }
      }
    }
    Path one = dir.resolve("one.jsonl");
    Path three = dir.resolve("three.jsonl");
    Path many = dir.resolve("many.jsonl");
    assertEquals(1, Main.run("extract", "-q", "--threads", "1", in.toString(), "-o", one.toString()));
    assertEquals(1, Main.run("extract", "-q", "--threads", "3", in.toString(), "-o", three.toString()));
    assertEquals(1, Main.run("extract", "-q", "--threads", "8", in.toString(), "-o", many.toString()));
    byte[] expected = Files.readAllBytes(one);
    assertTrue(Files.readAllLines(one).size() > 1000, "the corpus gives many events");
    assertArrayEquals(expected, Files.readAllBytes(three));
    assertArrayEquals(expected, Files.readAllBytes(many));
  }
}

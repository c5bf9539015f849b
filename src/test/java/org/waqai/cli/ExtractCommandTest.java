package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command end to end: output file, exit codes, determinism. */
class ExtractCommandTest {
  @TempDir
  Path dir;

  @Test
  void deterministicOutputAndExitCodes() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"1\", \"text\": \"اندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي.\", "
            + "\"published\": \"2017-03-23\"}",
        "{\"id\": \"2\", \"text\": \"قصفت قوات النظام حي جوبر في دمشق أمس.\", \"published\": \"2014-01-12\"}", ""),
        StandardCharsets.UTF_8);
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    assertEquals(0, Main.run("extract", "-q", in.toString(), "--output", a.toString()));
    assertEquals(0, Main.run("extract", "-q", in.toString(), "-o", b.toString()));
    String first = Files.readString(a);
    assertEquals(first, Files.readString(b));
    assertEquals(2, first.lines().count());
    assertTrue(first.contains("\"type\":\"Battles\""));
    assertTrue(first.contains("\"subtype\":\"Shelling/artillery/missile attack\""));

    Files.writeString(in, "{\"id\": \"x\"}\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, Main.run("extract", "-q", in.toString(), "-o", b.toString()));
    assertEquals(first, Files.readString(b), "the good articles are still written");
    assertEquals(2, Main.run("extract"), "usage error");
  }
}

package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.Article;

/** Bad records are reported with file, line and reason; the good ones around them are still read. */
class ArticleSourceTest {
  @TempDir
  Path dir;

  @Test
  void badRecordsAreReportedAndTheRestIsRead() throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
        (byte) 0xC3, (byte) 0x28, '"', '}'};
    List<byte[]> lines = List.of(
        "{\"id\": \"a\", \"text\": \"اشتباكات في حماة\", \"published\": \"2017-03-23\"}".getBytes(StandardCharsets.UTF_8),
        "not json at all".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"b\"}".getBytes(StandardCharsets.UTF_8),
        invalidUtf8,
        "{\"id\": \"c\", \"text\": \"   \"}".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"d\", \"text\": \"a\\u0000b\"}".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"e\", \"text\": \"قصف على دوما\", \"published\": \"yesterday\"}".getBytes(StandardCharsets.UTF_8),
        "{\"id\": \"f\", \"text\": \"قصف على دوما\"}".getBytes(StandardCharsets.UTF_8));
    try (var out = Files.newOutputStream(f)) {
      for (byte[] l : lines) {
        out.write(l);
        out.write('\n');
      }
    }
    List<Article> ok = new ArrayList<>();
    List<InputProblem> bad = new ArrayList<>();
    new ArticleSource().read(f, ok::add, bad::add);
    assertEquals(List.of("a", "f"), ok.stream().map(Article::id).toList());
    assertEquals(List.of(2, 3, 4, 5, 6, 7), bad.stream().map(InputProblem::line).toList());
    assertTrue(bad.get(0).reason().startsWith("not JSON"), bad.get(0).toString());
    assertTrue(bad.get(1).reason().contains("missing \"text\""));
    assertEquals("not valid UTF-8", bad.get(2).reason());
    assertEquals("article c: empty text", bad.get(3).reason());
    assertTrue(bad.get(4).reason().contains("binary"));
    assertTrue(bad.get(5).reason().contains("not an ISO date"));
    assertTrue(bad.get(0).toString().startsWith(f + ":2: "));
  }

  @Test
  void hugeLineIsRejectedWithoutReadingItIntoMemory() throws IOException {
    Path f = dir.resolve("huge.jsonl");
    try (var out = Files.newBufferedWriter(f)) {
      out.write("{\"id\": \"big\", \"text\": \"");
      String chunk = "ق".repeat(1 << 20);
      for (int i = 0; i < 9; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"id\": \"small\", \"text\": \"غارات على حلب\"}\n");
    }
    List<Article> ok = new ArrayList<>();
    List<InputProblem> bad = new ArrayList<>();
    new ArticleSource().read(f, ok::add, bad::add);
    assertEquals(List.of("small"), ok.stream().map(Article::id).toList());
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).reason().contains("too"), bad.get(0).toString());
  }

  @Test
  void textFilesAndDirectories() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "قصف على دوما", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.txt"), "غارات على حلب", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.md"), "ignored", StandardCharsets.UTF_8);
    ArticleSource s = new ArticleSource();
    List<InputProblem> bad = new ArrayList<>();
    List<Path> files = s.expand(List.of(dir, dir.resolve("missing.jsonl")), bad::add);
    assertEquals(List.of("a.txt", "b.txt"), files.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals("no such file or directory", bad.get(0).reason());
    List<Article> ok = new ArrayList<>();
    s.read(files.get(0), ok::add, bad::add);
    assertEquals("a", ok.get(0).id());
  }
}

package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

  /**
   * Lines are decoded by the fast decoder first; what it turns into U+FFFD is checked again strictly. A text that
   * really holds U+FFFD, and one after a byte-order mark, are read as they are; bytes that are not UTF-8 (a lone
   * continuation byte, an over-long form, an encoded surrogate, a cut-off sequence) are reported.
   */
  @Test
  void replacementCharacterIsReadButInvalidBytesAreReported() throws IOException {
    Path f = dir.resolve("utf8.jsonl");
    byte[] head = "{\"id\": \"x\", \"text\": \"قصف ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " على حلب\"}".getBytes(StandardCharsets.UTF_8);
    List<byte[]> bodies = List.of(
        "\uFFFD".getBytes(StandardCharsets.UTF_8), // a real replacement character: valid
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});
    try (var out = Files.newOutputStream(f)) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      out.write("{\"id\": \"bom\", \"text\": \"غارات على حلب\"}\n".getBytes(StandardCharsets.UTF_8));
      for (byte[] b : bodies) {
        out.write(head);
        out.write(b);
        out.write(tail);
        out.write('\n');
      }
    }
    List<Article> ok = new ArrayList<>();
    List<InputProblem> bad = new ArrayList<>();
    new ArticleSource().read(f, ok::add, bad::add);
    assertEquals(List.of("bom", "x"), ok.stream().map(Article::id).toList());
    assertEquals("غارات على حلب", ok.get(0).text());
    assertEquals("قصف \uFFFD على حلب", ok.get(1).text());
    assertEquals(List.of(3, 4, 5, 6), bad.stream().map(InputProblem::line).toList());
    assertTrue(bad.stream().allMatch(p -> p.reason().equals("not valid UTF-8")), bad.toString());
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

  @Test
  void publishedDatesTextFilesOnly() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "غارات على حلب", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.jsonl"), "{\"id\": \"b\", \"text\": \"قصف على دوما\"}\n", StandardCharsets.UTF_8);
    ArticleSource s = new ArticleSource(LocalDate.of(2016, 12, 1));
    List<Article> ok = new ArrayList<>();
    List<InputProblem> bad = new ArrayList<>();
    for (Path f : s.expand(List.of(dir), bad::add)) {
      s.read(f, ok::add, bad::add);
    }
    assertEquals(List.of(), bad);
    assertEquals(LocalDate.of(2016, 12, 1), ok.get(0).published());
    assertNull(ok.get(1).published(), "a JSONL article keeps its own (missing) date");
  }

  @Test
  void formatsByNameAndByContent() throws IOException {
    Files.writeString(dir.resolve("saved-page"), "<!DOCTYPE html><html><body><p>قصف على دوما</p></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<!-- saved -->\n<rss version=\"2.0\"><channel>"
        + "<title>t</title><item><guid>g1</guid><description>غارات على حلب</description></item></channel></rss>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset></urlset>", StandardCharsets.UTF_8);
    Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    ArticleSource s = new ArticleSource();
    List<InputProblem> bad = new ArrayList<>();
    List<Path> files = s.expand(List.of(dir.resolve("saved-page"), dir, dir.resolve("photo.jpg")), bad::add);
    assertEquals(List.of("saved-page", "feed.xml", "sitemap.xml"),
        files.stream().map(p -> p.getFileName().toString()).toList(), "a directory lists known extensions only");
    assertEquals(dir.resolve("photo.jpg") + ": unsupported format: expected " + ArticleSource.FORMATS,
        bad.get(0).toString(), "a file named on its own is sniffed, and refused by name when nothing fits");
    List<Article> ok = new ArrayList<>();
    for (Path f : files) {
      s.read(f, ok::add, bad::add);
    }
    assertEquals(List.of("saved-page", ArticleIds.hashed("feed", "g1")), ok.stream().map(Article::id).toList());
    assertEquals(2, bad.size(), bad.toString());
    assertTrue(bad.get(1).toString().startsWith(dir.resolve("sitemap.xml") + ": unsupported format"), bad.toString());
  }
}

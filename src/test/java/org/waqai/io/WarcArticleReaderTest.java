package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.waqai.model.Article;

/** WARC files written here with jwarc's writer: each HTML response is a page; the rest of a crawl is skipped. */
class WarcArticleReaderTest {
  static final String DATED = """
      <html><head><meta property="article:published_time" content="2015-05-30T18:00:00+03:00">
      <title>معارك في تدمر</title></head>
      <body><article><p>تدور معارك عنيفة بين قوات النظام وتنظيم الدولة في محيط مدينة تدمر.</p></article></body></html>
      """;
  static final String UNDATED = """
      <html><head><meta charset="utf-8"></head>
      <body><div><p>سيطرت فصائل المعارضة على مدينة جسر الشغور في ريف إدلب الغربي.</p></div></body></html>
      """;
  static final Instant CAPTURED = Instant.parse("2015-06-01T12:00:00Z");

  @TempDir
  Path dir;

  private final List<Article> ok = new ArrayList<>();
  private final List<InputProblem> bad = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void htmlResponsesBecomeArticles(WarcCompression compression) throws IOException {
    Path warc = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      w.write(response("https://example.org/palmyra", 200, "text/html; charset=utf-8", DATED));
      w.write(response("https://example.org/logo.png", 200, "image/png", "PNG"));
      w.write(response("https://example.org/jisr", 404, "text/html", "<p>الصفحة غير موجودة</p>"));
      w.write(response("https://example.org/jisr", 200, "text/html", UNDATED));
      w.write(response("https://example.org/palmyra", 200, "text/html; charset=utf-8", UNDATED));
    }
    new WarcArticleReader().read(warc, ok::add, bad::add);
    assertEquals(List.of(), bad);
    assertEquals(2, ok.size(), ok.toString());
    Article dated = ok.get(0);
    assertEquals(ArticleIds.hashed("warc", "https://example.org/palmyra"), dated.id());
    assertEquals("معارك في تدمر\n\nتدور معارك عنيفة بين قوات النظام وتنظيم الدولة في محيط مدينة تدمر.", dated.text());
    assertEquals(LocalDate.of(2015, 5, 30), dated.published(), "the page's own date");
    assertEquals("https://example.org/palmyra", dated.url());
    Article undated = ok.get(1);
    assertEquals("سيطرت فصائل المعارضة على مدينة جسر الشغور في ريف إدلب الغربي.", undated.text());
    assertEquals(LocalDate.of(2015, 6, 1), undated.published(), "the capture date");
    assertEquals("https://example.org/jisr", undated.url());
  }

  @Test
  void brokenAndTruncatedFilesAreReported() throws IOException {
    Path garbage = dir.resolve("garbage.warc");
    Files.writeString(garbage, "هذا ليس ملف أرشيف\n", StandardCharsets.UTF_8);
    Path whole = dir.resolve("whole.warc");
    try (WarcWriter w = new WarcWriter(FileChannel.open(whole, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.NONE)) {
      w.write(response("https://example.org/jisr", 200, "text/html", UNDATED));
      w.write(response("https://example.org/palmyra", 200, "text/html", DATED));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
    Path none = dir.resolve("images.warc");
    try (WarcWriter w = new WarcWriter(FileChannel.open(none, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.NONE)) {
      w.write(response("https://example.org/logo.png", 200, "image/png", "PNG"));
    }

    new WarcArticleReader().read(garbage, ok::add, bad::add);
    assertEquals(List.of(), ok);
    assertTrue(bad.get(0).toString().startsWith(garbage + ": not a"), bad.get(0).toString());

    new WarcArticleReader().read(cut, ok::add, bad::add);
    assertEquals(List.of(ArticleIds.hashed("warc", "https://example.org/jisr")), ok.stream().map(Article::id).toList(),
        "the records before the cut are read");
    assertEquals(2, bad.size(), bad.toString());
    assertTrue(bad.get(1).toString().startsWith(cut + ": "), bad.get(1).toString());

    new WarcArticleReader().read(none, ok::add, bad::add);
    assertEquals(none + ": no HTML pages in the WARC file", bad.get(2).toString());
  }

  static WarcResponse response(String uri, int status, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(http).build();
  }
}

package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waqai.model.Article;

/** Saved web pages: the main text without menus and scripts, and the date, URL and headline from the metadata. */
class HtmlArticleReaderTest {
  @TempDir
  Path dir;

  private final List<Article> ok = new ArrayList<>();
  private final List<InputProblem> bad = new ArrayList<>();

  @Test
  void articleElementWithOpenGraphMetadata() throws IOException {
    Path page = write("maarat.html", """
        <!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <title>قصف على معرة النعمان | أخبار الشمال</title>
        <meta property="og:title" content="قصف مدفعي على معرة النعمان">
        <meta property="og:site_name" content="أخبار الشمال">
        <meta property="article:published_time" content="2019-05-15T00:30:00+03:00">
        <link rel="canonical" href="https://example.org/news/2019/05/maarat">
        <script>var teaser = "<p>ليس من الخبر</p>";</script>
        </head><body>
        <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
        <header><time datetime="2024-01-01">اليوم</time></header>
        <article><h1>قصف مدفعي على معرة النعمان</h1>
        <p>قصفت قوات النظام بالمدفعية الثقيلة أحياء مدينة معرة النعمان   في ريف إدلب الجنوبي
        مساء الثلاثاء.</p>
        <p>وقال ناشطون إن القصف أدى إلى مقتل مدنيين اثنين.<br>وأضافوا أن فرق الدفاع&nbsp;المدني انتشلت الجرحى.</p>
        </article>
        <aside><p>اقرأ أيضا: أخبار أخرى من المنطقة لا علاقة لها بهذا الخبر على الإطلاق وهي أطول منه بكثير.</p></aside>
        <footer><p>جميع الحقوق محفوظة</p></footer>
        </body></html>
        """, StandardCharsets.UTF_8);
    new HtmlArticleReader().read(page, ok::add, bad::add);
    assertEquals(List.of(), bad);
    Article a = ok.get(0);
    assertEquals("maarat", a.id());
    assertEquals("""
        قصف مدفعي على معرة النعمان

        قصفت قوات النظام بالمدفعية الثقيلة أحياء مدينة معرة النعمان في ريف إدلب الجنوبي مساء الثلاثاء.

        وقال ناشطون إن القصف أدى إلى مقتل مدنيين اثنين.
        وأضافوا أن فرق الدفاع المدني انتشلت الجرحى.""", a.text());
    assertEquals(LocalDate.of(2019, 5, 15), a.published(), "the date as the publisher wrote it, not in UTC");
    assertEquals("https://example.org/news/2019/05/maarat", a.url());
    assertEquals("أخبار الشمال", a.outlet());
  }

  @Test
  void densestParagraphsJsonLdDateAndTitleAsHeadline() throws IOException {
    Path page = write("marea.htm", """
        <html><head><meta charset="utf-8"><title>اشتباكات في ريف حلب</title>
        <meta property="og:url" content="https://example.net/a/77">
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"},
          {"@type": "NewsArticle", "headline": "اشتباكات", "datePublished": "2016-02-03T08:00:00Z"}]}</script>
        </head><body><div id="menu"><p>الرئيسية</p><p>اتصل بنا</p></div>
        <div class="content"><p>اندلعت اشتباكات عنيفة بين فصائل المعارضة وتنظيم الدولة قرب مدينة مارع.</p>
        <p>وأفادت مصادر محلية بسقوط قتلى من الطرفين.</p></div>
        <div class="side"><p>الطقس اليوم</p></div></body></html>
        """, StandardCharsets.UTF_8);
    new HtmlArticleReader().read(page, ok::add, bad::add);
    Article a = ok.get(0);
    assertEquals("marea", a.id());
    assertEquals("اشتباكات في ريف حلب\n\nاندلعت اشتباكات عنيفة بين فصائل المعارضة وتنظيم الدولة قرب مدينة مارع."
        + "\n\nوأفادت مصادر محلية بسقوط قتلى من الطرفين.", a.text());
    assertEquals(LocalDate.of(2016, 2, 3), a.published());
    assertEquals("https://example.net/a/77", a.url());
    assertNull(a.outlet());
  }

  @Test
  void legacyArabicEncodingDeclaredInThePage() throws IOException {
    Path page = write("ghouta.html", """
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>
        <body><main><p>استهدفت قذائف صاروخية بلدة زملكا في الغوطة الشرقية.</p>
        <p>نشر في <time datetime="2013-08-21T06:00">الأربعاء</time></p></main></body></html>
        """, Charset.forName("windows-1256"));
    new HtmlArticleReader().read(page, ok::add, bad::add);
    Article a = ok.get(0);
    assertEquals("استهدفت قذائف صاروخية بلدة زملكا في الغوطة الشرقية.\n\nنشر في الأربعاء", a.text());
    assertEquals(LocalDate.of(2013, 8, 21), a.published());
    assertNull(a.url());
  }

  @Test
  void aPageWithoutTextIsReportedByName() throws IOException {
    Path empty = write("empty.html", "<html><head><script>var a = 1;</script></head><body> </body></html>",
        StandardCharsets.UTF_8);
    Path binary = dir.resolve("image.html");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 4, 5});
    new HtmlArticleReader().read(empty, ok::add, bad::add);
    new HtmlArticleReader().read(binary, ok::add, bad::add);
    assertEquals(List.of(), ok);
    assertEquals(empty + ": no article text in the page", bad.get(0).toString());
    assertTrue(bad.get(1).toString().startsWith(binary + ": binary content"), bad.get(1).toString());
  }

  /** Where publishers put the date, one row per place (and precedence where two are present). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      article:published_time | <meta property="article:published_time" content="2020-01-02T10:00:00+02:00"> | 2020-01-02
      microdata              | <meta itemprop="datePublished" content="2020-01-03">                       | 2020-01-03
      JSON-LD array          | <script type="application/ld+json">[{"datePublished": "2020-01-04"}]</script> | 2020-01-04
      meta date with slashes | <meta name="date" content="2020/01/05">                                    | 2020-01-05
      Dublin Core any case   | <meta name="DC.date.issued" content="2020-01-06">                          | 2020-01-06
      compact pubdate        | <meta name="pubdate" content="20200107">                                   | 2020-01-07
      time element           | <time datetime="2020-01-08T12:00">قبل ساعة</time>                          | 2020-01-08
      RFC 1123               | <meta name="date" content="Thu, 09 Jan 2020 23:30:00 +0300">               | 2020-01-09
      meta beats time        | <time datetime="2020-02-01"></time><meta property="article:published_time" content="2020-01-10"> | 2020-01-10
      not a date             | <meta name="date" content="منذ ساعتين">                                    | -
      none                   | <meta name="author" content="مراسل">                                       | -
      """)
  void dateSources(String what, String markup, String expected) {
    var doc = Jsoup.parse("<html><head>" + markup + "</head><body><p>نص الخبر</p></body></html>");
    assertEquals(expected == null ? null : LocalDate.parse(expected), PageMetadata.published(doc), what);
  }

  private Path write(String name, String html, Charset charset) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, html.getBytes(charset));
    return p;
  }
}

package org.waqai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Saved RSS and Atom feeds: one article per item, its HTML stripped, ids that survive a re-saved feed. */
class FeedArticleReaderTest {
  @TempDir
  Path dir;

  private final List<Article> ok = new ArrayList<>();
  private final List<InputProblem> bad = new ArrayList<>();

  @Test
  void rssItemsWithDescriptionsAndContent() throws IOException {
    Path feed = dir.resolve("north.rss");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>نشرة الأخبار</title><link>https://example.org/</link><description>أخبار</description>
        <item><title>غارات جوية على خان شيخون</title><link>https://example.org/n/1</link>
          <guid isPermaLink="false">n-1</guid><pubDate>Tue, 04 Apr 2017 09:00:00 +0300</pubDate>
          <description>&lt;p&gt;شنت طائرات حربية غارات على مدينة خان شيخون في ريف إدلب.&lt;/p&gt;&lt;p&gt;وقتل عشرة مدنيين.&lt;/p&gt;</description>
        </item>
        <item><title>مظاهرة في درعا</title><link>https://example.org/n/2</link>
          <pubDate>Fri, 18 Mar 2011 12:00:00 GMT</pubDate>
          <description>خرج المئات في مظاهرة سلمية في مدينة درعا.</description>
          <content:encoded><![CDATA[<p>خرج المئات في مظاهرة سلمية في مدينة درعا.</p><p>وأطلقت قوات الأمن النار على المتظاهرين.</p>]]></content:encoded>
        </item>
        <item><title></title><description></description><guid>empty-1</guid></item>
        <item><title>غارات جوية على خان شيخون</title><link>https://example.org/n/1</link><guid>n-1</guid></item>
        </channel></rss>
        """, StandardCharsets.UTF_8);
    new FeedArticleReader().read(feed, ok::add, bad::add);
    assertEquals(2, ok.size(), "two items read, the empty one reported, the repeated guid skipped");
    Article first = ok.get(0);
    assertEquals(ArticleIds.hashed("feed", "n-1"), first.id());
    assertTrue(first.id().matches("feed-[0-9a-f]{16}"), first.id());
    assertEquals("غارات جوية على خان شيخون\n\nشنت طائرات حربية غارات على مدينة خان شيخون في ريف إدلب.\n\n"
        + "وقتل عشرة مدنيين.", first.text());
    assertEquals(LocalDate.of(2017, 4, 4), first.published());
    assertEquals("https://example.org/n/1", first.url());
    assertEquals("نشرة الأخبار", first.outlet());
    Article second = ok.get(1);
    assertEquals(ArticleIds.hashed("feed", "https://example.org/n/2"), second.id(), "no guid: the link");
    assertEquals("مظاهرة في درعا\n\nخرج المئات في مظاهرة سلمية في مدينة درعا.\n\n"
        + "وأطلقت قوات الأمن النار على المتظاهرين.", second.text(), "the fuller content:encoded");
    assertEquals(LocalDate.of(2011, 3, 18), second.published());
    assertEquals(1, bad.size());
    assertEquals(feed + ": item 3 (" + ArticleIds.hashed("feed", "empty-1") + "): empty text", bad.get(0).toString());
  }

  @Test
  void atomEntries() throws IOException {
    Path feed = dir.resolve("agency.atom");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الأنباء</title><id>urn:agency</id>
        <updated>2018-02-21T10:00:00Z</updated>
        <entry><title>قصف على الغوطة الشرقية</title><id>urn:uuid:1</id><link href="https://example.com/g/1"/>
          <updated>2018-02-20T10:00:00Z</updated><published>2018-02-19T10:00:00Z</published>
          <content type="html">&lt;p&gt;قصفت قوات النظام بلدات الغوطة الشرقية بالبراميل المتفجرة.&lt;/p&gt;</content></entry>
        <entry><title>تقدم في ريف حماة</title><id>urn:uuid:2</id><updated>2018-02-21T10:00:00Z</updated>
          <summary type="text">تقدمت فصائل المعارضة في ريف حماة الشمالي &amp; سيطرت على قرية.</summary></entry>
        </feed>
        """, StandardCharsets.UTF_8);
    new FeedArticleReader().read(feed, ok::add, bad::add);
    assertEquals(List.of(), bad);
    assertEquals(List.of(ArticleIds.hashed("feed", "urn:uuid:1"), ArticleIds.hashed("feed", "urn:uuid:2")),
        ok.stream().map(Article::id).toList());
    assertEquals("قصف على الغوطة الشرقية\n\nقصفت قوات النظام بلدات الغوطة الشرقية بالبراميل المتفجرة.",
        ok.get(0).text());
    assertEquals(LocalDate.of(2018, 2, 19), ok.get(0).published(), "published, not updated");
    assertEquals("https://example.com/g/1", ok.get(0).url());
    assertEquals("تقدم في ريف حماة\n\nتقدمت فصائل المعارضة في ريف حماة الشمالي & سيطرت على قرية.", ok.get(1).text());
    assertEquals(LocalDate.of(2018, 2, 21), ok.get(1).published(), "no published: updated");
    assertEquals("وكالة الأنباء", ok.get(1).outlet());
  }

  @Test
  void brokenAndEmptyFeedsAreReportedByName() throws IOException {
    Path cut = dir.resolve("cut.rss");
    Files.writeString(cut, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>قصف", StandardCharsets.UTF_8);
    Path html = dir.resolve("page.xml");
    Files.writeString(html, "<?xml version=\"1.0\"?><catalog><book>كتاب</book></catalog>", StandardCharsets.UTF_8);
    Path empty = dir.resolve("empty.rss");
    Files.writeString(empty, "<rss version=\"2.0\"><channel><title>t</title></channel></rss>", StandardCharsets.UTF_8);
    new FeedArticleReader().read(cut, ok::add, bad::add);
    new FeedArticleReader().read(html, ok::add, bad::add);
    new FeedArticleReader().read(empty, ok::add, bad::add);
    assertEquals(List.of(), ok);
    assertTrue(bad.get(0).toString().startsWith(cut + ": not an RSS or Atom feed: "), bad.get(0).toString());
    assertTrue(bad.get(1).toString().startsWith(html + ": not an RSS or Atom feed: "), bad.get(1).toString());
    assertEquals(empty + ": the feed has no items", bad.get(2).toString());
  }
}

package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.waqai.store.neo4j.Neo4jConnection;
import org.waqai.store.neo4j.Neo4jSettings;

/**
 * A user's own news, end to end: a directory holding a saved page, a saved feed, a crawl and a broken file goes
 * through {@code extract} and {@code ingest}; text, date and URL reach the events and both embedded stores, and the
 * broken file is named on stderr while the rest goes on.
 */
class InputFormatsCommandTest {
  static final String PAGE_ID = "hama";
  static final String FEED_ID = "feed-" + sha16("jobar-1");
  static final String WARC_ID = "warc-" + sha16("https://example.org/jisr");
  static final String TEXT_ID = "idlib";

  @TempDir
  Path dir;
  Path news;

  @BeforeEach
  void userNews() throws IOException {
    news = Files.createDirectories(dir.resolve("news"));
    Files.writeString(news.resolve("hama.html"), """
        <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>ريف حماة | أخبار</title>
        <meta property="og:title" content="اشتباكات في ريف حماة">
        <meta property="article:published_time" content="2017-03-23T11:00:00+03:00">
        <link rel="canonical" href="https://example.org/hama"></head>
        <body><nav><a href="/">الرئيسية</a></nav><article>
        <p>اندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي.</p>
        </article><footer>جميع الحقوق محفوظة</footer></body></html>
        """, StandardCharsets.UTF_8);
    Files.writeString(news.resolve("agency.rss"), """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة</title>
        <item><title>قصف على جوبر</title><guid>jobar-1</guid><link>https://example.org/jobar</link>
        <pubDate>Sun, 12 Jan 2014 10:00:00 +0200</pubDate>
        <description>&lt;p&gt;قصفت قوات النظام حي جوبر في دمشق أمس.&lt;/p&gt;</description></item>
        </channel></rss>
        """, StandardCharsets.UTF_8);
    try (WarcWriter w = new WarcWriter(FileChannel.open(news.resolve("crawl.warc.gz"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      String page = "<html><body><div><p>سيطرت فصائل المعارضة اليوم على مدينة جسر الشغور في ريف إدلب الغربي."
          + "</p></div></body></html>";
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8)).build();
      w.write(new WarcResponse.Builder(URI.create("https://example.org/jisr"))
          .date(Instant.parse("2015-04-25T09:00:00Z")).body(http).build());
    }
    Files.writeString(news.resolve("idlib.txt"), "قصفت قوات النظام حي جوبر في دمشق أمس.", StandardCharsets.UTF_8);
    Files.writeString(news.resolve("broken.warc"), "ليس ملف أرشيف", StandardCharsets.UTF_8);
    Files.writeString(news.resolve("notes.md"), "ملاحظات لا تقرأ", StandardCharsets.UTF_8);
  }

  @Test
  void extractReadsEachFormatAndNamesTheBrokenFile() throws IOException {
    Path out = dir.resolve("events.jsonl");
    CliRun r = CliRun.run("extract", news.toString(), "--published", "2014-01-13", "-o", out.toString());
    assertEquals(1, r.code(), "a broken file makes the exit code 1: " + r.err());
    assertTrue(r.err().contains(news.resolve("broken.warc") + ": not a"), r.err());
    assertTrue(r.err().contains("4 articles"), r.err());
    Map<String, List<String>> dates = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out)) {
      JsonNode e = json.readTree(line);
      dates.computeIfAbsent(e.get("article").asText(), k -> new ArrayList<>()).add(e.get("date").asText());
    }
    assertEquals(List.of("2017-03-23"), dates.get(PAGE_ID), "اليوم on the page's date: " + dates);
    assertEquals(List.of("2014-01-11"), dates.get(FEED_ID), "أمس before the item's date: " + dates);
    assertEquals(List.of("2015-04-25"), dates.get(WARC_ID), "اليوم on the capture date: " + dates);
    assertEquals(List.of("2014-01-12"), dates.get(TEXT_ID), "أمس before --published: " + dates);
  }

  @Test
  void ingestLoadsTextDateAndUrlIntoBothStores() {
    Path data = dir.resolve("data");
    CliRun r = CliRun.run("ingest", "-q", news.toString(), "--published", "2014-01-13", "--data", data.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains(news.resolve("broken.warc").toString()), r.err());

    Map<String, List<Object>> expected = new TreeMap<>(Map.of(
        PAGE_ID, List.of("اشتباكات في ريف حماة\n\nاندلعت اشتباكات عنيفة اليوم بين قوات النظام وفصائل المعارضة في ريف "
            + "حماة الشمالي.", "2017-03-23", "https://example.org/hama"),
        FEED_ID, List.of("قصف على جوبر\n\nقصفت قوات النظام حي جوبر في دمشق أمس.", "2014-01-12",
            "https://example.org/jobar"),
        WARC_ID, List.of("سيطرت فصائل المعارضة اليوم على مدينة جسر الشغور في ريف إدلب الغربي.", "2015-04-25",
            "https://example.org/jisr"),
        TEXT_ID, List.of("قصفت قوات النظام حي جوبر في دمشق أمس.", "2014-01-13", "-")));

    Map<String, List<Object>> neo4j = new TreeMap<>();
    try (Neo4jConnection c = Neo4jConnection.open(Neo4jSettings.from(Map.of(
        "waqai.neo4j.data-dir", data.resolve("neo4j").toString(), "waqai.neo4j.bolt-port", "0")));
        Session s = c.driver().session()) {
      for (Record row : s.run("MATCH (a:Article) RETURN a.id AS id, a.text AS text, a.published AS published, "
          + "coalesce(a.url, '-') AS url").list()) {
        neo4j.put(row.get("id").asString(), List.of(row.get("text").asString(),
            row.get("published").asObject().toString(), row.get("url").asString()));
      }
    }
    assertEquals(expected, neo4j);

    Map<String, List<Object>> rdf = new TreeMap<>();
    Dataset tdb = TDB2Factory.connectDataset(data.resolve("tdb2").toString());
    Txn.executeRead(tdb, () -> {
      try (QueryExecution q = QueryExecution.dataset(tdb).query("""
          PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>
          PREFIX dct: <http://purl.org/dc/terms/>
          SELECT ?id ?text ?issued ?url WHERE { GRAPH ?g {
            ?a a wq:Article ; dct:identifier ?id ; wq:originalText ?text ; dct:issued ?issued .
            OPTIONAL { ?a wq:url ?u } BIND(COALESCE(STR(?u), "-") AS ?url) } }""").build()) {
        q.execSelect().forEachRemaining((QuerySolution row) -> rdf.put(row.getLiteral("id").getString(),
            List.of(row.getLiteral("text").getString(), row.getLiteral("issued").getLexicalForm(),
                row.getLiteral("url").getString())));
      }
    });
    assertEquals(expected, rdf);
  }

  @Test
  void publishedMustBeADateAndHelpListsTheFormats() {
    CliRun bad = CliRun.run("extract", news.toString(), "--published", "23/03/2017");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("'23/03/2017' is not a date; write it as YYYY-MM-DD"), bad.err());
    CliRun help = CliRun.run("extract", "--help");
    for (String s : List.of(".html", ".rss", ".atom", ".warc.gz", "--published=YYYY-MM-DD")) {
      assertTrue(help.out().contains(s), s + " in " + help.out());
    }
    CliRun ingestHelp = CliRun.run("ingest", "--help");
    assertTrue(ingestHelp.out().contains("--published") && ingestHelp.out().contains(".warc"), ingestHelp.out());
    CliRun top = CliRun.run("--help");
    assertTrue(top.out().contains("RSS/Atom") && top.out().contains("WARC"), top.out());
    CliRun unsupported = CliRun.run("extract", "-q", news.resolve("notes.md").toString());
    assertEquals(1, unsupported.code());
    assertTrue(unsupported.err().contains(news.resolve("notes.md") + ": unsupported format: expected .jsonl"),
        unsupported.err());
  }

  private static String sha16(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }


}

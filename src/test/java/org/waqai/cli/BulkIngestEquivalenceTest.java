package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.model.Article;
import org.waqai.testing.SyntheticArticles;

/**
 * One corpus ingested through the stores' transactions and through their bulk loaders ends in the same graphs: the
 * same Neo4j nodes, labels, properties, relationships, constraints and indexes, and isomorphic RDF datasets. The
 * corpus holds the sample articles, generated ones, and articles written here for the CSV's corners (quotes, line
 * breaks, empty and missing fields), one exact repeat and one article that comes again with other text. Articles
 * ingested afterwards into the bulk-loaded stores go through transactions and land once.
 */
class BulkIngestEquivalenceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void bulkAndTransactionalPathsBuildTheSameGraphs() throws Exception {
    Path first = dir.resolve("first.jsonl");
    List<Map<String, String>> corpus = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("samples/illustrative.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        @SuppressWarnings("unchecked")
        Map<String, String> rec = JSON.readValue(line, LinkedHashMap.class);
        corpus.add(rec);
      }
    }
    for (Article a : SyntheticArticles.generate(30, 5)) {
      corpus.add(record(a.id(), a.text(), a.published().toString(), null, null));
    }
    corpus.add(record("corner-quotes", "قال \"المرصد السوري\" إن قوات النظام قصفت مدينة \"دوما\" بالمدفعية،\n"
        + "ما أسفر عن مقتل خمسة مدنيين.\r\nوسقط \"\" جرحى، بحسب ناشطين.", "2018-02-20", "https://example.org/a?x=\"1\"",
        ""));
    corpus.add(record("corner-undated", "اندلعت اشتباكات بين فصائل المعارضة وتنظيم الدولة في محيط مدينة الرقة.", null,
        null, "منصة, محلية"));
    corpus.add(record("changed-later", "شن الطيران الروسي غارات جوية على بلدات في ريف إدلب الجنوبي.", "2019-05-06",
        null, null));
    corpus.add(corpus.get(0)); // an exact repeat changes nothing
    corpus.add(record("changed-later", "وقصفت قوات النظام بلدة سراقب ما أسفر عن مقتل ثلاثة مدنيين.", "2019-05-07",
        null, null));
    write(first, corpus);

    Path tx = dir.resolve("tx");
    Path bulk = dir.resolve("bulk");
    assertEquals(0, Main.run("ingest", "-q", "--bulk=never", "--batch", "9", "--data", tx.toString(),
        first.toString()));
    assertEquals(0, Main.run("ingest", "-q", "--bulk=always", "--batch", "9", "--data", bulk.toString(),
        first.toString()));
    assertFalse(Files.exists(bulk.resolve("bulk-staging")), "staging removed after the load");
    StoreComparison.assertSameStores(tx, bulk, dir);

    // More articles, one changed and one repeated, go into the bulk-loaded stores through transactions.
    Path more = dir.resolve("more.jsonl");
    List<Map<String, String>> next = new ArrayList<>();
    for (Article a : SyntheticArticles.generate(8, 99)) {
      next.add(record("more-" + a.id(), a.text(), a.published().toString(), null, null));
    }
    next.add(record("corner-undated", "قصفت قوات النظام مدينة حلب بالمدفعية الثقيلة.", "2020-01-02", null, null));
    next.add(corpus.get(1));
    write(more, next);
    for (Path data : List.of(tx, bulk)) {
      assertEquals(0, Main.run("ingest", "-q", "--batch", "4", "--data", data.toString(), more.toString()));
    }
    StoreComparison.assertSameStores(tx, bulk, dir);
    Map<String, Long> perArticle = StoreComparison.articleCounts(bulk);
    for (Map<String, String> rec : next) {
      assertEquals(1L, perArticle.get(rec.get("id")), "article " + rec.get("id") + " stored once");
    }
  }

  private static Map<String, String> record(String id, String text, String published, String url, String outlet) {
    Map<String, String> rec = new LinkedHashMap<>();
    rec.put("id", id);
    rec.put("text", text);
    if (published != null) {
      rec.put("published", published);
    }
    if (url != null) {
      rec.put("url", url);
    }
    if (outlet != null) {
      rec.put("outlet", outlet);
    }
    return rec;
  }

  private static void write(Path file, List<Map<String, String>> records) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map<String, String> rec : records) {
        w.write(JSON.writeValueAsString(rec) + "\n");
      }
    }
  }
}

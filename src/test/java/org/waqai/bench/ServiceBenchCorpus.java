package org.waqai.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.waqai.model.Article;
import org.waqai.testing.SyntheticArticles;

/**
 * Writes {@link SyntheticArticles} as JSONL for {@code waqai ingest}: {@code ServiceBenchCorpus N SEED FILE}.
 * About 24 events per article, so 4,500 articles give a little over 100,000 events.
 */
public final class ServiceBenchCorpus {
  private ServiceBenchCorpus() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    long seed = Long.parseLong(args[1]);
    Path out = Path.of(args[2]);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article a : SyntheticArticles.generate(n, seed)) {
        w.write("{\"id\":" + json(a.id()) + ",\"text\":" + json(a.text()) + ",\"published\":"
            + json(a.published().toString()) + "}\n");
      }
    }
    System.out.printf("wrote %,d articles to %s%n", n, out);
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}

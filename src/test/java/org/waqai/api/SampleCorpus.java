package org.waqai.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.waqai.ingest.Ingestor;
import org.waqai.io.ArticleSource;
import org.waqai.model.Article;

/**
 * The repository's sample corpus ({@code samples/illustrative.jsonl}: 3 articles, 13 events), ingested into the
 * stores under test. Ingesting is idempotent, so every test class may call {@link #load} first.
 */
final class SampleCorpus {
  static final Path FILE = Path.of("samples", "illustrative.jsonl");
  static final int EVENTS = 13;
  /** An event of sample-001: government forces against the opposition in Jobar, Damascus, 2017-03-23. */
  static final String JOBAR_CLASH = "sample-001-2fbb929d3cda4036";
  /** A place whose id holds slashes, percent-encoded as one path segment in its IRI. */
  static final String REGION_PLACE = "hama-city/countryside/northern";

  private SampleCorpus() {}

  static void load(Ingestor ingestor) {
    List<Article> articles = new ArrayList<>();
    new ArticleSource().read(FILE, articles::add, p -> {
      throw new IllegalStateException(p.toString());
    });
    try {
      ingestor.ingest(articles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

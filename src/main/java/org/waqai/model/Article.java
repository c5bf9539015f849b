package org.waqai.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as given to the extractor. {@code text} is the original text; every offset elsewhere points
 * into it (UTF-16 code units, as {@link String} counts them).
 *
 * @param id the caller's identifier, unique within a corpus
 * @param text the original text, never normalised
 * @param published the publication date that anchors relative dates, or null when unknown
 * @param url where the article was published, or null
 * @param outlet the publishing outlet, or null
 */
public record Article(String id, String text, LocalDate published, String url, String outlet) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, text, date, url, outlet);
  }
}

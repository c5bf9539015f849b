package org.waqai.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.waqai.model.Article;

/**
 * Reads a saved web page ({@code .html}) as one article with jsoup: id = file name without extension, text = the
 * headline and the main text, date, URL and outlet from the page's metadata ({@link HtmlPage}).
 */
final class HtmlArticleReader {
  /** The largest page read; news pages with their scripts stay well below it. */
  static final int MAX_PAGE_BYTES = 32 << 20;

  void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      problems.accept(new InputProblem(file.toString(), 0, "page too large (over " + (MAX_PAGE_BYTES >> 20) + " MB)"));
      return;
    }
    try {
      // charset: the byte-order mark, else <meta charset>, else UTF-8
      var doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
      articles.accept(HtmlPage.of(doc).toArticle(ArticleIds.ofFile(file), null, null));
    } catch (BadInputException e) {
      problems.accept(new InputProblem(file.toString(), 0, e.getMessage()));
    }
  }
}

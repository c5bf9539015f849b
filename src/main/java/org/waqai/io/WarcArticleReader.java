package org.waqai.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.waqai.model.Article;

/**
 * Reads a WARC file ({@code .warc} or {@code .warc.gz}) with jwarc: each successful (2xx) response record with an
 * HTML payload is one article, read as a page ({@link HtmlPage}); id = a hash of WARC-Target-URI, URL = that URI,
 * date = the page's metadata, else the capture's WARC-Date (UTC). Other records (requests, metadata, images,
 * redirects) are skipped; a later capture of a URI already read as a page in the same file is skipped.
 */
final class WarcArticleReader {
  void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) throws IOException {
    String name = file.toString();
    int pages = 0;
    Set<String> seen = new HashSet<>();
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        long at = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          // a URI counts as seen once a capture of it was a page: an earlier error or redirect does not hide it
          if (next.get() instanceof WarcResponse response && !seen.contains(response.target())
              && page(name, response, articles, problems)) {
            seen.add(response.target());
            pages++;
          }
        } catch (IOException | RuntimeException e) {
          // jwarc reports a missing mandatory header (WARC-Target-URI, WARC-Date) as an unchecked exception
          String why = e instanceof IOException ? e.getMessage() : "a mandatory WARC header is missing or malformed";
          problems.accept(new InputProblem(name, 0,
              (at == 0 ? "not a WARC file: " : "invalid WARC record at byte " + at + ": ") + why));
          return;
        }
      }
    } catch (IOException e) {
      problems.accept(new InputProblem(name, 0, "not a WARC file: " + e.getMessage()));
      return;
    }
    if (pages == 0) {
      problems.accept(new InputProblem(name, 0, "no HTML pages in the WARC file"));
    }
  }

  /** Whether the record was an HTML page (read or reported). */
  private static boolean page(String name, WarcResponse response, Consumer<Article> articles,
      Consumer<InputProblem> problems) {
    String uri = response.target();
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String base = type.base().toString();
      if (http.status() < 200 || http.status() > 299
          || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
        return false;
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes(HtmlArticleReader.MAX_PAGE_BYTES + 1);
      }
      if (body.length > HtmlArticleReader.MAX_PAGE_BYTES) {
        throw new BadInputException("page too large");
      }
      String charset = type.parameters().get("charset");
      Document doc = Jsoup.parse(new ByteArrayInputStream(body), supported(charset) ? charset : null, uri);
      articles.accept(HtmlPage.of(doc).toArticle(ArticleIds.hashed("warc", uri), PublishedDate.utc(response.date()),
          uri));
    } catch (IOException | BadInputException | IllegalArgumentException e) {
      problems.accept(new InputProblem(name, 0, "record " + response.id() + " (" + uri + "): " + e.getMessage()));
    }
    return true;
  }

  private static boolean supported(String charset) {
    try {
      return charset != null && Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

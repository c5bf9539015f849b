package org.waqai.io;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.waqai.model.Article;

/**
 * What a saved news page says about itself: the main text and the metadata publishers put in the head.
 *
 * @param title the headline (og:title, else {@code <title>}, else the first {@code <h1>}), or null
 * @param body the main text, see {@link #mainElement(Document)}
 * @param published the publication date from the page's metadata, or null
 * @param url the page's canonical URL (canonical link, else og:url), or null
 * @param outlet the site's name (og:site_name), or null
 */
record HtmlPage(String title, String body, LocalDate published, String url, String outlet) {
  /** Elements that are never the report: code, forms, menus and page furniture. */
  private static final String NOT_TEXT =
      "script, style, noscript, template, svg, iframe, form, button, select, nav, aside, body > header, body > footer";

  /** Reads a page; the document is changed (furniture removed). */
  static HtmlPage of(Document doc) {
    String title = PageMetadata.title(doc);
    LocalDate published = PageMetadata.published(doc);
    String url = PageMetadata.url(doc);
    String outlet = PageMetadata.meta(doc, "meta[property=og:site_name]");
    doc.select(NOT_TEXT).remove();
    return new HtmlPage(title, HtmlText.of(mainElement(doc)), published, url, outlet);
  }

  /**
   * The element that holds the report: the largest {@code itemprop=articleBody}, else the largest
   * {@code <article>}, else {@code <main>}, else the element with the most paragraph text among its own
   * {@code <p>} children, else the body.
   */
  static Element mainElement(Document doc) {
    for (String selector : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
      Element best = largest(doc.select(selector));
      if (best != null) {
        return best;
      }
    }
    Element densest = null;
    int most = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int chars = 0;
      for (Element sibling : parent.children()) {
        if (sibling.normalName().equals("p")) {
          chars += sibling.text().length();
        }
      }
      if (chars > most) {
        most = chars;
        densest = parent;
      }
    }
    return densest != null ? densest : doc.body();
  }

  private static Element largest(Elements candidates) {
    Element best = null;
    int most = 0;
    for (Element e : candidates) {
      int chars = e.text().length();
      if (chars > most) {
        most = chars;
        best = e;
      }
    }
    return best;
  }

  /**
   * This page as an article: the headline as the first paragraph (unless the main text already opens with it), then
   * the main text.
   *
   * @param fallbackDate the date to use when the page carries none (a crawl's capture date), or null
   * @param urlOverride the URL to use instead of the page's own (a crawl's target URI), or null
   */
  Article toArticle(String id, LocalDate fallbackDate, String urlOverride) throws BadInputException {
    if (body.isBlank()) {
      throw new BadInputException("no article text in the page");
    }
    String text = body;
    String firstLine = body.lines().findFirst().orElse("");
    if (title != null && !title.isBlank() && !body.startsWith(title) && !title.startsWith(firstLine)) {
      text = title + "\n\n" + body;
    }
    String problem = ArticleSource.checkText(text);
    if (problem != null) {
      throw new BadInputException(problem);
    }
    return new Article(id, text, published != null ? published : fallbackDate,
        urlOverride != null ? urlOverride : url, outlet);
  }
}

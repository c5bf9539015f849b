package org.waqai.io;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.waqai.model.Article;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed saved to disk with Rome: each item or entry is one article. Id = a hash
 * of its guid (Atom id), else of its link, else the file name and the item's position; text = title and the longer
 * of content and description, stripped of HTML; date = published, else updated; URL = link; outlet = the feed's title.
 */
final class FeedArticleReader {
  void read(Path file, Consumer<Article> articles, Consumer<InputProblem> problems) throws IOException {
    String name = file.toString();
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(file.toFile());
    } catch (FeedException | IllegalArgumentException e) {
      problems.accept(new InputProblem(name, 0, "not an RSS or Atom feed: " + e.getMessage()));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      problems.accept(new InputProblem(name, 0, "the feed has no items"));
      return;
    }
    String outlet = blankToNull(feed.getTitle());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry e = entries.get(i);
      String key = firstNonBlank(e.getUri(), e.getLink());
      String id = key != null ? ArticleIds.hashed("feed", key) : ArticleIds.ofFile(file) + "-" + (i + 1);
      if (!seen.add(id)) {
        continue; // the same item twice in one feed
      }
      try {
        articles.accept(article(e, id, outlet));
      } catch (BadInputException ex) {
        problems.accept(new InputProblem(name, 0, "item " + (i + 1) + " (" + id + "): " + ex.getMessage()));
      }
    }
  }

  private static Article article(SyndEntry e, String id, String outlet) throws BadInputException {
    String title = e.getTitle() == null ? "" : plain(e.getTitle(), "html");
    String body = "";
    for (SyndContent c : e.getContents()) {
      String t = plain(c.getValue(), c.getType());
      if (t.length() > body.length()) {
        body = t;
      }
    }
    if (e.getDescription() != null) {
      String d = plain(e.getDescription().getValue(), e.getDescription().getType());
      if (d.length() > body.length()) {
        body = d;
      }
    }
    String text = title.isEmpty() || body.startsWith(title) ? body : body.isEmpty() ? title : title + "\n\n" + body;
    String problem = ArticleSource.checkText(text);
    if (problem != null) {
      throw new BadInputException(problem);
    }
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    LocalDate published = date == null ? null : PublishedDate.utc(date.toInstant());
    String url = blankToNull(e.getLink());
    if (url == null && !e.getLinks().isEmpty()) {
      url = blankToNull(e.getLinks().get(0).getHref());
    }
    return new Article(id, text, published, url, outlet);
  }

  /** The text of a feed field: HTML (RSS descriptions, Atom html/xhtml) parsed and stripped, plain text tidied. */
  private static String plain(String value, String type) {
    if (value == null) {
      return "";
    }
    if (type != null && (type.equals("text") || type.equals("text/plain"))) {
      return HtmlText.tidy(value);
    }
    return HtmlText.of(Jsoup.parseBodyFragment(value).body());
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : b != null && !b.isBlank() ? b.strip() : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

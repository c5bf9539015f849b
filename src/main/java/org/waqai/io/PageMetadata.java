package org.waqai.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The metadata news pages carry in their markup: Open Graph, schema.org (microdata and JSON-LD), Dublin Core. */
final class PageMetadata {
  /** Where publishers put the publication date, most specific first; each yields a content or datetime value. */
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time], meta[name=article:published_time]",
      "meta[itemprop=datePublished], [itemprop=datePublished][datetime]",
      "meta[name=date], meta[name=dc.date], meta[name=dc.date.issued], meta[name=dcterms.created], "
          + "meta[name=dcterms.issued], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], "
          + "meta[name=publication_date], meta[name=parsely-pub-date], meta[name=sailthru.date], "
          + "meta[property=og:published_time]",
      "time[pubdate][datetime]", "article time[datetime]", "time[datetime]");
  private static final ObjectMapper JSON = new ObjectMapper();

  private PageMetadata() {}

  static String title(Document doc) {
    String og = meta(doc, "meta[property=og:title], meta[name=og:title]");
    if (og != null) {
      return og;
    }
    if (!doc.title().isBlank()) {
      return doc.title().strip();
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  /** The first date found, in the order of {@link #DATE_SELECTORS} with JSON-LD after microdata. */
  static LocalDate published(Document doc) {
    for (int i = 0; i < DATE_SELECTORS.size(); i++) {
      if (i == 2) {
        LocalDate ld = jsonLdDate(doc);
        if (ld != null) {
          return ld;
        }
      }
      for (Element e : doc.select(DATE_SELECTORS.get(i))) {
        LocalDate d = PublishedDate.parse(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The canonical link's absolute URL, else og:url; only http(s) URLs count. */
  static String url(Document doc) {
    for (Element link : doc.select("link[rel=canonical][href]")) {
      String u = link.absUrl("href");
      if (web(u)) {
        return u;
      }
    }
    String og = meta(doc, "meta[property=og:url], meta[name=og:url]");
    return web(og) ? og : null;
  }

  /** The stripped {@code content} of the first matching element with a non-blank one, or null. */
  static String meta(Document doc, String selector) {
    for (Element e : doc.select(selector)) {
      String v = e.attr("content").strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static boolean web(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://"));
  }

  private static LocalDate jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        LocalDate d = datePublished(JSON.readTree(script.data()));
        if (d != null) {
          return d;
        }
      } catch (JsonProcessingException e) {
        // a broken JSON-LD block says nothing; the other sources may
      }
    }
    return null;
  }

  /** The first {@code datePublished} in a JSON-LD tree (objects, arrays, {@code @graph}), or null. */
  private static LocalDate datePublished(JsonNode node) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get("datePublished");
    if (v != null && v.isTextual()) {
      LocalDate d = PublishedDate.parse(v.asText());
      if (d != null) {
        return d;
      }
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        LocalDate d = datePublished(child);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }
}

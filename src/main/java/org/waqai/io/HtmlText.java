package org.waqai.io;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: whitespace collapsed as a browser does, one blank line between blocks
 * (paragraphs, headings, list items), a line break for {@code <br>}.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure",
      "figcaption", "table", "tr", "td", "th", "hr", "address", "aside", "nav", "body");

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private HtmlText() {}

  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(WHITESPACE.matcher(t.getWholeText()).replaceAll(" ")); // source line breaks are spaces
        } else if (node instanceof Element e) {
          if (e.normalName().equals("br")) {
            out.append('\n');
          } else if (BLOCKS.contains(e.normalName())) {
            out.append("\n\n");
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          out.append("\n\n");
        }
      }
    }, root);
    return tidy(out);
  }

  /** Collapses spaces within lines, trims lines, and keeps at most one blank line between blocks. */
  static String tidy(CharSequence raw) {
    StringBuilder text = new StringBuilder(raw.length());
    int blank = 0;
    for (String line : raw.toString().split("\n", -1)) {
      String l = line.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\f\\u000B]+", " ").strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (!text.isEmpty()) {
        text.append(blank > 0 ? "\n\n" : "\n");
      }
      text.append(l);
      blank = 0;
    }
    return text.toString();
  }
}

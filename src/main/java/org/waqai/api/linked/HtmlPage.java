package org.waqai.api.linked;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.waqai.api.format.RdfPrefixes;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/**
 * A resource's description as an HTML page for people: its statements, its parts (time, evidence, mentions) and
 * what points at it. Arabic text (the evidence sentence, an article's original text, mentions, aliases) is set
 * right-to-left with {@code dir="rtl" lang="ar"}. Links to other resources stay on this server.
 */
public final class HtmlPage {
  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
      + "padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;"
      + "padding:.3rem .5rem;vertical-align:top;text-align:start}th{width:14rem;font-weight:normal;color:#555}"
      + "[lang=ar]{font-size:1.15em}p[lang=ar]{background:#f6f6f0;padding:.5rem 1rem;border-inline-start:3px solid "
      + "#b90}mark{background:#fd6;padding:0 .1em}code{font-size:.9em;word-break:break-all}";

  private final LinkedDataService.Description description;
  private final PrefixMapping prefixes;
  private final String base;
  private final StringBuilder out = new StringBuilder(8192);

  private HtmlPage(LinkedDataService.Description description, String base) {
    this.description = description;
    this.prefixes = RdfPrefixes.with(base);
    this.base = base;
  }

  public static String render(LinkedDataService.Description description, String base) {
    return new HtmlPage(description, base).page();
  }

  private String page() {
    Node resource = description.resource();
    Graph g = description.graph();
    String title = capitalised(description.kind().folder()) + " " + text(label(g, resource));
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
        .append(" · Waqai</title><style>").append(STYLE).append("</style></head><body>\n<h1>").append(escape(title))
        .append("</h1>\n<p><code>").append(escape(resource.getURI())).append("</code> · also as <a href=\"?format=")
        .append("turtle\">Turtle</a>, <a href=\"?format=jsonld\">JSON-LD</a></p>\n");
    section(resource, null);
    for (Node part : parts(g, resource)) {
      section(part, part.getURI().substring(resource.getURI().length() + 1));
    }
    incoming(g, resource);
    out.append("<p><a href=\"/\">Waqai</a> · <a href=\"/sparql\">SPARQL</a></p>\n</body></html>\n");
    return out.toString();
  }

  private void section(Node subject, String fragment) {
    if (fragment != null) {
      out.append("<section id=\"").append(escape(fragment)).append("\"><h2>#").append(escape(fragment))
          .append("</h2>\n");
    }
    out.append("<table>\n");
    List<Triple> triples = description.graph().find(subject, Node.ANY, Node.ANY).toList();
    triples.sort(Comparator.comparing((Triple t) -> shortForm(t.getPredicate().getURI()))
        .thenComparing(t -> t.getObject().toString()));
    for (Triple t : triples) {
      String shown = t.getPredicate().equals(WQ.sentence) ? highlighted(subject, t.getObject()) : null;
      out.append("<tr><th>").append(link(t.getPredicate())).append("</th><td>")
          .append(shown != null ? shown : value(t.getObject())).append("</td></tr>\n");
    }
    out.append("</table>\n");
    if (fragment != null) {
      out.append("</section>\n");
    }
  }

  /**
   * An evidence sentence with its trigger marked ({@code <mark>}): the trigger's offsets, like the sentence's, are
   * into the article's original text. Null when the evidence lacks an offset or they do not fit the sentence.
   */
  private String highlighted(Node evidence, Node sentence) {
    Integer start = integer(evidence, WQ.start);
    Integer from = integer(evidence, WQ.triggerStart);
    Integer to = integer(evidence, WQ.triggerEnd);
    if (!sentence.isLiteral() || start == null || from == null || to == null) {
      return null;
    }
    String text = sentence.getLiteralLexicalForm();
    int a = from - start;
    int b = to - start;
    if (a < 0 || b <= a || b > text.length()) {
      return null;
    }
    return "<p dir=\"rtl\" lang=\"ar\">" + escape(text.substring(0, a)) + "<mark>" + escape(text.substring(a, b))
        + "</mark>" + escape(text.substring(b)) + "</p>";
  }

  private Integer integer(Node subject, Node predicate) {
    List<Triple> found = description.graph().find(subject, predicate, Node.ANY).toList();
    if (found.size() != 1 || !found.get(0).getObject().isLiteral()
        || !(found.get(0).getObject().getLiteralValue() instanceof Number n)) {
      return null;
    }
    return n.intValue();
  }

  private void incoming(Graph g, Node resource) {
    List<Triple> in = g.find(Node.ANY, Node.ANY, resource).toList();
    in.removeIf(t -> t.getSubject().equals(resource) || isPart(t.getSubject(), resource));
    if (in.isEmpty()) {
      return;
    }
    in.sort(Comparator.comparing(t -> t.getSubject().toString()));
    out.append("<h2>Referenced by</h2>\n<ul>\n");
    for (Triple t : in) {
      out.append("<li>").append(link(t.getSubject())).append(" — ").append(link(t.getPredicate()))
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  /** The resource's parts ({@code #time}, {@code #evidence}, …), in IRI order. */
  private static Set<Node> parts(Graph g, Node resource) {
    Set<Node> parts = new TreeSet<>(Comparator.comparing(Node::getURI));
    g.find().forEachRemaining(t -> {
      if (isPart(t.getSubject(), resource)) {
        parts.add(t.getSubject());
      }
    });
    return parts;
  }

  private static boolean isPart(Node n, Node resource) {
    return n.isURI() && n.getURI().startsWith(resource.getURI() + "#");
  }

  private String value(Node o) {
    if (o.isURI()) {
      return link(o);
    }
    if (!o.isLiteral()) {
      return escape(o.toString());
    }
    return text(o);
  }

  /** Arabic literals right-to-left; long ones (sentences, whole articles) as their own block. */
  private static String text(Node literal) {
    if (!literal.isLiteral()) {
      return escape(literal.isURI() ? literal.getURI() : literal.toString());
    }
    String lexical = escape(literal.getLiteralLexicalForm());
    if (literal.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith("ar")) {
      return literal.getLiteralLexicalForm().length() > 60
          ? "<p dir=\"rtl\" lang=\"ar\">" + lexical + "</p>"
          : "<span dir=\"rtl\" lang=\"ar\">" + lexical + "</span>";
    }
    return lexical;
  }

  /** Resources under the base link to their page here; parts of this resource to their section. */
  private String link(Node iri) {
    String uri = iri.getURI();
    String shown = escape(shortForm(uri));
    String resource = description.resource().getURI();
    if (uri.startsWith(resource + "#")) {
      return "<a href=\"" + escape(uri.substring(resource.length())) + "\">" + shown + "</a>";
    }
    if (uri.startsWith(base)) {
      return "<a href=\"/id/" + escape(uri.substring(base.length())) + "\">" + shown + "</a>";
    }
    return "<a href=\"" + escape(uri) + "\">" + shown + "</a>";
  }

  /** The prefixed name by the longest matching namespace ({@code wqet:battles}, not {@code wq:event-type/battles}). */
  private String shortForm(String uri) {
    String best = null;
    for (var e : prefixes.getNsPrefixMap().entrySet()) {
      if (uri.startsWith(e.getValue()) && (best == null || e.getValue().length() > prefixes.getNsPrefixURI(best).length())) {
        best = e.getKey();
      }
    }
    return best == null ? uri : best + ":" + uri.substring(prefixes.getNsPrefixURI(best).length());
  }

  private static Node label(Graph g, Node resource) {
    for (Node p : List.of(Terms.label, Terms.identifier)) {
      List<Triple> found = g.find(resource, p, Node.ANY).toList();
      if (!found.isEmpty()) {
        return found.get(0).getObject();
      }
    }
    return resource;
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

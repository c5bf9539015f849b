package org.waqai.store.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where instance data lives: {@code {base}event/{id}}, {@code {base}actor/{id}}, {@code {base}place/{id}},
 * {@code {base}article/{id}}, admin areas under {@code {base}area/}, software agents under {@code {base}agent/}.
 * Ids are percent-encoded as one path segment ({@code hama-gov/north} becomes {@code hama-gov%2Fnorth}) so that no
 * id can climb out of its folder; answers read ids back from {@code dct:identifier}, never from IRIs.
 *
 * @param base absolute IRI ending in {@code /}
 */
public record Iris(String base) {
  public static final String DEFAULT_BASE = "http://localhost:8080/id/";

  public Iris {
    if (base == null || !base.endsWith("/")) {
      throw new IllegalArgumentException("base IRI must end with '/': " + base);
    }
    try {
      if (!new URI(base).isAbsolute()) {
        throw new IllegalArgumentException("base IRI must be absolute: " + base);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad base IRI: " + base, e);
    }
  }

  public static Iris defaults() {
    return new Iris(DEFAULT_BASE);
  }

  public Node article(String id) {
    return node("article/", id, "");
  }

  /** The extraction run over an article: one per article graph, since the graph is replaced as a whole. */
  public Node extraction(String articleId) {
    return node("article/", articleId, "#extraction");
  }

  public Node event(String id) {
    return node("event/", id, "");
  }

  /** A part of an event that has no identity of its own: {@code #time}, {@code #evidence}, {@code #mention-actor1}. */
  public Node eventPart(String eventId, String part) {
    return node("event/", eventId, "#" + part);
  }

  /** An actor by its identity: the vocabulary key, or the registry id when it has no key. */
  public Node actor(String identity) {
    return node("actor/", identity, "");
  }

  public Node place(String id) {
    return node("place/", id, "");
  }

  public Node placeGeometry(String id) {
    return node("place/", id, "#geometry");
  }

  /** A governorate or country by its English name: {@code Deir ez-Zor} is {@code area/deir-ez-zor}. */
  public Node area(String name) {
    return node("area/", slug(name), "");
  }

  public Node agent(String software, String version) {
    return node("agent/", software + "-" + version, "");
  }

  /** The named graph that holds the ontology, the taxonomy and the actor individuals. */
  public Node referenceGraph() {
    return NodeFactory.createURI(base + "graph/reference");
  }

  private Node node(String folder, String id, String fragment) {
    return NodeFactory.createURI(base + folder + encode(id) + fragment);
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }

  /** Percent-encodes everything but RFC 3986's unreserved characters, so any id is one safe path segment. */
  static String encode(String id) {
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty id");
    }
    if (id.equals(".") || id.equals("..")) {
      return id.replace(".", "%2E"); // a bare dot segment would climb out of the folder
    }
    StringBuilder sb = new StringBuilder(id.length() + 8);
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}

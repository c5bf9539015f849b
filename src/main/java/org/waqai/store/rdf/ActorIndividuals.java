package org.waqai.store.rdf;

import org.waqai.data.TsvResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.io.StringWriterI;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.waqai.store.rdf.vocab.Terms;
import org.waqai.store.rdf.vocab.WQ;

/**
 * The actor registry ({@code /org/waqai/extract/actors/actors.tsv}) as {@code wq:Actor} individuals. Registry rows
 * sharing a vocabulary key are one actor with several alias sets (e.g. HTS and the names it kept from al-Nusra), so
 * rows are grouped by identity (key, else id): the actor is valid from its earliest row's start to its latest row's
 * end, carries every row's aliases as {@code skos:altLabel}@ar and lists the rows as {@code wq:registryId}.
 * {@code ontology/actors.ttl} is this graph under the default base; regenerate it with {@link #main}.
 */
public final class ActorIndividuals {
  public static final String REGISTRY = "/org/waqai/extract/actors/actors.tsv";

  private ActorIndividuals() {}

  /** Writes the individuals under the default base to {@code args[0]} (default {@code ontology/actors.ttl}). */
  public static void main(String[] args) {
    Iris iris = Iris.defaults();
    write(Path.of(args.length > 0 ? args[0] : "ontology/actors.ttl"), graph(iris), iris);
  }

  public static Graph graph(Iris iris) {
    Triples out = new Triples(GraphMemFactory.createDefaultGraph());
    byIdentity().forEach((identity, rows) -> describe(out, iris.actor(identity), identity, rows));
    return out.graph();
  }

  /** Registry rows grouped by actor identity, in the order the actors first appear in the registry. */
  private static Map<String, List<TsvResource.Row>> byIdentity() {
    Map<String, List<TsvResource.Row>> byIdentity = new LinkedHashMap<>();
    for (TsvResource.Row row : TsvResource.classpath(REGISTRY)) {
      String key = row.get("key");
      String identity = key.isEmpty() ? row.get("id") : key;
      if (identity.isEmpty()) {
        throw new RdfDataException(row.where() + ": row without id");
      }
      byIdentity.computeIfAbsent(identity, k -> new ArrayList<>()).add(row);
    }
    return byIdentity;
  }

  private static void describe(Triples out, Node actor, String identity, List<TsvResource.Row> rows) {
    TsvResource.Row main = rows.stream().filter(r -> r.get("id").equals(identity)).findFirst().orElse(rows.get(0));
    out.type(actor, WQ.Actor);
    out.string(actor, Terms.identifier, identity);
    out.lang(actor, Terms.label, main.get("name"), "en");
    if (!main.get("key").isEmpty()) {
      out.string(actor, Terms.notation, main.get("key"));
    }
    int inter = inter(main);
    if (inter > 0) {
      out.xsdInt(actor, WQ.interCode, inter);
      out.add(actor, WQ.actorType, WQ.actorType(inter));
    }
    validity(out, actor, rows);
    for (TsvResource.Row row : rows) {
      out.string(actor, WQ.registryId, row.get("id"));
      for (String alias : row.get("aliases").split("[|؛]")) {
        if (!alias.isBlank()) {
          out.lang(actor, Terms.altLabel, alias.trim(), "ar");
        }
      }
    }
  }

  private static int inter(TsvResource.Row row) {
    String s = row.get("inter");
    try {
      int inter = s.isEmpty() ? 0 : Integer.parseInt(s);
      if (inter < 0 || inter > 8) {
        throw new RdfDataException(row.where() + ": inter code out of 0..8: " + s);
      }
      return inter;
    } catch (NumberFormatException e) {
      throw new RdfDataException(row.where() + ": inter code not a number: " + s);
    }
  }

  /** Earliest start and latest end over the rows; an open bound on any row leaves the actor open that side. */
  private static void validity(Triples out, Node actor, List<TsvResource.Row> rows) {
    String from = null;
    String to = null;
    boolean openFrom = false;
    boolean openTo = false;
    for (TsvResource.Row row : rows) {
      String f = row.get("from");
      String t = row.get("to");
      openFrom |= f.isEmpty();
      openTo |= t.isEmpty();
      if (!f.isEmpty() && (from == null || day(row, f, true).isBefore(day(row, from, true)))) {
        from = f;
      }
      if (!t.isEmpty() && (to == null || day(row, t, false).isAfter(day(row, to, false)))) {
        to = t;
      }
    }
    if (!openFrom) {
      bound(out, actor, WQ.validFrom, from);
    }
    if (!openTo) {
      bound(out, actor, WQ.validTo, to);
    }
  }

  private static void bound(Triples out, Node actor, Node property, String value) {
    out.typed(actor, property, value, value.length() == 4 ? XSDDatatype.XSDgYear : XSDDatatype.XSDdate);
  }

  /** A year stands for its first day as a start and its last day as an end. */
  private static LocalDate day(TsvResource.Row row, String value, boolean start) {
    try {
      if (value.length() == 4) {
        int year = Integer.parseInt(value);
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      }
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw new RdfDataException(row.where() + ": validity is neither YYYY nor YYYY-MM-DD: " + value);
    }
  }

  /**
   * Writes the graph as Turtle with actors in registry order and each actor's values sorted, so that a registry change
   * gives a small diff of the committed file (Jena's pretty writer orders subjects by hash).
   */
  static void write(Path file, Graph graph, Iris iris) {
    PrefixMap prefixes = PrefixMapFactory.create();
    StringWriterI out = new StringWriterI();
    out.write("# Generated from the actor registry " + REGISTRY + " by " + ActorIndividuals.class.getName() + ".\n");
    out.write("# Do not edit: change the registry and regenerate (see ontology/README.md).\n\n");
    for (String prefix : List.of("actor", "wq", "wqat", "rdfs", "skos", "dct", "xsd")) {
      String uri = prefix.equals("actor") ? iris.base() + "actor/" : Prefixes.ALL.getNsPrefixURI(prefix);
      prefixes.add(prefix, uri);
      out.write("@prefix " + prefix + ": <" + uri + "> .\n");
    }
    NodeFormatter nodes = new NodeFormatterTTL(null, prefixes);
    for (String identity : byIdentity().keySet()) {
      writeActor(out, nodes, graph, iris.actor(identity));
    }
    try {
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One actor: {@code a} first, then predicates and values in lexical order. */
  private static void writeActor(StringWriterI out, NodeFormatter nodes, Graph graph, Node actor) {
    List<Triple> triples = new ArrayList<>(graph.find(actor, Node.ANY, Node.ANY).toList());
    triples.sort(Comparator.comparing((Triple t) -> !t.getPredicate().equals(Terms.type))
        .thenComparing(t -> t.getPredicate().getURI())
        .thenComparing(t -> t.getObject().toString()));
    out.write("\n");
    nodes.format(out, actor);
    for (Triple t : triples) {
      out.write(t == triples.get(0) ? "\n    " : " ;\n    ");
      if (t.getPredicate().equals(Terms.type)) {
        out.write("a");
      } else {
        nodes.format(out, t.getPredicate());
      }
      out.write(" ");
      nodes.format(out, t.getObject());
    }
    out.write(" .\n");
  }
}

package org.waqai.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waqai.store.EventStore;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.neo4j.Neo4jSettings;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfSettings;
import picocli.CommandLine.Option;

/**
 * Where the stores are: embedded under {@code --data} by default (Neo4j in {@code neo4j/}, TDB2 in {@code tdb2/}, the
 * ingest journal in {@code journal/}); {@code waqai.*} system properties or {@code WAQAI_*} environment variables
 * point them at a Neo4j server or cluster and a SPARQL 1.1 store instead.
 */
final class StoreOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "directory of the embedded stores and the ingest journal (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "0",
      description = "Bolt port of the embedded Neo4j, on 127.0.0.1 (0 = any free port; default: ${DEFAULT-VALUE})")
  int boltPort;

  Path journal() {
    return data.resolve("journal");
  }

  /** Opens both stores; the caller closes them. */
  List<EventStore> open() {
    EventStore graph = Neo4jEventStore.open(neo4jSettings());
    try {
      return List.of(graph, RdfEventStore.open(rdfSettings(data)));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** The graph store: embedded under {@code data/neo4j} unless {@code waqai.neo4j.*} settings say otherwise. */
  Neo4jSettings neo4jSettings() {
    Map<String, String> neo = new HashMap<>();
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("waqai."))
        .forEach(k -> neo.put(k, System.getProperty(k)));
    neo.putIfAbsent("waqai.neo4j.data-dir", data.resolve("neo4j").toString());
    neo.putIfAbsent("waqai.neo4j.bolt-port", String.valueOf(boltPort));
    return Neo4jSettings.from(neo);
  }

  /**
   * The RDF store of {@code data}: TDB2 in {@code data/tdb2} unless {@code waqai.rdf.*} system properties or
   * {@code WAQAI_RDF_*} environment variables say otherwise.
   */
  static RdfSettings rdfSettings(Path data) {
    String tdb = data.resolve("tdb2").toString();
    return RdfSettings.from(key -> {
      String v = RdfSettings.environment(key);
      return v == null && key.equals("waqai.rdf.tdb2-dir") ? tdb : v;
    });
  }
}

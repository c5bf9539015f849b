package org.waqai.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.waqai.store.neo4j.EmbeddedNeo4j;

/**
 * A Neo4j server in a process of its own for {@link IngestWorkersTest}: the embedded Neo4j serving Bolt on a free
 * port. Prints its Bolt URI on a line of its own, then serves until its standard input closes.
 * {@code Neo4jServerProcess DATA_DIR}
 */
public final class Neo4jServerProcess {
  private Neo4jServerProcess() {}

  public static void main(String[] args) throws Exception {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), 0, Duration.ZERO)) {
      System.out.println("bolt " + neo4j.boltUri());
      System.out.flush();
      while (System.in.read() >= 0) {
        // serve until the parent closes our input (or dies)
      }
    }
  }
}

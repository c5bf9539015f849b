package org.waqai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.waqai.store.neo4j.EmbeddedNeo4j;

/** A separate process holding an embedded Neo4j directory, as the running service does, until its standard input ends. */
public final class HoldNeo4j {
  private HoldNeo4j() {}

  public static void main(String[] args) throws IOException {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), 0, Duration.ZERO)) {
      System.out.println("holding " + args[0]);
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }
}

package org.waqai.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real stores for the service under test: embedded Neo4j and TDB2 in a fresh temporary directory (Neo4j on a free
 * Bolt port, see {@code %test} in application.properties), removed when the application stops.
 */
public class TempStores implements QuarkusTestResourceLifecycleManager {
  private Path dir;

  @Override
  public Map<String, String> start() {
    try {
      dir = Files.createTempDirectory("waqai-api-test-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "waqai.neo4j.data-dir", dir.resolve("neo4j").toString(),
        "waqai.rdf.tdb2-dir", dir.resolve("tdb2").toString(),
        "waqai.journal-dir", dir.resolve("journal").toString());
  }

  @Override
  public void stop() {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

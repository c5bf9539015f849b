package org.waqai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.waqai.store.neo4j.BoltCredentials;

/** The embedded server's credentials for a benchmark's direct Bolt client: the file named by BOLT_PASSWORD_FILE. */
final class BenchBolt {
  private BenchBolt() {}

  static AuthToken auth() {
    String file = System.getenv("BOLT_PASSWORD_FILE");
    if (file == null || file.isBlank()) {
      return AuthTokens.none();
    }
    try {
      return AuthTokens.basic(BoltCredentials.USER, Files.readString(Path.of(file), StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

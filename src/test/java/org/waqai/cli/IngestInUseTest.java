package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code waqai ingest} on a data directory another process holds (the running service, typically) says so and what
 * to do, instead of Neo4j's "Error starting Neo4j database server".
 */
class IngestInUseTest {
  @TempDir
  Path dir;

  @Test
  void saysTheDirectoryIsInUseByAnotherWaqaiProcess() throws Exception {
    Path data = dir.resolve("data");
    Path neo4j = data.resolve("neo4j");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), HoldNeo4j.class.getName(), neo4j.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertEquals("holding " + neo4j, out.readLine());
      PrintStream err = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int code;
      try {
        code = Main.run("ingest", "-q", Path.of("samples", "illustrative.jsonl").toString(), "--data",
            data.toString());
      } finally {
        System.setErr(err);
      }
      String message = captured.toString(StandardCharsets.UTF_8);
      assertEquals(1, code, message);
      assertTrue(message.contains("waqai: Neo4j directory " + neo4j + " is in use by another Waqai process "
          + "(the service?)"), message);
      assertTrue(message.contains("POST /articles"), message);
      assertFalse(message.contains("Error starting Neo4j database server"), message);
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    }
  }
}

package org.waqai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.waqai.extract.ExtractorVersion;

/** What a new user types first: {@code --help} lists every command, {@code --version} agrees with the build. */
class HelpAndVersionTest {

  @Test
  void helpListsEveryCommandServeIncluded() {
    CliRun help = CliRun.run("--help");
    assertEquals(0, help.code());
    for (String command : new String[] {"extract", "ingest", "serve", "export", "compact"}) {
      assertTrue(help.out().matches("(?s).*\\n\\s+" + command + "\\s.*"), command + " missing from\n" + help.out());
    }
    CliRun serve = CliRun.run("serve", "--help");
    assertEquals(0, serve.code());
    assertTrue(serve.out().contains("--data=DIR"), serve.out());
    assertTrue(serve.out().contains("QUARKUS_HTTP_PORT") && serve.out().contains("WAQAI_BASE_URI"), serve.out());
  }

  /**
   * The service logs the Maven project version at start ("waqai 0.1.2 on JVM"), the command line prints the
   * extractor's version (software version + a digest of its data): the software versions must be one.
   */
  @Test
  void versionIsTheProjectVersionTheServiceLogs() throws IOException {
    Matcher project = Pattern.compile("<artifactId>waqai</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
    assertTrue(project.find());
    assertEquals(project.group(1), ExtractorVersion.SOFTWARE,
        "pom.xml's version and ExtractorVersion.SOFTWARE must be raised together");
    CliRun version = CliRun.run("--version");
    assertEquals(0, version.code());
    assertEquals("waqai " + ExtractorVersion.current(), version.out().strip());
    assertTrue(version.out().startsWith("waqai " + project.group(1) + "+"), version.out());
  }

  /** The launcher reads serve's options before it builds anything, so a mistake is told at once. */
  @Test
  void launcherRefusesAnUnknownServeOptionAtOnce() throws Exception {
    Process p = new ProcessBuilder("bash", "waqai", "serve", "--port", "1").redirectErrorStream(true).start();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.exitValue(), out);
    assertTrue(out.contains("unknown option '--port'") && !out.contains("building"), out);
  }

}

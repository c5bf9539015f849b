package org.waqai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code waqai} command line. */
@Command(name = "waqai", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Conflict events from Arabic news: extract them, load them into Neo4j and Jena, serve them.",
    subcommands = {ExtractCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class,
        CompactCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  public static void main(String[] args) {
    CliLogging.configure();
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("waqai: " + ex.getMessage());
      return 1;
    });
    return cl.execute(args);
  }
}

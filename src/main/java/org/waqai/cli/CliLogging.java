package org.waqai.cli;

import java.util.logging.Level;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Logging for the command line, which runs outside Quarkus on the same libraries. There, SLF4J binds to JBoss
 * LogManager (the launcher puts it on the class path for the service), whose unconfigured root logger has no level
 * and no handler: every debug and trace call of Jena and the driver was formatted (direct ARQ ran 2.5x slower,
 * {@code ingest} of 600 articles took 54-58 s instead of 37 s) and every warning was dropped. This sets the root level, WARN unless
 * {@code -Dwaqai.log.level} says otherwise, and prints to standard error, where the progress bar and the summary
 * already go.
 */
final class CliLogging {
  private CliLogging() {}

  static void configure() {
    // JUL's manager too, so that libraries logging through java.util.logging land in the same place; this must
    // happen before anything touches java.util.logging, hence first thing in main.
    if (System.getProperty("java.util.logging.manager") == null) {
      System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    }
    Level level = level(System.getProperty("waqai.log.level", "WARN"));
    Logger root = LogContext.getSystemLogContext().getLogger("");
    root.setLevel(level);
    ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
        new PatternFormatter("%d{HH:mm:ss} %-5p [%c{1.}] %s%e%n"));
    console.setLevel(level);
    root.addHandler(console);
    // Apache SIS (through jena-geosparql) warns at start that SIS_DATA is unset, as a bare resource key; it needs
    // no data directory for the WGS 84 points used here.
    LogContext.getSystemLogContext().getLogger("org.apache.sis").setLevel(Level.SEVERE);
  }

  /** ERROR, WARN, INFO, DEBUG, TRACE or a java.util.logging name; WARN for anything else. */
  static Level level(String name) {
    return switch (name.trim().toUpperCase()) {
      case "ERROR", "SEVERE" -> Level.SEVERE;
      case "WARN", "WARNING" -> Level.WARNING;
      case "INFO" -> Level.INFO;
      case "DEBUG", "FINE" -> Level.FINE;
      case "TRACE", "FINEST", "ALL" -> Level.FINEST;
      case "OFF" -> Level.OFF;
      default -> Level.WARNING;
    };
  }
}

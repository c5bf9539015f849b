package org.waqai.store.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the graph lives and how to write to it. {@code uri} alone switches between the embedded server
 * ({@value #EMBEDDED}) and an external server or cluster ({@code bolt://host:7687}, {@code neo4j://host:7687} and
 * their {@code +s}/{@code +ssc} variants); the embedded-only fields are ignored for an external one.
 *
 * @param uri {@value #EMBEDDED} or a Bolt/Neo4j URI
 * @param user user name for an external server
 * @param password password for an external server, or null to connect without authentication
 * @param database the database name, or null for the server's default database
 * @param dataDir the embedded server's data directory
 * @param boltPort the embedded server's Bolt port on 127.0.0.1, 0 for any free port
 * @param batchSize events per write transaction (rows per {@code UNWIND})
 * @param txTimeout the embedded server's transaction timeout, zero for none
 */
public record Neo4jSettings(
    String uri,
    String user,
    String password,
    String database,
    Path dataDir,
    int boltPort,
    int batchSize,
    Duration txTimeout) {

  public static final String EMBEDDED = "embedded";
  /**
   * Each event brings five relationships and some twenty properties, so 2,500 events make a transaction about as
   * large as the 10,000 one-relationship rows found fastest elsewhere; on a 2 GB heap larger ones cost more in
   * garbage collection than they save in round trips (Neo4jLoadBench).
   */
  public static final int DEFAULT_BATCH_SIZE = 2_500;

  /** The configuration keys; each is also read from the environment, e.g. {@code WAQAI_NEO4J_DATA_DIR}. */
  public enum Key {
    URI("uri"),
    USER("user"),
    PASSWORD("password"),
    DATABASE("database"),
    DATA_DIR("data-dir"),
    BOLT_PORT("bolt-port"),
    BATCH_SIZE("batch-size"),
    TX_TIMEOUT("tx-timeout");

    private final String suffix;

    Key(String suffix) {
      this.suffix = suffix;
    }

    public String property() {
      return "waqai.neo4j." + suffix;
    }

    public String environmentVariable() {
      return property().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
  }

  public Neo4jSettings {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(txTimeout, "txTimeout");
    if (!uri.equals(EMBEDDED) && !uri.matches("(bolt|neo4j)(\\+s|\\+ssc)?://.+")) {
      throw new IllegalArgumentException(Key.URI.property() + " must be 'embedded' or a bolt:// or neo4j:// URI: " + uri);
    }
    if (boltPort < 0 || boltPort > 65_535) {
      throw new IllegalArgumentException(Key.BOLT_PORT.property() + " out of range: " + boltPort);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException(Key.BATCH_SIZE.property() + " must be positive: " + batchSize);
    }
    if (txTimeout.isNegative()) {
      throw new IllegalArgumentException(Key.TX_TIMEOUT.property() + " must not be negative: " + txTimeout);
    }
  }

  /** Embedded in {@code ./data/neo4j} on the standard Bolt port. */
  public static Neo4jSettings defaults() {
    return new Neo4jSettings(
        EMBEDDED, "neo4j", null, null, Path.of("data", "neo4j"), 7687, DEFAULT_BATCH_SIZE, Duration.ZERO);
  }

  /** Reads the settings from properties, falling back on the process environment for keys they lack. */
  public static Neo4jSettings from(Properties properties) {
    Map<String, String> config = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> config.put(name, properties.getProperty(name)));
    return from(config, System.getenv());
  }

  /** Reads the settings from a map, falling back on the process environment for keys it lacks. */
  public static Neo4jSettings from(Map<String, String> config) {
    return from(config, System.getenv());
  }

  /** Explicit configuration wins over the environment, which wins over {@link #defaults()}. */
  public static Neo4jSettings from(Map<String, String> config, Map<String, String> environment) {
    Neo4jSettings d = defaults();
    ConfigSource source = new ConfigSource(config, environment);
    return new Neo4jSettings(
        source.get(Key.URI, d.uri()).trim(),
        source.get(Key.USER, d.user()),
        source.get(Key.PASSWORD, d.password()),
        source.get(Key.DATABASE, d.database()),
        Path.of(source.get(Key.DATA_DIR, d.dataDir().toString())),
        parsePort(source.get(Key.BOLT_PORT, Integer.toString(d.boltPort()))),
        parseInt(Key.BATCH_SIZE, source.get(Key.BATCH_SIZE, Integer.toString(d.batchSize()))),
        parseDuration(source.get(Key.TX_TIMEOUT, d.txTimeout().toString())));
  }

  public boolean embedded() {
    return uri.equals(EMBEDDED);
  }

  public Neo4jSettings withBatchSize(int size) {
    return new Neo4jSettings(uri, user, password, database, dataDir, boltPort, size, txTimeout);
  }

  /** Never shows the password, so that settings can be logged. */
  @Override
  public String toString() {
    return "Neo4jSettings[uri=" + uri + ", user=" + user + ", password=" + (password == null ? "none" : "***")
        + ", database=" + database + ", dataDir=" + dataDir + ", boltPort=" + boltPort
        + ", batchSize=" + batchSize + ", txTimeout=" + txTimeout + "]";
  }

  private static int parsePort(String value) {
    return value.equalsIgnoreCase("auto") ? 0 : parseInt(Key.BOLT_PORT, value);
  }

  private static int parseInt(Key key, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key.property() + " is not a number: " + value, e);
    }
  }

  /** Accepts ISO-8601 ({@code PT30S}), seconds ({@code 30}) or an s/m/h suffix ({@code 30s}, {@code 5m}). */
  private static Duration parseDuration(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    if (v.matches("\\d+")) {
      v = v + "S";
    }
    try {
      return Duration.parse(v.startsWith("P") ? v : "PT" + v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(Key.TX_TIMEOUT.property() + " is not a duration: " + value, e);
    }
  }

  private record ConfigSource(Map<String, String> config, Map<String, String> environment) {
    String get(Key key, String fallback) {
      String value = config.get(key.property());
      if (value == null || value.isBlank()) {
        value = environment.get(key.environmentVariable());
      }
      return value == null || value.isBlank() ? fallback : value;
    }
  }
}

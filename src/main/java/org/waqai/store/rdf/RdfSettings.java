package org.waqai.store.rdf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How to reach the RDF store. Read from the keys {@code waqai.rdf.mode} ({@code tdb2}|{@code remote}),
 * {@code waqai.rdf.tdb2-dir}, {@code waqai.rdf.query-url}, {@code waqai.rdf.update-url}, {@code waqai.rdf.gsp-url}
 * and {@code waqai.base-uri}, or from the environment variables of the same name in upper case with {@code _} for
 * {@code .} and {@code -} ({@code WAQAI_RDF_MODE}, {@code WAQAI_RDF_TDB2_DIR}, …).
 *
 * @param mode which back-end
 * @param tdb2Dir the TDB2 directory (mode {@code tdb2})
 * @param queryUrl SPARQL query endpoint (mode {@code remote})
 * @param updateUrl SPARQL update endpoint (mode {@code remote})
 * @param gspUrl Graph Store Protocol endpoint (mode {@code remote})
 * @param baseUri base of instance IRIs
 */
public record RdfSettings(
    RdfMode mode, Path tdb2Dir, String queryUrl, String updateUrl, String gspUrl, String baseUri) {
  public static final String DEFAULT_TDB2_DIR = "./data/tdb2";

  public RdfSettings {
    Objects.requireNonNull(mode, "mode");
    baseUri = baseUri == null || baseUri.isBlank() ? Iris.DEFAULT_BASE : baseUri.trim();
    new Iris(baseUri);
    if (mode == RdfMode.TDB2) {
      tdb2Dir = tdb2Dir == null ? Path.of(DEFAULT_TDB2_DIR) : tdb2Dir;
    } else {
      require(queryUrl, "waqai.rdf.query-url");
      require(updateUrl, "waqai.rdf.update-url");
      require(gspUrl, "waqai.rdf.gsp-url");
    }
  }

  public static RdfSettings tdb2(Path dir) {
    return new RdfSettings(RdfMode.TDB2, dir, null, null, null, null);
  }

  /** A remote store; for Fuseki, {@code http://host:3030/ds/query}, {@code …/update} and {@code …/data}. */
  public static RdfSettings remote(String queryUrl, String updateUrl, String gspUrl) {
    return new RdfSettings(RdfMode.REMOTE, null, queryUrl, updateUrl, gspUrl, null);
  }

  public RdfSettings withBaseUri(String base) {
    return new RdfSettings(mode, tdb2Dir, queryUrl, updateUrl, gspUrl, base);
  }

  /** From system properties, then environment variables, then defaults. */
  public static RdfSettings fromEnvironment() {
    return from(RdfSettings::environment);
  }

  /** One key from the system properties, else from its environment variable; null when neither sets it. */
  public static String environment(String key) {
    String v = System.getProperty(key);
    return v != null ? v : System.getenv(envName(key));
  }

  /** From any key lookup (a config source, a map); absent keys give null. */
  public static RdfSettings from(UnaryOperator<String> lookup) {
    String mode = lookup.apply("waqai.rdf.mode");
    String dir = lookup.apply("waqai.rdf.tdb2-dir");
    return new RdfSettings(
        mode == null || mode.isBlank() ? RdfMode.TDB2 : RdfMode.parse(mode),
        dir == null || dir.isBlank() ? null : Path.of(dir),
        lookup.apply("waqai.rdf.query-url"),
        lookup.apply("waqai.rdf.update-url"),
        lookup.apply("waqai.rdf.gsp-url"),
        lookup.apply("waqai.base-uri"));
  }

  /** {@code waqai.rdf.tdb2-dir} is {@code WAQAI_RDF_TDB2_DIR}. */
  static String envName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static void require(String url, String key) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(key + " is required when waqai.rdf.mode is remote");
    }
  }
}

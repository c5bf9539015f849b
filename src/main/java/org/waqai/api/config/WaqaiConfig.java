package org.waqai.api.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service's configuration under {@code waqai.*}. The stores' keys ({@code waqai.neo4j.*}, {@code waqai.rdf.*})
 * are listed here so that they are documented and checked in one place, but they are parsed, defaulted and
 * validated by the stores' own settings classes, exactly as for the command line.
 */
@ConfigMapping(prefix = "waqai")
public interface WaqaiConfig {

  /**
   * Base of the instance IRIs the RDF store mints, e.g. {@code https://data.example.org/id/}; unset, it follows the
   * service's address ({@link BaseUri}). The linked-data pages answer under {@code /id/}.
   */
  Optional<String> baseUri();

  /** Load {@link #samples()} when both stores are empty at start. */
  @WithDefault("true")
  boolean loadSamples();

  /** The sample corpus, relative to the working directory. */
  @WithDefault("samples/illustrative.jsonl")
  Path samples();

  /** The ingest write-ahead journal. */
  @WithDefault("data/journal")
  Path journalDir();

  Neo4j neo4j();

  Rdf rdf();

  Api api();

  Limits cypher();

  SparqlLimits sparql();

  /** Keys of {@code org.waqai.store.neo4j.Neo4jSettings}; absent keys take that class's defaults. */
  interface Neo4j {
    Optional<String> uri();

    Optional<String> user();

    Optional<String> password();

    Optional<String> database();

    Optional<String> dataDir();

    Optional<String> boltPort();

    Optional<String> batchSize();

    Optional<String> txTimeout();
  }

  /** Keys of {@code org.waqai.store.rdf.RdfSettings}; absent keys take that class's defaults. */
  interface Rdf {
    Optional<String> mode();

    Optional<String> tdb2Dir();

    Optional<String> queryUrl();

    Optional<String> updateUrl();

    Optional<String> gspUrl();
  }

  /** The writable endpoint and request limits. */
  interface Api {
    /** Bearer token required by {@code POST /articles}; required whenever the HTTP host is not loopback. */
    Optional<String> token();

    /** False turns {@code POST /articles} off entirely. */
    @WithDefault("true")
    boolean writable();

    /** Largest body {@code POST /articles} accepts. */
    @WithDefault("16M")
    MemorySize maxBody();

    /** Most articles in one {@code POST /articles}. */
    @WithDefault("1000")
    int maxArticles();

    /** Largest page of {@code GET /events}. */
    @WithDefault("1000")
    int maxPageSize();

    /** Longest ad-hoc query text (Cypher or SPARQL), in characters; longer ones are refused with 413. */
    @WithDefault("65536")
    int maxQueryLength();

    /** Deepest nesting of brackets in an ad-hoc query; the stores' parsers recurse over it. */
    @WithDefault("64")
    int maxQueryNesting();

    /** Most UNIONs in an ad-hoc query. */
    @WithDefault("100")
    int maxQueryUnions();

    /** Ad-hoc queries running at once over /cypher and /sparql; more are answered 503 with Retry-After. */
    @WithDefault("16")
    int maxConcurrentQueries();

    /** Longest request URI answered; longer ones get 414 (as problem+json up to quarkus.http.limits.max-initial-line-length). */
    @WithDefault("16384")
    int maxUriLength();

    /** Largest request headers, in bytes; larger ones get 431 (as problem+json up to quarkus.http.limits.max-header-size). */
    @WithDefault("32768")
    int maxHeaderSize();

    /** Ad-hoc queries one client address may have running at once. */
    @WithDefault("4")
    int maxConcurrentQueriesPerClient();
  }

  /** How long an ad-hoc query may run and how many rows it may return. */
  interface Limits {
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("10000")
    int maxRows();
  }

  /** The SPARQL endpoint's limits: those of {@link Limits}, and how many triples a CONSTRUCT or DESCRIBE may return. */
  interface SparqlLimits extends Limits {
    @WithDefault("100000")
    int maxTriples();

    /**
     * The endpoints a query's {@code SERVICE} may call, compared exactly; none by default, which turns federated
     * queries off (the server would otherwise send requests wherever a query says).
     */
    Optional<List<String>> federatedEndpoints();
  }
}

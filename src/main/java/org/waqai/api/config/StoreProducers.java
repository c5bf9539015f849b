package org.waqai.api.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.waqai.api.sparql.FederationPolicy;
import org.waqai.api.sparql.QueryTarget;
import org.waqai.extract.EventExtractor;
import org.waqai.ingest.IngestJournal;
import org.waqai.ingest.Ingestor;
import org.waqai.store.neo4j.Neo4jConnection;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.neo4j.Neo4jSettings;
import org.waqai.store.rdf.Iris;
import org.waqai.store.rdf.RdfEventStore;
import org.waqai.store.rdf.RdfMode;
import org.waqai.store.rdf.RdfSettings;

/**
 * Opens the stores from {@link WaqaiConfig} and closes them at shutdown. The store types are final classes that
 * cannot be proxied, so they are {@link Singleton}s: created once, on first use (at start, through
 * {@link StartupTasks}), and disposed when the application stops.
 */
@ApplicationScoped
public class StoreProducers {
  private static final Logger LOG = Logger.getLogger(StoreProducers.class);

  @Produces
  @Singleton
  Neo4jSettings neo4jSettings(WaqaiConfig config) {
    WaqaiConfig.Neo4j n = config.neo4j();
    Map<String, String> keys = new HashMap<>();
    put(keys, Neo4jSettings.Key.URI, n.uri());
    put(keys, Neo4jSettings.Key.USER, n.user());
    put(keys, Neo4jSettings.Key.PASSWORD, n.password());
    put(keys, Neo4jSettings.Key.DATABASE, n.database());
    put(keys, Neo4jSettings.Key.DATA_DIR, n.dataDir());
    put(keys, Neo4jSettings.Key.BOLT_PORT, n.boltPort());
    put(keys, Neo4jSettings.Key.BATCH_SIZE, n.batchSize());
    put(keys, Neo4jSettings.Key.TX_TIMEOUT, n.txTimeout());
    // Quarkus has already read the environment (WAQAI_NEO4J_URI is waqai.neo4j.uri), so none is passed again.
    return Neo4jSettings.from(keys, Map.of());
  }

  @ConfigProperty(name = "quarkus.http.host")
  String host;

  @ConfigProperty(name = "quarkus.http.port")
  int port;

  @Produces
  @Singleton
  RdfSettings rdfSettings(WaqaiConfig config) {
    WaqaiConfig.Rdf r = config.rdf();
    Map<String, Optional<String>> keys = Map.of(
        "waqai.rdf.mode", r.mode(), "waqai.rdf.tdb2-dir", r.tdb2Dir(), "waqai.rdf.query-url", r.queryUrl(),
        "waqai.rdf.update-url", r.updateUrl(), "waqai.rdf.gsp-url", r.gspUrl(),
        "waqai.base-uri", Optional.of(BaseUri.of(config.baseUri(), host, port)));
    return RdfSettings.from(key -> keys.getOrDefault(key, Optional.empty()).orElse(null));
  }

  @Produces
  @Singleton
  Iris iris(RdfSettings settings) {
    return new Iris(settings.baseUri());
  }

  @Produces
  @Singleton
  Neo4jConnection neo4jConnection(Neo4jSettings settings) {
    LOG.infof("connecting to Neo4j: %s", settings);
    return Neo4jConnection.open(settings);
  }

  void closeNeo4j(@Disposes Neo4jConnection connection) {
    connection.close();
  }

  @Produces
  @Singleton
  Neo4jEventStore neo4jStore(Neo4jConnection connection, Neo4jSettings settings) {
    Neo4jEventStore store = new Neo4jEventStore(connection.driver(), connection.database(), settings.batchSize());
    store.initialise();
    return store;
  }

  @Produces
  @Singleton
  RdfEventStore rdfStore(RdfSettings settings) {
    LOG.infof("opening the RDF store: %s", settings.mode() == RdfMode.TDB2
        ? "TDB2 in " + settings.tdb2Dir() : settings.queryUrl());
    RdfEventStore store = RdfEventStore.open(settings);
    try {
      store.initialise();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  void closeRdf(@Disposes RdfEventStore store) {
    store.close();
  }

  /** Read-only access for ad-hoc SPARQL; takes the store so that TDB2 is opened (and released) by the store. */
  @Produces
  @Singleton
  QueryTarget queryTarget(RdfSettings settings, RdfEventStore store, FederationPolicy federation) {
    return QueryTarget.open(settings, federation);
  }

  @Produces
  @Singleton
  FederationPolicy federation(WaqaiConfig config) {
    return FederationPolicy.of(config.sparql().federatedEndpoints().orElse(List.of()));
  }

  void closeQueryTarget(@Disposes QueryTarget target) {
    target.close();
  }

  @Produces
  @Singleton
  EventExtractor extractor() {
    return new EventExtractor();
  }

  @Produces
  @Singleton
  Ingestor ingestor(EventExtractor extractor, Neo4jEventStore neo4j, RdfEventStore rdf, WaqaiConfig config) {
    try {
      return new Ingestor(extractor, List.of(neo4j, rdf), new IngestJournal(config.journalDir()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the ingest journal in " + config.journalDir(), e);
    }
  }

  private static void put(Map<String, String> keys, Neo4jSettings.Key key, Optional<String> value) {
    value.ifPresent(v -> keys.put(key.property(), v));
  }
}

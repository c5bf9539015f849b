package org.waqai.api.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.waqai.extract.ExtractorVersion;
import org.waqai.ingest.Ingestor;
import org.waqai.io.ArticleSource;
import org.waqai.model.Article;
import org.waqai.store.neo4j.Neo4jEventStore;
import org.waqai.store.rdf.RdfEventStore;

/**
 * At start, after the write policy was checked: opens both stores, replays what an interrupted ingest left in the
 * journal, loads the sample corpus into empty stores when configured to, and says where the service answers.
 */
@ApplicationScoped
public class StartupTasks {
  private static final Logger LOG = Logger.getLogger(StartupTasks.class);

  @ConfigProperty(name = "quarkus.http.host")
  String host;

  @ConfigProperty(name = "quarkus.http.port")
  int port;

  void start(@Observes @Priority(10) StartupEvent event, Neo4jEventStore neo4j, RdfEventStore rdf,
      Ingestor ingestor, WaqaiConfig config) {
    try {
      int replayed = ingestor.recover();
      if (replayed > 0) {
        LOG.infof("replayed %d interrupted ingest batch(es) from %s", replayed, config.journalDir());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replay the ingest journal in " + config.journalDir(), e);
    }
    if (config.loadSamples() && neo4j.countArticles() == 0 && rdf.countArticles() == 0) {
      loadSamples(config.samples(), ingestor);
    }
    String root = "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host) + ":" + port;
    LOG.infof("Waqai %s is ready (%d events, %d articles):%n  page        %s/%n  SPARQL      %s/sparql%n"
            + "  Cypher      %s/cypher (POST)%n  events      %s/events%n  Swagger UI  %s/q/swagger-ui",
        ExtractorVersion.current(), neo4j.countEvents(), neo4j.countArticles(), root, root, root, root, root);
  }

  private static void loadSamples(Path samples, Ingestor ingestor) {
    if (!Files.isRegularFile(samples)) {
      LOG.warnf("the stores are empty and the sample corpus %s is missing; set waqai.samples to its path, or "
          + "waqai.load-samples=false", samples.toAbsolutePath());
      return;
    }
    List<Article> articles = new ArrayList<>();
    new ArticleSource().read(samples, articles::add, problem -> LOG.warnf("sample corpus: %s", problem));
    try {
      Ingestor.BatchResult result = ingestor.ingest(articles);
      LOG.infof("loaded the sample corpus %s: %d articles, %d events", samples, result.articles(), result.events());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot journal the sample corpus", e);
    }
  }
}

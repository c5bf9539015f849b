package org.waqai.store.rdf;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The RDF store against a Fuseki in Docker, through SPARQL query, update and the Graph Store Protocol. Skipped where
 * no Docker engine runs. The store names graphs in its own queries, so the dataset needs no union default graph.
 */
@Testcontainers(disabledWithoutDocker = true)
class RemoteRdfEventStoreTest extends RdfEventStoreCases {
  @Container
  static final GenericContainer<?> FUSEKI = fuseki();

  /** A Fuseki with one empty, updatable TDB dataset {@code /ds}. */
  static GenericContainer<?> fuseki() {
    return new GenericContainer<>(DockerImageName.parse("stain/jena-fuseki:5.1.0"))
        .withEnv("ADMIN_PASSWORD", "waqai-test")
        .withEnv("FUSEKI_DATASET_1", "ds")
        .withExposedPorts(3030)
        .waitingFor(Wait.forHttp("/$/ping").forStatusCode(200));
  }

  /** A store on the container's dataset, emptied. */
  static RdfEventStore open(GenericContainer<?> fuseki) {
    String ds = "http://" + fuseki.getHost() + ":" + fuseki.getMappedPort(3030) + "/ds/";
    RdfEventStore store = RdfEventStore.open(RdfSettings.remote(ds + "query", ds + "update", ds + "data"));
    store.clear();
    return store;
  }

  @Override
  protected RdfEventStore openStore() {
    return open(FUSEKI);
  }
}

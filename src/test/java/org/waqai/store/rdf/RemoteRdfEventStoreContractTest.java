package org.waqai.store.rdf;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.waqai.store.EventStoreContract;

/**
 * The contract every store meets, on a Fuseki in Docker reached over SPARQL and the Graph Store Protocol: the same
 * answers as TDB2 and Neo4j. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class RemoteRdfEventStoreContractTest extends EventStoreContract<RdfEventStore> {
  @Container
  static final GenericContainer<?> FUSEKI = RemoteRdfEventStoreTest.fuseki();

  @Override
  protected RdfEventStore createStore() {
    return RemoteRdfEventStoreTest.open(FUSEKI);
  }

  @Override
  protected long countRoleLinks() {
    return store.select(RdfEventStoreTest.ROLE_LINKS).next().getLiteral("n").getLong();
  }
}

package org.waqai.store.rdf;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.store.EventStoreContract;

/** The contract every store meets, on a real TDB2 database in a temporary directory. */
class RdfEventStoreTest extends EventStoreContract<RdfEventStore> {
  static final String ROLE_LINKS = """
      PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>
      SELECT (COUNT(*) AS ?n) WHERE {
        VALUES ?role { wq:actor1 wq:actor2 wq:assoc1 wq:assoc2 }
        GRAPH ?g { ?event ?role ?actor }
      }""";

  /** Static: made before the contract's per-class set-up, removed after it has closed the store. */
  @TempDir
  static Path dir;

  @Override
  protected RdfEventStore createStore() {
    return RdfEventStore.open(RdfSettings.tdb2(dir.resolve("tdb2")));
  }

  @Override
  protected long countRoleLinks() {
    return store.select(ROLE_LINKS).next().getLiteral("n").getLong();
  }
}

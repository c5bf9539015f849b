package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RDF store on a real TDB2 database in a temporary directory. */
class Tdb2RdfEventStoreTest extends RdfEventStoreCases {
  @TempDir
  Path dir;

  @Override
  protected RdfEventStore openStore() {
    return RdfEventStore.open(RdfSettings.tdb2(dir.resolve("tdb2")));
  }

  @Test
  void defaultGraphIsTheUnionOfArticleGraphs() {
    store.write(RdfFixtures.all());
    long events = store.select("""
        PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>
        SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a wq:Event }""").next().getLiteral("n").getLong();
    assertEquals(6, events);
  }

  @Test
  void dataSurvivesReopening() {
    store.write(RdfFixtures.all());
    store.close();
    store = openStore();
    assertEquals(6, store.countEvents());
    assertEquals(0, store.write(RdfFixtures.all()));
  }
}

package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waqai.extract.EventExtractor;
import org.waqai.ingest.Ingestor;
import org.waqai.model.Article;
import org.waqai.model.Event;
import org.waqai.store.ArticleEvents;
import org.waqai.testing.SyntheticArticles;

/**
 * Compaction of a real TDB2 database: a corpus re-ingested after several "extractor upgrades" grows the directory;
 * compacting shrinks it, answers every question as before, and the store takes writes afterwards.
 */
class Tdb2CompactionTest {
  private static final int ARTICLES = 60;
  private static final int UPGRADES = 6;
  private static final String[] GOVERNORATES = {"Hama", "Idlib", "Aleppo", "Damascus", "Rural Damascus", "Raqqa",
      "Deir ez-Zor", "Daraa", "Homs"};
  private static final String[] ACTORS = {"syria-gov-forces", "opposition-rebels", "hts", "isis", "sdf", "sna",
      "russia-forces", "hezbollah"};
  private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
  private static final LocalDate TO = LocalDate.of(2030, 1, 1);

  @TempDir
  Path dir;

  private RdfEventStore store;

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void compactionShrinksTheStoreAndKeepsEveryAnswer() {
    Path tdb = dir.resolve("tdb2");
    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    store.initialise();
    EventExtractor extractor = new EventExtractor();
    List<Article> corpus = SyntheticArticles.generate(ARTICLES, 11);
    Map<Article, List<Event>> extracted = new LinkedHashMap<>();
    corpus.forEach(a -> extracted.put(a, extractor.extract(a)));

    assertEquals(ARTICLES, store.write(upgrade(extracted, 0)));
    long fresh = DiskUsage.bytes(tdb);
    for (int round = 1; round <= UPGRADES; round++) {
      assertEquals(ARTICLES, store.write(upgrade(extracted, round)), "every article changed in round " + round);
    }
    long grown = DiskUsage.bytes(tdb);
    assertTrue(grown > fresh, "re-ingesting grew the store: " + fresh + " -> " + grown);

    Snapshot before = answers(extracted);
    Tdb2Compaction c = store.compact();
    System.out.printf("Tdb2CompactionTest: %d articles, first load %d bytes, after %d re-ingests %d, compacted %d%n",
        ARTICLES, fresh, UPGRADES, c.bytesBefore(), c.bytesAfter());
    Snapshot after = answers(extracted);

    assertEquals(tdb, c.directory());
    assertEquals(grown, c.bytesBefore());
    assertEquals(DiskUsage.bytes(tdb), c.bytesAfter());
    assertTrue(c.bytesAfter() < c.bytesBefore(), "compaction shrank the store: " + c);
    assertTrue(c.bytesAfter() <= fresh * 11 / 10, "all the dead space is given back: " + c + ", first load " + fresh);
    assertEquals("Data-0001", c.generationBefore());
    assertEquals("Data-0002", c.generationAfter());
    assertEquals(List.of("Data-0002"), storageDirs(tdb), "the old generation is gone after the switch");

    assertEquals(before.values(), after.values(), "every canonical answer, count and fingerprint is the same");
    assertTrue(IsoMatcher.isomorphic(before.quads(), after.quads()), "the same quads in the same named graphs");
    assertEquals(List.of((long) eventCount(extracted, UPGRADES)), after.values().get("union-events"),
        "ad-hoc queries still see the union of the article graphs as the default graph");
    assertTrue(before.values().entrySet().stream().filter(e -> e.getKey().startsWith("fought "))
        .anyMatch(e -> !((List<?>) e.getValue()).isEmpty()), "the questions have answers to compare");
    assertFalse(((List<?>) before.values().get("near Aleppo")).isEmpty());

    // Writes go on after the switch, and survive reopening the compacted database.
    Article extra = SyntheticArticles.generate(ARTICLES + 1, 11).get(ARTICLES);
    List<Event> extraEvents = extractor.extract(extra);
    assertEquals(1, store.write(List.of(new ArticleEvents(extra, extraEvents, Ingestor.fingerprint(extra), "v-x"))));
    assertEquals(ARTICLES, store.write(upgrade(extracted, UPGRADES + 1)));
    long events = eventCount(extracted, UPGRADES + 1) + extraEvents.size();
    assertEquals(events, store.countEvents());
    store.close();
    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    assertEquals(events, store.countEvents());
    assertEquals(ARTICLES + 1, store.countArticles());
    assertEquals(0, store.write(upgrade(extracted, UPGRADES + 1)), "fingerprints kept: nothing to rewrite");

    Tdb2Compaction again = store.compact();
    assertEquals("Data-0003", again.generationAfter());
    assertEquals(List.of("Data-0003"), storageDirs(tdb));
    assertEquals(events, store.countEvents());
  }

  @Test
  void anUnchangedReferenceGraphIsNotRewritten() {
    Path tdb = dir.resolve("tdb2");
    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    store.initialise();
    store.write(RdfFixtures.all());
    long size = DiskUsage.bytes(tdb);
    for (int start = 0; start < 3; start++) {
      store.initialise(); // as every start of the service and every ingest does
    }
    assertEquals(size, DiskUsage.bytes(tdb), "no dead space from re-initialising");
    store.clear();
    store.initialise();
    assertEquals(1, store.select("""
        SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://localhost:8080/id/graph/reference> {
          ?actor <http://www.w3.org/2004/02/skos/core#notation> "hts" } }""").next().getLiteral("n").getLong(),
        "a missing reference graph is put back");
  }

  @Test
  void anInterruptedCompactionIsDiscardedAtTheNextOpen() throws Exception {
    Path tdb = dir.resolve("tdb2");
    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    store.initialise();
    store.write(RdfFixtures.all());
    store.close();
    store = null;
    // What a crash in the middle of the copy leaves: a half-written next generation under its temporary name.
    Path partial = Files.createDirectories(tdb.resolve("Data-0002-tmp"));
    Files.writeString(partial.resolve("nodes.dat"), "half a copy");

    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    assertEquals(6, store.countEvents(), "the old generation is still the database");
    assertEquals(List.of("Data-0001"), storageDirs(tdb), "TDB2 removed the unfinished copy");
    assertEquals("Data-0002", store.compact().generationAfter());
    assertEquals(6, store.countEvents());
  }

  @Test
  void aGenerationLeftByACompactionKilledAfterItsSwitchIsDeletedByTheNext() {
    Path tdb = dir.resolve("tdb2");
    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    store.initialise();
    store.write(RdfFixtures.all());
    store.close();
    store = null;
    // What a kill between the switch and the clean-up leaves: two complete generations (Jena's compaction without
    // deleting the old one produces exactly that).
    DatasetGraph raw = DatabaseMgr.connectDatasetGraph(tdb.toString());
    DatabaseMgr.compact(raw, false);
    TDBInternal.expel(raw);
    assertEquals(List.of("Data-0001", "Data-0002"), storageDirs(tdb));

    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    assertEquals(6, store.countEvents(), "the newest generation is the database");
    Tdb2Compaction c = store.compact();
    assertEquals("Data-0002", c.generationBefore());
    assertEquals("Data-0003", c.generationAfter());
    assertEquals(List.of("Data-0003"), storageDirs(tdb), "the stale generation went with the one in use");
    assertEquals(6, store.countEvents());
    store.close();
    store = RdfEventStore.open(RdfSettings.tdb2(tdb));
    assertEquals(6, store.countEvents(), "and the store reopens on what is left");
  }

  @Test
  void aRemoteStoreSaysCompactionIsTheServersJob() {
    // Opening a remote store sends nothing; compaction is refused before any request.
    store = RdfEventStore.open(RdfSettings.remote("http://127.0.0.1:9/ds/query", "http://127.0.0.1:9/ds/update",
        "http://127.0.0.1:9/ds/data"));
    RdfCompactionUnsupportedException e = assertThrows(RdfCompactionUnsupportedException.class, store::compact);
    assertTrue(e.getMessage().contains("/$/compact/"), e.getMessage());
    assertTrue(e.getMessage().contains("http://127.0.0.1:9/ds/update"), e.getMessage());
  }

  /** The corpus as extractor version {@code round} would store it: a version bump, and one event fewer on odd rounds. */
  private static List<ArticleEvents> upgrade(Map<Article, List<Event>> extracted, int round) {
    List<ArticleEvents> out = new ArrayList<>();
    extracted.forEach((a, events) -> out.add(new ArticleEvents(a, eventsOf(events, round), Ingestor.fingerprint(a),
        "0.9." + round)));
    return out;
  }

  private static List<Event> eventsOf(List<Event> events, int round) {
    return round % 2 == 1 && !events.isEmpty() ? events.subList(0, events.size() - 1) : events;
  }

  private static int eventCount(Map<Article, List<Event>> extracted, int round) {
    return extracted.values().stream().mapToInt(e -> eventsOf(e, round).size()).sum();
  }

  /** Every answer the store gives about the corpus, and a copy of all its quads. */
  private record Snapshot(Map<String, Object> values, DatasetGraph quads) {}

  private Snapshot answers(Map<Article, List<Event>> extracted) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("events", store.countEvents());
    v.put("articles", store.countArticles());
    v.put("fingerprints", store.fingerprints(extracted.keySet().stream().map(Article::id).toList()));
    for (String a : ACTORS) {
      for (String b : ACTORS) {
        v.put("fought " + a + " " + b, store.whereFought(a, b, FROM, TO));
      }
    }
    for (String g : GOVERNORATES) {
      v.put("active " + g, store.activeActors(g));
    }
    v.put("near Hama", store.eventsNear(35.13, 36.75, 100));
    v.put("near Aleppo", store.eventsNear(36.2, 37.15, 300));
    extracted.values().stream().flatMap(List::stream).forEach(e -> v.put("source " + e.id(), store.sourceOf(e.id())));
    ResultSetRewindable union = store.select("""
        PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>
        SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a wq:Event }""");
    v.put("union-events", List.of(union.next().getLiteral("n").getLong()));
    ResultSetRewindable graphs = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g");
    List<String> names = new ArrayList<>();
    graphs.forEachRemaining(s -> names.add(s.getResource("g").getURI()));
    v.put("graphs", names);
    assertFalse(names.isEmpty());
    return new Snapshot(v, dump());
  }

  /** All quads, read through the store's own SPARQL. */
  private DatasetGraph dump() {
    DatasetGraph copy = DatasetGraphFactory.create();
    store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").forEachRemaining(r -> copy.add(
        r.get("g").asNode(), r.get("s").asNode(), r.get("p").asNode(), r.get("o").asNode()));
    assertTrue(copy.find().hasNext());
    return copy;
  }

  private static List<String> storageDirs(Path tdb) {
    try (Stream<Path> s = Files.list(tdb)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

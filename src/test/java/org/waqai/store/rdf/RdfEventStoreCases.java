package org.waqai.store.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waqai.model.Article;
import org.waqai.model.DatePrecision;
import org.waqai.model.Event;
import org.waqai.store.Answers;
import org.waqai.store.ArticleEvents;

/**
 * What the RDF store does on any back-end beyond the shared store contract, with the fixtures of
 * {@link RdfFixtures}: graphs replaced whole, a bad article left out of its batch, the reference graph, and canonical
 * answers for ranges, months, undated events, actors outside the vocabulary and places outside Syria.
 */
abstract class RdfEventStoreCases {
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
  private static final LocalDate TO = LocalDate.of(2017, 12, 31);

  protected RdfEventStore store;

  /** A store on an empty database. */
  protected abstract RdfEventStore openStore();

  @BeforeEach
  void open() {
    store = openStore();
    store.initialise();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void writesEachArticleOnceAndSkipsUnchangedOnes() {
    assertEquals(3, store.write(RdfFixtures.all()));
    assertEquals(6, store.countEvents());
    assertEquals(3, store.countArticles());
    assertEquals(0, store.write(RdfFixtures.all()));
    assertEquals(6, store.countEvents());
  }

  @Test
  void rewriteReplacesTheArticleGraphWithoutLeftovers() {
    store.write(RdfFixtures.all());
    ArticleEvents old = RdfFixtures.article000();
    ArticleEvents changed = new ArticleEvents(old.article(), old.events().subList(0, 1), "hash-000b", "0.2.0");
    assertEquals(1, store.write(List.of(changed)));
    assertEquals(4, store.countEvents());
    assertEquals(Optional.empty(), store.sourceOf("000-e2"));
    assertEquals(Map.of("000", "hash-000b/0.2.0"), store.fingerprints(List.of("000")));
    ResultSetRewindable agents = store.select("""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?agent WHERE { GRAPH <http://localhost:8080/id/article/000> { ?agent a prov:SoftwareAgent } }""");
    assertEquals(1, agents.size(), "the old extraction's agent went with the old graph");
  }

  @Test
  void articleThatCannotBeMappedIsLeftOutAndTheRestWritten() {
    ArticleEvents good = RdfFixtures.article002();
    ArticleEvents a = RdfFixtures.article000();
    ArticleEvents bad = new ArticleEvents(a.article(), RdfFixtures.article001().events(), "hash-bad", "0.1.0");
    assertEquals(1, store.write(List.of(bad, good)));
    assertEquals(Map.of("002", "hash-002/0.1.0"), store.fingerprints(List.of("000", "002")));
  }

  @Test
  void whereFoughtFindsBothSidesEitherWayRound() {
    store.write(RdfFixtures.all());
    Answers.Fight jobar = new Answers.Fight("000-e1", LocalDate.of(2017, 3, 23), "Armed clash", "jobar", "Jobar",
        "Damascus");
    Answers.Fight hama = new Answers.Fight("001-e1", LocalDate.of(2017, 4, 3), "Armed clash", "hama-gov/north",
        "Northern Hama countryside", "Hama");
    assertEquals(List.of(jobar), store.whereFought("syria-gov-forces", "opposition-rebels", FROM, TO));
    assertEquals(List.of(jobar), store.whereFought("opposition-rebels", "syria-gov-forces", FROM, TO));
    assertEquals(List.of(hama), store.whereFought("syria-gov-forces", "hts", FROM, TO));
    assertEquals(List.of(hama), store.whereFought("faylaq-al-sham", "syria-gov-forces", null, null));
    assertEquals(List.of(), store.whereFought("hts", "faylaq-al-sham", FROM, TO), "allies are on one side");
    assertEquals(List.of(), store.whereFought("hts", "syria-gov-forces", LocalDate.of(2017, 4, 4), TO),
        "a range counts by its first day");
  }

  @Test
  void whereFoughtSortsByDateThenId() {
    ArticleEvents a = RdfFixtures.article000();
    Event clash = a.events().get(0);
    Event earlier = new Event("004-e1", "004", clash.subtype(), clash.actor2(), clash.actor1(), List.of(), List.of(),
        clash.place(), LocalDate.of(2017, 2, 1), null, DatePrecision.DAY, null, null, null, false, false,
        clash.evidence(), 0.5);
    Article earlierArticle = new Article("004", a.article().text(), LocalDate.of(2017, 2, 1), null, null);
    store.write(List.of(a, new ArticleEvents(earlierArticle, List.of(earlier), "hash-004", "0.1.0")));
    assertEquals(List.of("004-e1", "000-e1"), store.whereFought("syria-gov-forces", "opposition-rebels", FROM, TO)
        .stream().map(Answers.Fight::eventId).toList());
  }

  @Test
  void activeActorsPerMonthLeaveNegatedEventsOut() {
    store.write(RdfFixtures.all());
    assertEquals(List.of(
            new Answers.ActorMonth("2017-03", "opposition-rebels", 1),
            new Answers.ActorMonth("2017-03", "syria-gov-forces", 1)),
        store.activeActors("Damascus"));
    assertEquals(List.of(
            new Answers.ActorMonth("2017-04", "faylaq-al-sham", 1),
            new Answers.ActorMonth("2017-04", "hts", 1),
            new Answers.ActorMonth("2017-04", "syria-gov-forces", 1)),
        store.activeActors("Hama"));
    assertEquals(List.of(new Answers.ActorMonth("2017-05", "protesters-lebanon", 1)), store.activeActors("Lebanon"));
    assertEquals(List.of(), store.activeActors("Tartus"));
  }

  @Test
  void eventsNearByDistanceWithoutNegatedOnes() {
    store.write(RdfFixtures.all());
    // Haversine on the mean-radius sphere (6,371.0088 km) from central Damascus; Qaboun (6.0 km) is denied, so left
    // out. Northern Hama countryside is 201.55 km away: 201.5 on a sphere of 6,371 km, 201.6 on this one.
    assertEquals(List.of(new Answers.Nearby("000-e1", "jobar", 5.9)), store.eventsNear(33.5138, 36.2765, 10));
    assertEquals(List.of(
            new Answers.Nearby("000-e1", "jobar", 5.9),
            new Answers.Nearby("002-e1", "beirut", 83.2),
            new Answers.Nearby("001-e1", "hama-gov/north", 201.6)),
        store.eventsNear(33.5138, 36.2765, 220));
    assertEquals(List.of(), store.eventsNear(33.5138, 36.2765, 5.9));
  }

  @Test
  void sourceOfAnEventIsItsArticleAndSentence() {
    store.write(RdfFixtures.all());
    String sentence = RdfFixtures.sentence(RdfFixtures.TEXT_000, 1);
    assertEquals(Optional.of(new Answers.Source("000-e2", "000", "https://example.org/news/000", 91, 166, sentence)),
        store.sourceOf("000-e2"));
    assertEquals(sentence, RdfFixtures.TEXT_000.substring(91, 166));
    assertEquals(Optional.of(new Answers.Source("002-e1", "002", null, 0, RdfFixtures.TEXT_002.length(),
        RdfFixtures.TEXT_002)), store.sourceOf("002-e1"));
    assertEquals(Optional.empty(), store.sourceOf("no-such-event"));
  }

  @Test
  void referenceGraphHoldsOntologyTaxonomyAndActors() {
    store.initialise();
    ResultSetRewindable rows = store.select("""
        PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label WHERE { GRAPH <http://localhost:8080/id/graph/reference> {
          ?actor skos:notation "hts" ; a wq:Actor ; wq:actorType/skos:prefLabel ?label } }""");
    assertEquals("Rebel groups", rows.next().getLiteral("label").getLexicalForm());
    assertEquals(0, store.countArticles());
  }

  @Test
  void clearRemovesEverything() {
    store.write(RdfFixtures.all());
    store.clear();
    assertEquals(0, store.countEvents());
    assertEquals(0, store.countArticles());
    assertEquals(3, store.write(RdfFixtures.all()), "nothing is skipped after a clear");
  }

  @Test
  void badAdHocQueryNamesLineAndColumn() {
    RdfQueryException e = assertThrows(RdfQueryException.class, () -> store.select("SELECT * WHERE {\n  ?s ?p }"));
    assertEquals(2, e.line());
    assertTrue(e.column() > 0);
  }

  @Test
  void articleWithoutEventsIsStored() {
    Article quiet = new Article("003", "لا جديد.", null, null, null);
    assertEquals(1, store.write(List.of(new ArticleEvents(quiet, List.of(), "hash-003", "0.1.0"))));
    assertEquals(1, store.countArticles());
    assertEquals(0, store.countEvents());
    assertFalse(store.fingerprints(List.of("003")).isEmpty());
  }
}

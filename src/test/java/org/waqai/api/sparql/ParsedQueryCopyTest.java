package org.waqai.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service answers a remembered query text from a copy of its parse ({@code Query.cloneQuery}): the copy must be
 * the same query in every form the endpoint answers, and changing it must leave the original alone.
 */
class ParsedQueryCopyTest {
  private static final String P = "PREFIX wq: <https://w3id.org/waqai/ontology/1.0/>\n"
      + "PREFIX dct: <http://purl.org/dc/terms/>\nPREFIX geof: <http://www.opengis.net/def/function/geosparql/>\n";

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT ?e ?id WHERE { GRAPH ?g { ?e a wq:Event ; dct:identifier ?id } } ORDER BY DESC(?id) LIMIT 5 OFFSET 2",
      "SELECT ?t (COUNT(*) AS ?n) WHERE { ?e wq:eventType ?t } GROUP BY ?t HAVING (COUNT(*) > 1) ORDER BY ?n",
      "SELECT * WHERE { VALUES (?a ?b) { (wq:x 1) (UNDEF 2) } OPTIONAL { ?a ?p ?b } FILTER NOT EXISTS { ?a a wq:Y } }",
      "SELECT ?x WHERE { { SELECT DISTINCT ?x WHERE { ?x ?p ?o } LIMIT 3 } UNION { BIND (\"ح\"@ar AS ?x) } MINUS "
          + "{ ?x a wq:Z } }",
      "SELECT ?km WHERE { ?p wq:lat ?lat . BIND (geof:distance(?a, ?b, <http://x/uom#metre>) / 1000 AS ?km) "
          + "FILTER (?km <= 20 && regex(str(?p), \"^h\", \"i\")) }",
      "ASK { ?e wq:fatalities ?n FILTER (?n > 10) }",
      "CONSTRUCT { ?e dct:identifier ?id } WHERE { ?e dct:identifier ?id } LIMIT 10",
      "DESCRIBE ?e WHERE { ?e a wq:Event } LIMIT 2",
      "SELECT ?s WHERE { ?s wq:side1/(dct:identifier|^wq:x)* ?o SERVICE SILENT <http://example.org/sparql> { ?o ?p ?q } }"
  })
  void aCopyIsTheSameQueryAndChangingItLeavesTheOriginal(String text) {
    Query original = QueryFactory.create(P + text, Syntax.syntaxARQ);
    String before = original.serialize();
    Query copy = original.cloneQuery();
    assertEquals(before, copy.serialize());
    assertEquals(original, copy);
    copy.addGraphURI("http://localhost:8080/id/article/a");
    copy.setLimit(1);
    assertEquals(before, original.serialize());
    assertFalse(original.getGraphURIs().contains("http://localhost:8080/id/article/a"));
  }
}

// The events of articles that were new to the store when this transaction claimed them: as create-events.cypher,
// but each event node is created with its properties in one step instead of merged and then set property by
// property. No node can hold these ids: delete-article-events.cypher removed any event with one of them, and the
// uniqueness constraint on Event.id would reject the commit rather than let a duplicate in. A null value leaves
// the property unset, as SET does.
CALL () {
  UNWIND $actors AS id
  MATCH (x:Actor {id: id})
  RETURN collect(x) AS actors
}
CALL () {
  UNWIND $places AS id
  MATCH (p:Place {id: id})
  RETURN collect(p) AS places
}
WITH actors, places
WHERE size(actors) = size($actors) AND size(places) = size($places)
UNWIND $articles AS art
MATCH (a:Article {id: art.id})
UNWIND art.events AS row
CREATE (e:Event {id: row.id, type: row.type, subtype: row.subtype, date: row.date, dateEnd: row.dateEnd,
    datePrecision: row.datePrecision, fatalities: row.fatalities, injured: row.injured, displaced: row.displaced,
    negated: row.negated, hedged: row.hedged, confidence: row.confidence, evidenceStart: row.evidenceStart,
    evidenceEnd: row.evidenceEnd, sentence: row.sentence, triggerStart: row.triggerStart,
    triggerEnd: row.triggerEnd})-[:REPORTED_IN]->(a)
FOREACH (r IN row.actor1 | FOREACH (x IN [actors[r.actor]] |
  CREATE (e)-[:ACTOR1 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId,
    inferred: r.inferred}]->(x)))
FOREACH (r IN row.actor2 | FOREACH (x IN [actors[r.actor]] |
  CREATE (e)-[:ACTOR2 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId,
    inferred: r.inferred}]->(x)))
FOREACH (r IN row.assoc1 | FOREACH (x IN [actors[r.actor]] |
  CREATE (e)-[:ASSOC1 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId,
    inferred: r.inferred}]->(x)))
FOREACH (r IN row.assoc2 | FOREACH (x IN [actors[r.actor]] |
  CREATE (e)-[:ASSOC2 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId,
    inferred: r.inferred}]->(x)))
FOREACH (r IN row.at | FOREACH (p IN [places[r.place]] |
  CREATE (e)-[:AT {text: r.text, start: r.start, `end`: r.end}]->(p)))

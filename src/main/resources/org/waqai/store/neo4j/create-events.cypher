// Creates the events of the articles claimed in this transaction, one row per article so that each article is
// looked up once; actors and places were merged by the statements before. Each distinct actor and place of the
// chunk is looked up once, and the role and place rows of the events point into those lists by position: one
// index seek per node instead of one per relationship. Should a node be missing after all, the lists come out
// short and nothing is created, which the caller sees in the counters. Properties are set by name, never from a
// map: a map could hold any key, which makes the planner buffer every row (Eager) between clauses, and a null
// value simply leaves the property unset.
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
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.subtype = row.subtype, e.date = row.date, e.dateEnd = row.dateEnd,
    e.datePrecision = row.datePrecision, e.fatalities = row.fatalities, e.injured = row.injured,
    e.displaced = row.displaced, e.negated = row.negated, e.hedged = row.hedged, e.confidence = row.confidence,
    e.evidenceStart = row.evidenceStart, e.evidenceEnd = row.evidenceEnd, e.sentence = row.sentence,
    e.triggerStart = row.triggerStart, e.triggerEnd = row.triggerEnd
CREATE (e)-[:REPORTED_IN]->(a)
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

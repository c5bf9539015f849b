// Creates the events of the articles claimed in this transaction, one row per article so that each article is
// looked up once; actors and places were merged by the statements before. Properties are set by name, never
// from a map: a map could hold any key, which makes the planner buffer every row (Eager) between clauses, and a
// null value simply leaves the property unset.
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
WITH e, row
CALL (e, row) {
  UNWIND row.actor1 AS r
  MATCH (x:Actor {id: r.actor})
  CREATE (e)-[:ACTOR1 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId}]->(x)
}
CALL (e, row) {
  UNWIND row.actor2 AS r
  MATCH (x:Actor {id: r.actor})
  CREATE (e)-[:ACTOR2 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId}]->(x)
}
CALL (e, row) {
  UNWIND row.assoc1 AS r
  MATCH (x:Actor {id: r.actor})
  CREATE (e)-[:ASSOC1 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId}]->(x)
}
CALL (e, row) {
  UNWIND row.assoc2 AS r
  MATCH (x:Actor {id: r.actor})
  CREATE (e)-[:ASSOC2 {text: r.text, start: r.start, `end`: r.end, registryId: r.registryId}]->(x)
}
CALL (e, row) {
  UNWIND row.at AS r
  MATCH (p:Place {id: r.place})
  CREATE (e)-[:AT {text: r.text, start: r.start, `end`: r.end}]->(p)
}

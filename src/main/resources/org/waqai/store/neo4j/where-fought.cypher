// Events where the two actors stand on opposite sides: actor1 with its associates against actor2 with its
// associates, whichever side each is on. Negated events are left out; hedged ones stay. Only events have role
// relationships, so e carries no label: that leaves the planner the two actors as start points, where it would
// otherwise walk every event in the date range through the date index.
MATCH (a:Actor {id: $actorA})<-[ra:ACTOR1|ASSOC1|ACTOR2|ASSOC2]-(e)
      -[rb:ACTOR1|ASSOC1|ACTOR2|ASSOC2]->(b:Actor {id: $actorB})
WHERE e.date >= $from AND e.date <= $to
  AND NOT e.negated
  AND (type(ra) IN ['ACTOR1', 'ASSOC1']) <> (type(rb) IN ['ACTOR1', 'ASSOC1'])
WITH DISTINCT e
OPTIONAL MATCH (e)-[:AT]->(p:Place)
RETURN e.id AS eventId, e.date AS date, e.subtype AS subtype,
       p.id AS placeId, p.name AS placeName, p.admin1 AS admin1
ORDER BY date, eventId

// Events per actor and month in one governorate, reached through the IN containment of the events' places.
// Every role counts (actor1, actor2 and associates), but an actor counts once per event. The hint makes the
// walk start at the governorate rather than at every dated event.
MATCH (g:Place {id: $governorate})<-[:IN]-(:Place)<-[:AT]-(e:Event)-[:ACTOR1|ACTOR2|ASSOC1|ASSOC2]->(a:Actor)
USING INDEX g:Place(id)
WHERE NOT e.negated AND e.date IS NOT NULL
WITH DISTINCT e, a
RETURN substring(toString(e.date), 0, 7) AS month, a.id AS actor, count(e) AS events
ORDER BY month, actor

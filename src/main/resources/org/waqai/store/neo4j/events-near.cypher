// Events at places within $metres of $centre (a WGS-84 point), nearest first. The distance predicate on
// Place.location is answered by the point index. $metres is on Neo4j's sphere and $toKm turns its distances into
// kilometres on the mean-radius sphere the RDF side uses (Neo4jDistance); sorting on the rounded distance lets
// stores whose arithmetic differs in the last digits still agree on the order.
MATCH (p:Place)
WHERE point.distance(p.location, $centre) <= $metres
MATCH (p)<-[:AT]-(e:Event)
WHERE NOT e.negated
WITH e, p, round(point.distance(p.location, $centre) * $toKm, 1) AS km
RETURN e.id AS eventId, p.id AS placeId, km
ORDER BY km, eventId

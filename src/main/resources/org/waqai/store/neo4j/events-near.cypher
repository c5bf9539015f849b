// Events at places within $metres of $centre (a WGS-84 point), nearest first. The distance predicate on
// Place.location is answered by the point index. Sorting on the rounded distance lets stores whose distance
// formulas differ in the last metres still agree on the order.
MATCH (p:Place)
WHERE point.distance(p.location, $centre) <= $metres
MATCH (p)<-[:AT]-(e:Event)
WHERE NOT e.negated
WITH e, p, round(point.distance(p.location, $centre) / 1000.0, 1) AS km
RETURN e.id AS eventId, p.id AS placeId, km
ORDER BY km, eventId

// Events matching the optional filters (a null parameter filters nothing), by date then id, one page of them.
// $actor matches the actor's identity (vocabulary key or registry id) in any role; $type an event type or a
// sub-event type as ACLED spells it; $admin1 and $centre/$metres the place the event happened at ($metres on
// Neo4j's sphere, see Neo4jDistance).
MATCH (e:Event)
WHERE ($type IS NULL OR e.type = $type OR e.subtype = $type)
  AND ($from IS NULL OR e.date >= $from)
  AND ($to IS NULL OR e.date <= $to)
  AND ($negated OR NOT e.negated)
  AND ($articles IS NULL OR EXISTS { (e)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $articles })
  AND ($actor IS NULL OR EXISTS {
        (e)-[r:ACTOR1|ACTOR2|ASSOC1|ASSOC2]->(x:Actor) WHERE x.id = $actor OR r.registryId = $actor })
  AND ($admin1 IS NULL OR EXISTS { (e)-[:AT]->(p:Place) WHERE p.admin1 = $admin1 })
  AND ($centre IS NULL OR EXISTS { (e)-[:AT]->(p:Place) WHERE point.distance(p.location, $centre) <= $metres })
WITH e
ORDER BY e.date, e.id
SKIP $skip
LIMIT $limit
MATCH (e)-[:REPORTED_IN]->(article:Article)
OPTIONAL MATCH (e)-[at:AT]->(place:Place)
RETURN e { .* } AS event,
       article { .id, .url, .outlet } AS article,
       CASE WHEN place IS NULL THEN NULL
            ELSE place { .id, .name, .admin1, .precision, .location, text: at.text, start: at.start, `end`: at.end }
       END AS place,
       COLLECT { MATCH (e)-[r:ACTOR1]->(x:Actor) RETURN r { .*, actor: x { .id, .key, .name, .inter } } AS role
                 ORDER BY r.start } AS actor1,
       COLLECT { MATCH (e)-[r:ACTOR2]->(x:Actor) RETURN r { .*, actor: x { .id, .key, .name, .inter } } AS role
                 ORDER BY r.start } AS actor2,
       COLLECT { MATCH (e)-[r:ASSOC1]->(x:Actor) RETURN r { .*, actor: x { .id, .key, .name, .inter } } AS role
                 ORDER BY r.start } AS assoc1,
       COLLECT { MATCH (e)-[r:ASSOC2]->(x:Actor) RETURN r { .*, actor: x { .id, .key, .name, .inter } } AS role
                 ORDER BY r.start } AS assoc2
ORDER BY e.date, e.id

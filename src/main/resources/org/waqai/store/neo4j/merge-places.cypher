// Places follow the gazetteer: a place is rewritten only when its properties changed, which is rare, so that
// workers seldom lock shared place nodes. Each place lies IN its governorate (or, outside Syria, its country),
// a node with the id 'admin1:<admin1>' that activeActors starts from.
UNWIND $places AS row
MERGE (p:Place {id: row.id})
WITH p, row
WHERE properties(p) <> row.props
SET p = row.props
WITH p, row
OPTIONAL MATCH (p)-[old:IN]->(:Place)
DELETE old
WITH DISTINCT p, row
WHERE row.governorate IS NOT NULL
MERGE (g:Place {id: row.governorate.id})
  ON CREATE SET g:Governorate, g.name = row.governorate.name, g.admin1 = row.governorate.name,
    g.precision = 'governorate'
MERGE (p)-[:IN]->(g)

// The article and sentence an event was read from; offsets point into the article's original text.
MATCH (e:Event {id: $id})-[:REPORTED_IN]->(a:Article)
RETURN e.id AS eventId, a.id AS articleId, a.url AS url,
       e.evidenceStart AS evidenceStart, e.evidenceEnd AS evidenceEnd, e.sentence AS sentence

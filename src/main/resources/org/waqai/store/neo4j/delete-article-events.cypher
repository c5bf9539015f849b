// Removes the events of the articles about to be rewritten, and any event elsewhere that holds one of the ids
// about to be written (an id that moved to another article), with all their relationships: no role of a former
// extraction survives, and create-events.cypher always starts from fresh nodes. Actors and places stay.
CALL () {
  UNWIND $articleIds AS id
  MATCH (:Article {id: id})<-[:REPORTED_IN]-(e:Event)
  RETURN e
  UNION
  UNWIND $eventIds AS id
  MATCH (e:Event {id: id})
  RETURN e
}
DETACH DELETE e

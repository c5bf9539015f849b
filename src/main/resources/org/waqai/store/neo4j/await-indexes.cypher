// Indexes created by schema.cypher populate in the background; queries planned before they are online would
// scan. The argument is the timeout in seconds.
CALL db.awaitIndexes(300)

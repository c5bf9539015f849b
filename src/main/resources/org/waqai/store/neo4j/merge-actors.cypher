// Actors are shared by all workers, so only their creation writes: a worker never queues on the lock of a busy
// actor node. The node's id is the actor's identity (vocabulary key, or registry id outside the vocabulary);
// the first registry row seen names it, and each role relationship keeps the registry row of its own mention.
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
  ON CREATE SET a.key = row.key, a.name = row.name, a.inter = row.inter

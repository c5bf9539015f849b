// The stored fingerprint of each given article that exists.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.fingerprint AS fingerprint

// Writes each article whose stored fingerprint differs from the new one and returns the ids it wrote; the rest
// of the transaction rewrites the events of exactly these articles. Setting the properties takes the article's
// write lock, so a second worker writing the same article waits until the first commits, then replaces what
// the first wrote; a worker that finds the article just created by another with the same fingerprint skips it.
// Callers send the rows sorted by id, so that workers take article locks in one order. An article is fresh when
// this statement created it (every stored article has a fingerprint): no event reports in it yet.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
WITH a, row, a.fingerprint IS NULL AS fresh
WHERE fresh OR a.fingerprint <> row.fingerprint
SET a.url = row.url, a.outlet = row.outlet, a.published = row.published, a.text = row.text,
    a.fingerprint = row.fingerprint, a.extractorVersion = row.extractorVersion
RETURN a.id AS id, fresh

// Tests and benchmarks only. Deletes in transactions of bounded size so that clearing a large graph does not
// need the whole deletion in memory at once; must run in an auto-commit transaction. Schema stays.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS

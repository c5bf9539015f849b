# Removes every graph, the reference data included (tests and benchmarks only).
CLEAR ALL

#!/usr/bin/env bash
# Jena's TDB2 bulk loaders on the N-Quads the bulk path of ingest stages (docs/scaling.md, "TDB2 loader on 2
# cores"): each loader in turn into a fresh directory, ROUNDS times, alternated; wall, CPU-s, peak RSS, medians.
#   NQ=/path/to/graphs.nq bench/tdb2-loader-bench.sh
# The N-Quads: run `waqai ingest -v --bulk=always` and copy DATA/bulk-staging/rdf/graphs.nq once it prints
# "loading with the TDB2 ..." (the file is complete then). Environment: LOADERS ("parallel phased sequential
# basic"), ROUNDS (2), WORK (/tmp/waqai-tdb2-loader-bench), XMX (2g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$here/target/quarkus-app"
NQ="${NQ:?set NQ to a staged graphs.nq}"
LOADERS="${LOADERS:-parallel phased sequential basic}"
ROUNDS="${ROUNDS:-2}"; XMX="${XMX:-2g}"
WORK="${WORK:-/tmp/waqai-tdb2-loader-bench}"
mkdir -p "$WORK"
: > "$WORK/results.tsv"
for r in $(seq "$ROUNDS"); do
  for l in $LOADERS; do
    rm -rf "$WORK/tdb2"
    t0=$(date +%s.%N)
    /usr/bin/time -o "$WORK/time.txt" -f "%M\t%U\t%S" java -Xmx"$XMX" -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" \
      "$here/bench/Tdb2LoaderBench.java" "$NQ" "$WORK/tdb2" "$l" | tee "$WORK/out.txt"
    t1=$(date +%s.%N)
    printf '%s\t%.2f\t%s\t%s\n' "$l" "$(echo "$t1 - $t0" | bc)" "$(cat "$WORK/time.txt")" "$(cut -f3 "$WORK/out.txt" | cut -d' ' -f1)" \
      | tee -a "$WORK/results.tsv"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$WORK/loadavg.txt"
  done
done
echo "loader: medians of process wall, in-JVM load wall, CPU-s (user+sys), peak RSS"
python3 - "$WORK/results.tsv" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    l, wall, kb, user, system, load = line.rstrip("\n").split("\t")
    rows[l].append((float(wall), float(load), float(user) + float(system), int(kb)))
for l, v in rows.items():
    print(f"{l:10s} process {statistics.median(x[0] for x in v):7.1f} s, load {statistics.median(x[1] for x in v):7.1f} s, "
          f"{statistics.median(x[2] for x in v):7.1f} CPU-s, peak RSS {max(x[3] for x in v) // 1024} MB ({len(v)} runs)")
PY

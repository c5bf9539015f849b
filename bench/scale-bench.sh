#!/usr/bin/env bash
# Extraction and ingest throughput of two builds, alternated run by run (docs/scaling.md).
#   OLD=/path/to/old/quarkus-app bench/scale-bench.sh            # NEW defaults to target/quarkus-app
# Environment: ARTICLES (20000), ROUNDS (3), INGEST_ARTICLES (0 = no ingest runs), WORK (/tmp/waqai-scale-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OLD="${OLD:?set OLD to the quarkus-app directory of the build to compare with}"
NEW="${NEW:-$here/target/quarkus-app}"
ARTICLES="${ARTICLES:-20000}"; ROUNDS="${ROUNDS:-3}"; INGEST_ARTICLES="${INGEST_ARTICLES:-0}"
WORK="${WORK:-/tmp/waqai-scale-bench}"
mkdir -p "$WORK"
corpus="$WORK/corpus-$ARTICLES.jsonl"
[ -f "$corpus" ] || python3 "$here/bench/scale-corpus.py" "$ARTICLES" 1 "$corpus"
run() { # build label cpus command...
  local app="$1" label="$2" cpus="$3"; shift 3
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -o "$WORK/time.txt" -f "%M\t%U\t%S" taskset -c "$cpus" java -Xmx2g -Dfile.encoding=UTF-8 \
    -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" org.waqai.cli.Main "$@"
  t1=$(date +%s.%N)
  printf '%s\t%s\t%.2f\t%s\n' "$label" "$cpus" "$(echo "$t1 - $t0" | bc)" "$(cat "$WORK/time.txt")" | tee -a "$WORK/results.tsv"
}
all=$(seq -s, 0 $(($(nproc) - 1)))
: > "$WORK/results.tsv"
for r in $(seq "$ROUNDS"); do
  for b in old new; do
    app=$([ $b = old ] && echo "$OLD" || echo "$NEW")
    run "$app" "extract-$b" 0 extract -q "$corpus" -o "$WORK/events-$b.jsonl"
    run "$app" "extract-$b" "$all" extract -q "$corpus" -o "$WORK/events-$b.jsonl"
  done
  cmp "$WORK/events-old.jsonl" "$WORK/events-new.jsonl" && echo "round $r: old and new events byte-identical"
done
if [ "$INGEST_ARTICLES" -gt 0 ]; then
  head -n "$INGEST_ARTICLES" "$corpus" > "$WORK/ingest.jsonl"
  for r in $(seq "$ROUNDS"); do
    for b in old new; do
      app=$([ $b = old ] && echo "$OLD" || echo "$NEW")
      rm -rf "$WORK/data-$b"
      run "$app" "ingest-$b" "$all" ingest -q --data "$WORK/data-$b" "$WORK/ingest.jsonl"
    done
  done
fi
echo "label cpus wall-seconds peak-RSS-KB user-s sys-s; medians:"
python3 - "$WORK/results.tsv" "$ARTICLES" "$INGEST_ARTICLES" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, cpus, secs, kb, user, system = line.split("\t")
    rows[(label, cpus)].append((float(secs), int(kb), float(user) + float(system)))
for (label, cpus), v in sorted(rows.items()):
    n = int(sys.argv[3] if label.startswith("ingest") else sys.argv[2])
    s = statistics.median(x[0] for x in v)
    c = statistics.median(x[2] for x in v)
    print(f"{label:15s} cpus {cpus:5s} median {s:8.1f} s wall {n / s:7.0f} articles/s; {c:8.1f} CPU-s {n / c:7.0f} "
          f"articles per CPU-s; peak RSS {max(x[1] for x in v) // 1024} MB ({len(v)} runs)")
PY

#!/usr/bin/env bash
# First load into fresh embedded stores: an old build (transactional ingest) against this one (bulk path by default),
# alternated run by run; then MORE new articles ingested transactionally into the stores the new build loaded
# (docs/scaling.md, "Bulk path for first loads").
#   OLD=/path/to/old/quarkus-app bench/bulk-bench.sh                # NEW defaults to target/quarkus-app
# Environment: ARTICLES (20000), ROUNDS (2), MORE (1000, 0 = none), NEW_ARGS (e.g. --bulk=never),
# SKIP_OLD (1 = new build only), WORK (/tmp/waqai-bulk-bench).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OLD="${OLD:-}"
NEW="${NEW:-$here/target/quarkus-app}"
ARTICLES="${ARTICLES:-20000}"; ROUNDS="${ROUNDS:-2}"; MORE="${MORE:-1000}"; SKIP_OLD="${SKIP_OLD:-0}"
NEW_ARGS="${NEW_ARGS:-}"
WORK="${WORK:-/tmp/waqai-bulk-bench}"
mkdir -p "$WORK"
corpus="$WORK/corpus-$ARTICLES.jsonl"
more="$WORK/more-$MORE.jsonl"
[ -f "$corpus" ] || python3 "$here/bench/scale-corpus.py" "$ARTICLES" 1 "$corpus"
[ "$MORE" -eq 0 ] || [ -f "$more" ] || python3 "$here/bench/scale-corpus.py" "$MORE" 2 "$more" --prefix n
run() { # quarkus-app label articles command...
  local app="$1" label="$2" n="$3"; shift 3
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -o "$WORK/time.txt" -f "%M\t%U\t%S" java -Xmx2g -Dfile.encoding=UTF-8 \
    -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" org.waqai.cli.Main "$@"
  t1=$(date +%s.%N)
  printf '%s\t%s\t%.2f\t%s\n' "$label" "$n" "$(echo "$t1 - $t0" | bc)" "$(cat "$WORK/time.txt")" \
    | tee -a "$WORK/results.tsv"
}
: > "$WORK/results.tsv"
for r in $(seq "$ROUNDS"); do
  for b in old new; do
    [ $b = old ] && { [ "$SKIP_OLD" = 1 ] || [ -z "$OLD" ]; } && continue
    app=$([ $b = old ] && echo "$OLD" || echo "$NEW")
    rm -rf "$WORK/data-$b"
    # shellcheck disable=SC2086
    run "$app" "first-load-$b" "$ARTICLES" ingest -q --data "$WORK/data-$b" $([ $b = new ] && echo $NEW_ARGS) "$corpus"
  done
  if [ "$MORE" -gt 0 ]; then
    run "$NEW" "more-new" "$MORE" ingest -q --data "$WORK/data-new" "$more"
  fi
done
echo "label articles wall-seconds peak-RSS-KB user-s sys-s; medians:"
python3 - "$WORK/results.tsv" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, n, secs, kb, user, system = line.split("\t")
    rows[(label, int(n))].append((float(secs), int(kb), float(user) + float(system)))
for (label, n), v in sorted(rows.items()):
    s = statistics.median(x[0] for x in v)
    c = statistics.median(x[2] for x in v)
    print(f"{label:15s} {n:6d} articles: median {s:8.1f} s wall {n / s:7.0f} articles/s; {c:8.1f} CPU-s; "
          f"peak RSS {max(x[1] for x in v) // 1024} MB ({len(v)} runs)")
PY

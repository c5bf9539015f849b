#!/usr/bin/env bash
# `waqai extract` throughput of several builds, alternated run by run, on one core and on all cores.
#   bench/extract-builds.sh LABEL=/path/to/quarkus-app LABEL=/path/to/quarkus-app ...
# Environment: ARTICLES (20000), ROUNDS (2), WORK (/tmp/waqai-extract-builds), CPUSETS (the taskset CPU lists to run
# on; default "0" and all processors, e.g. CPUSETS=0 for one core only), JAVA_OPTS_<LABEL> (a build's own JVM
# options, as its ./waqai passes them to extract: e.g. JAVA_OPTS_v060="-XX:FreqInlineSize=100 -XX:InlineSmallCode=500";
# none by default), CDS_<LABEL>=1 (the build runs as ./waqai runs extract since 0.8.0: with a class data sharing archive,
# written first by one run on one article of the corpus). The corpus is bench/scale-corpus.py's (seed 1); every build's output must be byte-identical to the
# first build's (checked after each run). Rounds alternate the order of the builds (A B, then B A).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTICLES="${ARTICLES:-20000}"; ROUNDS="${ROUNDS:-2}"; WORK="${WORK:-/tmp/waqai-extract-builds}"
mkdir -p "$WORK"
corpus="$WORK/corpus-$ARTICLES.jsonl"
[ -f "$corpus" ] || python3 "$here/bench/scale-corpus.py" "$ARTICLES" 1 "$corpus"
all=$(seq -s, 0 $(($(nproc) - 1)))
for b in "$@"; do
  label="${b%%=*}"; app="${b#*=}"; cds_var="CDS_$label"; opts_var="JAVA_OPTS_$label"
  if [ "${!cds_var:-}" = 1 ]; then
    read -r -a opts <<< "${!opts_var:-}"
    head -n 1 "$corpus" > "$WORK/one.jsonl"
    rm -f "$WORK/$label.jsa"
    java ${opts[@]+"${opts[@]}"} -XX:ArchiveClassesAtExit="$WORK/$label.jsa" -Xlog:cds*=off -Xmx2g -Dfile.encoding=UTF-8 \
      -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" org.waqai.cli.Main extract -q "$WORK/one.jsonl" -o "$WORK/one-out.jsonl"
    printf -v "$opts_var" '%s' "${!opts_var:-} -XX:SharedArchiveFile=$WORK/$label.jsa -Xlog:cds*=off"
  fi
done
: > "$WORK/results.tsv"
first=""
for r in $(seq "$ROUNDS"); do
  for cpus in ${CPUSETS:-0 $all}; do
    # the order is reversed every other round (A B, B A, ...), so that neither build always runs first, and the
    # previous run's output is flushed to disk before a run starts, so that its write-back is not timed in the next
    if (( r % 2 == 0 )); then order=(); for b in "$@"; do order=("$b" "${order[@]}"); done; else order=("$@"); fi
    for b in "${order[@]}"; do
      sync
      label="${b%%=*}"; app="${b#*=}"
      opts_var="JAVA_OPTS_$label"; read -r -a opts <<< "${!opts_var:-}"
      t0=$(date +%s.%N)
      /usr/bin/time -o "$WORK/time.txt" -f "%M\t%U\t%S" taskset -c "$cpus" java ${opts[@]+"${opts[@]}"} -Xmx2g -Dfile.encoding=UTF-8 \
        -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" org.waqai.cli.Main extract -q "$corpus" -o "$WORK/events-$label.jsonl"
      t1=$(date +%s.%N)
      printf '%s\t%s\t%.2f\t%s\n' "$label" "$cpus" "$(echo "$t1 - $t0" | bc)" "$(cat "$WORK/time.txt")" | tee -a "$WORK/results.tsv"
      [ -n "$first" ] || first="$label"
      cmp "$WORK/events-$first.jsonl" "$WORK/events-$label.jsonl" || echo "OUTPUT DIFFERS: $label vs $first"
    done
  done
done
echo "label cpus: median wall, articles/s; median CPU-s (user+sys), articles per CPU-s; peak RSS"
python3 - "$WORK/results.tsv" "$ARTICLES" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, cpus, secs, kb, user, system = line.split("\t")
    rows[(label, cpus)].append((float(secs), int(kb), float(user) + float(system)))
n = int(sys.argv[2])
for (label, cpus), v in rows.items():
    s = statistics.median(x[0] for x in v); c = statistics.median(x[2] for x in v)
    print(f"{label:10s} cpus {cpus:5s} {s:7.1f} s {n / s:6.0f} articles/s; {c:7.1f} CPU-s {n / c:6.0f} per CPU-s; "
          f"peak RSS {max(x[1] for x in v) // 1024} MB ({len(v)} runs)")
PY

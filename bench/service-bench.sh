#!/usr/bin/env bash
# End-to-end service benchmark (issue 4): generate ~100,000 events, ingest them into the embedded stores, copy the
# TDB2 directory for direct ARQ, start the service, measure the canonical queries through the service against the
# same query texts over Bolt and ARQ (ServiceBenchHarness), then drive the service with wrk, stop it and print a
# table. Run from the repository root:   bench/service-bench.sh
# Settings (environment): WORK (default /tmp/waqai-service-bench), ARTICLES (4500 ≈ 100k events), SEED (2026),
# PORT (8090), BOLT_PORT (7690), ROUNDS (100), WARMUP (15 rounds at least), WARMUP_SECONDS (30 per question at
# least: a count of rounds alone leaves the service's JIT half done on the millisecond lookup), WRK_DURATION (15s), WRK_THREADS (2),
# WRK_CONNECTIONS (8), WRK_TIMEOUT (60s), SKIP_BUILD=1 to use the existing target/, KEEP_DATA=1 to reuse an ingested WORK/data;
# ROUNDS=0 skips the timed comparison (the harness checks the answers, runs the warm-up rounds, writes wrk's inputs);
# LANGS=cypher (or sparql) times only that language's paths; BLOCK=10 times 10 requests in a row per path and round
# (a steady stream, as wrk) instead of alternating every request; TIMED_QUERIES=source times only that question; WRK=0 skips wrk; SERVICE_JAVA_OPTS are passed to
# the service's JVM (e.g. -XX:+FlightRecorder options); APP_DIR runs another build of the service (a copy of
# target/quarkus-app, to compare two builds on the same data).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-/tmp/waqai-service-bench}
ARTICLES=${ARTICLES:-4500}
SEED=${SEED:-2026}
PORT=${PORT:-8090}
BOLT_PORT=${BOLT_PORT:-7690}
ROUNDS=${ROUNDS:-100}
WARMUP=${WARMUP:-15}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
WRK_DURATION=${WRK_DURATION:-15s}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-8}
WRK_TIMEOUT=${WRK_TIMEOUT:-60s}   # wrk's default of 2 s counts the slow SPARQL answers under load as errors
LANGS=${LANGS:-both}
BLOCK=${BLOCK:-1}                  # requests in a row per path and round in the harness (1: alternate every request)
TIMED_QUERIES=${TIMED_QUERIES:-}  # e.g. source: time only these questions (comma-separated; default all)
WRK=${WRK:-1}
QUERIES="near active fought source"

[[ $WRK == 0 ]] || command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }
if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -q package -DskipTests            # compiles the test classes too (the harness lives there)
fi
APP_DIR=${APP_DIR:-$ROOT/target/quarkus-app}   # the service's build; the harness always comes from target/
APP_CP="$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*:$ROOT/target/quarkus-app/lib/boot/*"
# The harness leaves out lib/boot: with it on a plain classpath (JBoss LogManager as the SLF4J provider, not
# configured outside Quarkus) direct ARQ ran 2.5x slower than the same query inside the service.
CP="$ROOT/target/test-classes:$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*"
mkdir -p "$WORK"
OUT="$WORK/out"
rm -rf "$OUT" && mkdir -p "$OUT"

if [[ "${KEEP_DATA:-0}" != 1 || ! -d "$WORK/data/tdb2" ]]; then
  rm -rf "$WORK/data"
  echo "== generating $ARTICLES articles (seed $SEED)"
  java -cp "$CP" org.waqai.bench.ServiceBenchCorpus "$ARTICLES" "$SEED" "$WORK/corpus.jsonl"
  echo "== ingesting into $WORK/data (several minutes)"
  /usr/bin/time -f "ingest: %e s wall, %M KB max RSS" \
    java -cp "$APP_CP" org.waqai.cli.Main ingest "$WORK/corpus.jsonl" --data "$WORK/data" --batch 500 --quiet
fi
if [[ $LANGS == cypher && "${KEEP_DATA:-0}" == 1 && -d "$WORK/tdb2-copy" ]]; then
  echo "== reusing $WORK/tdb2-copy (LANGS=cypher: ARQ only looks up the event's IRI there)"
else
  echo "== copying TDB2 for direct ARQ"
  rm -rf "$WORK/tdb2-copy" && cp -r "$WORK/data/tdb2" "$WORK/tdb2-copy"
fi

echo "== starting the service on :$PORT (Bolt :$BOLT_PORT)"
(cd "$WORK" && QUARKUS_HTTP_PORT=$PORT WAQAI_NEO4J_BOLT_PORT=$BOLT_PORT WAQAI_NEO4J_DATA_DIR="$WORK/data/neo4j" \
  WAQAI_RDF_TDB2_DIR="$WORK/data/tdb2" WAQAI_LOAD_SAMPLES=false \
  exec java ${SERVICE_JAVA_OPTS:-} -jar "$APP_DIR/quarkus-run.jar" > "$OUT/service.log" 2>&1) &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true; wait $SERVICE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $SERVICE_PID 2>/dev/null || { echo "service died:"; tail -30 "$OUT/service.log"; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "service not ready"; exit 1; }
EVENTS=$(curl -sf -H 'Content-Type: application/json' -d '{"query":"MATCH (e:Event) RETURN count(e) AS n"}' \
  "http://127.0.0.1:$PORT/cypher" | sed -E 's/.*"n":([0-9]+).*/\1/')
echo "events in the store: $EVENTS"

echo "== harness: service vs Bolt vs ARQ, sequential, $ROUNDS rounds"
HARNESS_RC=0
BOLT_PASSWORD_FILE="$WORK/data/neo4j/bolt-password" \
  java -cp "$CP" org.waqai.bench.ServiceBenchHarness "http://127.0.0.1:$PORT" "bolt://127.0.0.1:$BOLT_PORT" \
  "$WORK/tdb2-copy" "$OUT" "$ROUNDS" "$WARMUP" "$LANGS" "$BLOCK" "$TIMED_QUERIES" "$WARMUP_SECONDS" | tee "$OUT/harness.txt" || HARNESS_RC=$?

[[ $WRK == 0 ]] || echo "== wrk against the service ($WRK_DURATION per run)"
run_wrk() { # name kind threads connections
  local name=$1 kind=$2 t=$3 c=$4 line
  if [[ $kind == cypher ]]; then
    line=$(WRK_BODY_FILE="$OUT/$name.cypher.json" WRK_PATH_FILE= WRK_ACCEPT=application/json \
      wrk -t"$t" -c"$c" -d"$WRK_DURATION" --timeout "$WRK_TIMEOUT" --latency -s bench/wrk-request.lua "http://127.0.0.1:$PORT/cypher" \
      | tee "$OUT/wrk-$name-$kind-c$c.txt" | grep WRKSUMMARY)
  else
    line=$(WRK_BODY_FILE= WRK_PATH_FILE="$OUT/$name.sparql.path" WRK_ACCEPT=application/sparql-results+json \
      wrk -t"$t" -c"$c" -d"$WRK_DURATION" --timeout "$WRK_TIMEOUT" --latency -s bench/wrk-request.lua "http://127.0.0.1:$PORT/sparql" \
      | tee "$OUT/wrk-$name-$kind-c$c.txt" | grep WRKSUMMARY)
  fi
  echo "$name $kind c=$c $line" | tee -a "$OUT/wrk.txt"
}
for q in $QUERIES; do
  [[ $WRK == 0 ]] && break
  for kind in cypher sparql; do
    run_wrk "$q" "$kind" 1 1
    run_wrk "$q" "$kind" "$WRK_THREADS" "$WRK_CONNECTIONS"
  done
done

kill $SERVICE_PID 2>/dev/null || true
wait $SERVICE_PID 2>/dev/null || true
trap - EXIT

echo
echo "================ summary ($EVENTS events; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
sed -n '/^sequential/,$p' "$OUT/harness.txt"
echo
printf '%-7s %-7s %-5s %9s %9s %9s %9s %8s\n' query lang conns req/s p50_ms p99_ms requests errors
touch "$OUT/wrk.txt"
awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       err = v["non2xx"] + v["connect"] + v["read"] + v["write"] + v["timeout"]
       printf "%-7s %-7s %-5s %9s %9s %9s %9s %8d\n", $1, $2, substr($3, 3), v["rps"], v["p50_ms"], v["p99_ms"],
         v["requests"], err; total += err }
     END { printf "\nwrk errors (non-2xx + socket errors) over all runs: %d\n", total; exit(total > 0) }' \
  "$OUT/wrk.txt" || { echo "wrk saw errors"; exit 1; }
echo "outputs in $OUT"
exit $HARNESS_RC

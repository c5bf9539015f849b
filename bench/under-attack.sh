#!/usr/bin/env bash
# "Under attack" measurement (issue 14): start the service on a small synthetic corpus, then let one client send
# pathological queries (nested expressions, backtracking regular expressions, 20,000 UNIONs, a huge reduce, cross
# products) from 127.0.0.2 while another makes ordinary /cypher, /sparql and /events requests from 127.0.0.1
# (UnderAttackBench); print the ordinary client's errors and p50/p99, calm and under attack. Run from the
# repository root:   bench/under-attack.sh
# Settings (environment): WORK (/tmp/waqai-under-attack), ARTICLES (500), PORT (18080), BOLT_PORT (17688),
# CALM (20 s), ATTACK (40 s), ATTACKERS (8 threads), SKIP_BUILD=1 to use the existing target/.
# Exit status 1 when the ordinary client saw any error during the attack.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${WORK:-/tmp/waqai-under-attack}
ARTICLES=${ARTICLES:-500}
PORT=${PORT:-18080}
BOLT_PORT=${BOLT_PORT:-17688}
CALM=${CALM:-20}
ATTACK=${ATTACK:-40}
ATTACKERS=${ATTACKERS:-8}

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -q package -DskipTests            # compiles the test classes too (the bench lives there)
fi
APP_CP="$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*:$ROOT/target/quarkus-app/lib/boot/*"
CP="$ROOT/target/test-classes:$ROOT/target/quarkus-app/app/*:$ROOT/target/quarkus-app/lib/main/*"
rm -rf "$WORK" && mkdir -p "$WORK"
echo "== generating and ingesting $ARTICLES articles"
java -cp "$CP" org.waqai.bench.ServiceBenchCorpus "$ARTICLES" 2026 "$WORK/corpus.jsonl"
java -cp "$APP_CP" org.waqai.cli.Main ingest "$WORK/corpus.jsonl" --data "$WORK/data" --quiet

echo "== starting the service on :$PORT (Bolt :$BOLT_PORT)"
(cd "$WORK" && QUARKUS_HTTP_PORT=$PORT WAQAI_NEO4J_BOLT_PORT=$BOLT_PORT WAQAI_NEO4J_DATA_DIR="$WORK/data/neo4j" \
  WAQAI_RDF_TDB2_DIR="$WORK/data/tdb2" WAQAI_JOURNAL_DIR="$WORK/data/journal" WAQAI_LOAD_SAMPLES=false \
  exec java -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$WORK/service.log" 2>&1) &
SERVICE_PID=$!
trap 'kill $SERVICE_PID 2>/dev/null || true; wait $SERVICE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $SERVICE_PID 2>/dev/null || { echo "service died:"; tail -30 "$WORK/service.log"; exit 1; }
  sleep 1
done
RC=0
java -cp "$CP" org.waqai.bench.UnderAttackBench "http://127.0.0.1:$PORT" "$CALM" "$ATTACK" "$ATTACKERS" \
  | tee "$WORK/result.txt" || RC=$?
echo "service log: $WORK/service.log (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
exit $RC

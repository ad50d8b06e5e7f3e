#!/usr/bin/env bash
# The search benchmark, in one command (see BENCHMARKS.md):
#
#   bench/run.sh                                   # full size: 1,000,000 messages in 10,000 sessions
#   bench/run.sh --messages 20000 --sessions 200   # quick run
#
# Options: --messages N, --sessions N, --threads N (loader threads, default 3), --batch N (messages
# per append, default 250), --warmup N (warm-up passes over the queries, default 1), --warmup-seconds N
# (and warm up for at least this long, default 60: a fresh server runs the search path in barely
# compiled code), --passes N
# (measured passes, default 3), --heap SIZE (server heap, default 4g), --skip-build (reuse
# bench/target from the previous build), --skip-lucene (no raw Lucene floor), --reuse-data (keep the
# previous run's database and index: no loading, no rebuild; for iterating on query speed),
# --no-report (leave BENCHMARKS.md alone).
#
# It builds the application and the bench module (`mvn -Pbench -DskipTests package` from the root),
# starts the Liberty server sessionvault-bench (port 9190, https 9543) on the embedded H2 database
# with an empty data folder (bench/target/server-data), runs the benchmark, stops the server, and
# writes its section of BENCHMARKS.md. Exit status: 0 complete, 1 a phase failed (e.g. an endpoint
# answered 404 or 5xx), 2 the server could not be built or started.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
SERVER=sessionvault-bench
PORT=9190
WLP="$BENCH/target/liberty/wlp"
DATA="$BENCH/target/server-data"
HEAP=4g

MESSAGES=1000000
SESSIONS=10000
BUILD=1
REUSE=0
REPORT=1
PASS=()
ORIGINAL_ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) MESSAGES="$2"; shift 2 ;;
    --sessions) SESSIONS="$2"; shift 2 ;;
    --threads|--batch|--passes|--warmup|--warmup-seconds) PASS+=("$1" "$2"); shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --skip-lucene) PASS+=("$1"); shift ;;
    --reuse-data) REUSE=1; PASS+=(--skip-load); shift ;;
    --no-report) REPORT=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

log() { echo "[bench $(date +%H:%M:%S)] $*"; }

cd "$ROOT"
if [ "$BUILD" = 1 ]; then
  log "building: mvn -Pbench -DskipTests package (log: bench/target/build.log)"
  mkdir -p "$BENCH/target"
  # Spotless is the normal build's job; a formatting slip elsewhere must not stop a benchmark.
  if ! mvn -B -Pbench -DskipTests -Dspotless.check.skip=true package >"$BENCH/target/build.log.tmp" 2>&1; then
    mv "$BENCH/target/build.log.tmp" "$BENCH/target/build.log" 2>/dev/null || true
    tail -n 40 "$BENCH/target/build.log" >&2
    echo "run.sh: the build failed (full log: bench/target/build.log)" >&2
    exit 2
  fi
  mv "$BENCH/target/build.log.tmp" "$BENCH/target/build.log"
fi
for f in "$WLP/bin/server" "$BENCH/target/session-vault-bench.jar" "$WLP/usr/servers/$SERVER/dropins/session-ear.ear"; do
  [ -e "$f" ] || { echo "run.sh: $f is missing: run without --skip-build" >&2; exit 2; }
done

if curl -s -o /dev/null --max-time 2 "http://localhost:$PORT/"; then
  echo "run.sh: something already listens on port $PORT (a previous sessionvault-bench? '$WLP/bin/server stop $SERVER')" >&2
  exit 2
fi

# The embedded default database, whatever the caller's environment says; a fresh data folder.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(SESSIONVAULT_[A-Z_]*\)=.*/\1/p')
export SESSIONVAULT_DB=h2
if [ "$REUSE" = 1 ]; then
  [ -d "$DATA/db" ] || { echo "run.sh: --reuse-data needs a previous run's $DATA" >&2; exit 2; }
  rm -rf "$WLP/usr/servers/$SERVER/logs" "$WLP/usr/servers/$SERVER/workarea"
else
  rm -rf "$DATA" "$WLP/usr/servers/$SERVER/logs" "$WLP/usr/servers/$SERVER/workarea"
fi
printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" >"$WLP/usr/servers/$SERVER/jvm.options"
# The first operator of a fresh data folder gets a random password, kept beside the data for
# --reuse-data; the benchmark signs in with it to create its API key and to start the rebuild.
mkdir -p "$DATA"
[ -s "$DATA/operator-password" ] || head -c 18 /dev/urandom | base64 | tr '+/' '-_' >"$DATA/operator-password"
export SESSIONVAULT_OPERATOR_PASSWORD
SESSIONVAULT_OPERATOR_PASSWORD="$(cat "$DATA/operator-password")"

stop_server() {
  log "stopping $SERVER"
  "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
}
trap stop_server EXIT

log "starting $SERVER on port $PORT (heap $HEAP, H2 in $DATA)"
if ! "$WLP/bin/server" start "$SERVER" >/dev/null; then
  echo "run.sh: $SERVER did not start; see $WLP/usr/servers/$SERVER/logs/messages.log" >&2
  exit 2
fi
ready=0
for _ in $(seq 1 300); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$PORT/health/ready")" = 200 ]; then
    ready=1
    break
  fi
  sleep 1
done
if [ "$ready" != 1 ]; then
  echo "run.sh: $SERVER is not ready after 300 s; see $WLP/usr/servers/$SERVER/logs/messages.log" >&2
  exit 2
fi
log "server ready"

REPORT_ARGS=()
if [ "$REPORT" = 1 ]; then
  REPORT_ARGS=(--report "$ROOT/BENCHMARKS.md")
fi
COMMAND="bench/run.sh${ORIGINAL_ARGS:+ $ORIGINAL_ARGS}"
set +e
java -Xms2g -Xmx2g -cp "$BENCH/target/session-vault-bench.jar:$BENCH/target/lib/*" \
  dev.sessionvault.bench.Bench \
  --messages "$MESSAGES" --sessions "$SESSIONS" \
  --base-url "http://localhost:$PORT" \
  --server-index-dir "$DATA/index" \
  --work-dir "$BENCH/target" \
  --command "$COMMAND" \
  --server-info "Open Liberty 26.0.0.5 (server $SERVER, -Xmx$HEAP), embedded H2 file database, local Lucene index" \
  "${REPORT_ARGS[@]}" "${PASS[@]}"
status=$?
set -e
exit "$status"

#!/usr/bin/env bash
# The benchmarks, one command each (see BENCHMARKS.md):
#
#   bench/run.sh [search]   the search benchmark: load a corpus, rebuild, time queries (default)
#   bench/run.sh ingest     write latency, 16 concurrent writers, bulk loading, the JDBC floor
#   bench/run.sh crash      clients ingest, SIGKILL at a random moment, restart, check everything
#   bench/run.sh load       50 clients, mixed reads and writes, for 10 minutes
#   bench/run.sh transfer   one long session exported in every format and imported back
#   bench/run.sh transcripts  a real Claude Code session imported and re-sent, sv sync of a synthetic
#                           tree, one very large transcript (run it with --heap 512m)
#   bench/run.sh fuzz       hostile requests over every endpoint (bench/fuzz.sh)
#
# Common options: --db h2|postgresql (default h2; PostgreSQL on 127.0.0.1:5432 as user postgres,
# database sessionvault_bench, created afresh), --heap SIZE (server heap, default 4g),
# --skip-build (reuse bench/target from the previous build), --no-report (leave BENCHMARKS.md
# alone), --jfr (a profile of the server, Java Flight Recorder's "profile" settings, in
# bench/target/server.jfr when the server stops), --server-env SESSIONVAULT_NAME=value (a setting of
# the server, repeatable; the caller's own SESSIONVAULT_* variables are never passed on).
#
# search: --messages N (default 1,000,000), --sessions N (default 10,000), --threads N (loader
#   threads, default 3), --batch N (messages per append, default 250), --warmup N / --warmup-seconds
#   N (warm up for at least N passes and N seconds, default 1 / 60: a fresh server runs the search
#   path in barely compiled code), --passes N (measured passes, default 3), --queries
#   fixed|fresh|both (fixed: the same 200 queries warm up and are measured, 3 passes; fresh: 600
#   queries drawn from random corpus messages with a seed of the run's own, each measured once
#   after the warm-up on the fixed queries; default both), --seed N (the fresh queries' seed;
#   default one from the clock, printed and recorded in the report), --skip-lucene (no raw Lucene
#   floor), --reuse-data (keep the previous run's database and index: no loading, no rebuild).
# ingest: --messages N (bulk, default 200,000), --batch N (default 1,000), --threads N (bulk
#   clients, default 4), --clients N (concurrent writers, default 16), --seconds N (their run,
#   default 30), --samples N (single-client samples, default 2,000), --warmup-seconds N (60),
#   --phases LIST (any of single,concurrent,bulk; default all three).
# crash: --runs N (default 5), --messages N (per run, default 100,000), --batch N (default 250),
#   --seed N (places the kills).
# load: --clients N (default 50), --minutes N (default 10).
# transfer: --messages N (the session's length, default 200,000), --batch N (messages per append
#   while loading it, default 1,000), --formats LIST (some of json,jsonl,markdown,html; default
#   all; json is always measured, the import reads it); run it with a small --heap to show that
#   nothing holds the session whole.
# transcripts: --corpus FILE (a real Claude Code session; default
#   ../shared/corpus/claude-code/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl beside the repository;
#   skipped when missing), --warmup-seconds N (60), --samples N (timed imports, default 20; three
#   times as many unchanged re-sends), --transcripts N and --messages-each N (the tree sv sync sends,
#   default 1,000 x 1,000), --big-mb N (the large transcript, default 100; 0 skips it).
#
# It builds the application and the bench module (`mvn -Pbench -DskipTests package` from the root),
# starts the Liberty server sessionvault-bench (port 9190, https 9543) with an empty data folder
# (bench/target/server-data), runs the benchmark, stops the server, and writes its section of
# BENCHMARKS.md. Exit status: 0 complete, 1 a check or phase failed, 2 the server could not be
# built or started.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
SERVER=sessionvault-bench
PORT=9190
WLP="$BENCH/target/liberty/wlp"
DATA="$BENCH/target/server-data"
PG_DATABASE=sessionvault_bench

COMMAND=search
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
  COMMAND="$1"
  shift
fi
case "$COMMAND" in
  search|ingest|crash|load|transfer|transcripts) ;;
  fuzz) exec "$BENCH/fuzz.sh" "$@" ;;
  -h|--help|help) COMMAND=help ;;
  *) echo "run.sh: unknown benchmark '$COMMAND' (search, ingest, crash, load, transfer, transcripts, fuzz)" >&2; exit 2 ;;
esac

HEAP=4g
DB=h2
BUILD=1
REUSE=0
REPORT=1
JFR=0
MESSAGES=
SESSIONS=10000
PASS=()
SERVER_ENV=()
CORPUS="$ROOT/../shared/corpus/claude-code/ae4a77f8-aedd-4bc1-888f-c94edc91af04.jsonl"
ORIGINAL_ARGS="$*"
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --messages) MESSAGES="$2"; shift 2 ;;
    --sessions) SESSIONS="$2"; shift 2 ;;
    --corpus) CORPUS="$2"; shift 2 ;;
    --minutes) PASS+=(--seconds "$(( $2 * 60 ))"); shift 2 ;;
    --threads|--batch|--passes|--warmup|--warmup-seconds|--queries|--seed|--runs|--clients|--seconds|--samples|--phases|--formats|--transcripts|--messages-each|--big-mb)
      PASS+=("$1" "$2"); shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --skip-lucene) PASS+=("$1"); shift ;;
    --reuse-data) REUSE=1; PASS+=(--skip-load); shift ;;
    --no-report) REPORT=0; shift ;;
    --jfr) JFR=1; shift ;;
    --server-env)
      [[ "${2:-}" =~ ^SESSIONVAULT_[A-Z0-9_]+=.*$ ]] || { echo "run.sh: --server-env takes SESSIONVAULT_NAME=value" >&2; exit 2; }
      SERVER_ENV+=("$2"); shift 2 ;;
    -h|--help) COMMAND=help; shift ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$COMMAND" = help ]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  exit 0
fi
case "$DB" in h2|postgresql) ;; *) echo "run.sh: --db is h2 or postgresql" >&2; exit 2 ;; esac
for ((i = 0; i + 1 < ${#PASS[@]}; i++)); do
  case "${PASS[i]}" in
    --queries) case "${PASS[i+1]}" in fixed|fresh|both) ;; *) echo "run.sh: --queries is fixed, fresh or both" >&2; exit 2 ;; esac ;;
    --seed) [[ "${PASS[i+1]}" =~ ^-?[0-9]+$ ]] || { echo "run.sh: --seed is a whole number" >&2; exit 2; } ;;
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

# The chosen database, whatever the caller's environment says; a fresh data folder.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(SESSIONVAULT_[A-Z_]*\)=.*/\1/p')
export SESSIONVAULT_DB="$DB"
# The transfer benchmark's session exports to about 130 MB: over the default import limit (64 MiB).
[ "$COMMAND" = transfer ] && export SESSIONVAULT_IMPORT_MAX_BYTES=1073741824
[ "$COMMAND" = transcripts ] && export SESSIONVAULT_IMPORT_MAX_BYTES=1073741824
for assignment in "${SERVER_ENV[@]}"; do
  export "${assignment?}"
done
if [ "$DB" = postgresql ]; then
  export SESSIONVAULT_DB_NAME="$PG_DATABASE" SESSIONVAULT_DB_USER=postgres
  if [ "$REUSE" = 0 ]; then
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $PG_DATABASE with (force)" \
      -c "create database $PG_DATABASE" >/dev/null
  fi
fi
if [ "$REUSE" = 1 ]; then
  [ -d "$DATA/index" ] || { echo "run.sh: --reuse-data needs a previous run's $DATA" >&2; exit 2; }
  rm -rf "$WLP/usr/servers/$SERVER/logs" "$WLP/usr/servers/$SERVER/workarea"
else
  rm -rf "$DATA" "$WLP/usr/servers/$SERVER/logs" "$WLP/usr/servers/$SERVER/workarea"
fi
printf -- '-Xms%s\n-Xmx%s\n' "$HEAP" "$HEAP" >"$WLP/usr/servers/$SERVER/jvm.options"
if [ "$JFR" = 1 ]; then
  rm -f "$BENCH/target/server.jfr"
  echo "-XX:FlightRecorderOptions:stackdepth=1024" >>"$WLP/usr/servers/$SERVER/jvm.options"
  echo "-XX:StartFlightRecording=settings=profile,filename=$BENCH/target/server.jfr,dumponexit=true" \
    >>"$WLP/usr/servers/$SERVER/jvm.options"
fi
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

log "starting $SERVER on port $PORT (heap $HEAP, $DB)"
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
SHOWN="bench/run.sh $COMMAND${ORIGINAL_ARGS:+ $ORIGINAL_ARGS}"
DB_INFO="embedded H2 file database"
[ "$DB" = postgresql ] && DB_INFO="PostgreSQL 15 on 127.0.0.1"
SERVER_INFO="Open Liberty 26.0.0.5 (server $SERVER, -Xmx$HEAP), $DB_INFO, local Lucene index${SERVER_ENV[*]:+, ${SERVER_ENV[*]}}"
CLASSPATH="$BENCH/target/session-vault-bench.jar:$BENCH/target/lib/*"
set +e
if [ "$COMMAND" = search ]; then
  java -Xms2g -Xmx2g -cp "$CLASSPATH" dev.sessionvault.bench.Bench \
    --messages "${MESSAGES:-1000000}" --sessions "$SESSIONS" \
    --base-url "http://localhost:$PORT" \
    --server-index-dir "$DATA/index" \
    --work-dir "$BENCH/target" \
    --command "$SHOWN" \
    --server-info "$SERVER_INFO" \
    "${REPORT_ARGS[@]}" "${PASS[@]}"
else
  DEFAULT_MESSAGES=200000
  [ "$COMMAND" = crash ] && DEFAULT_MESSAGES=100000
  java -Xms1g -Xmx1g -cp "$CLASSPATH" dev.sessionvault.bench.WriteBench \
    --mode "$COMMAND" --db "$DB" \
    --messages "${MESSAGES:-$DEFAULT_MESSAGES}" \
    --base-url "http://localhost:$PORT" \
    --server-pid-file "$WLP/usr/servers/.pid/$SERVER.pid" \
    --wlp "$WLP" --server "$SERVER" \
    --floor-url "jdbc:postgresql://127.0.0.1:5432/" \
    --work-dir "$BENCH/target" \
    --command "$SHOWN" \
    --server-info "$SERVER_INFO" \
    --corpus "$CORPUS" --cli-jar "$ROOT/session-cli/target/session-cli.jar" \
    "${REPORT_ARGS[@]}" "${PASS[@]}"
fi
status=$?
set -e
exit "$status"

#!/usr/bin/env bash
# Hostile input: FuzzIT with 10,000 generated malformed and hostile requests over every endpoint of
# the OpenAPI document, against the embedded default (H2), on the integration-test server
# sessionvault-it-h2 (port 9181). The suite (`mvn verify`) sends 1,000 of the same requests.
#
#   bench/fuzz.sh [--tries N] [--seed N] [--no-report]
#
# --tries N    requests to send (default 10,000)
# --seed N     the generator's seed (default 20261204, the suite's: the same requests every run)
# --no-report  leave BENCHMARKS.md alone
#
# Prints the class × answer table and writes it to bench/target/fuzz-report.md and into the
# "Hostile input" section of BENCHMARKS.md. Exit status: 0 when no answer broke the rules (no 5xx,
# every refusal a problem document) and the state afterwards was intact, 1 otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TRIES=10000
SEED=20261204
REPORT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --tries) TRIES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --no-report) REPORT=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$TRIES" =~ ^[0-9]+$ && "$SEED" =~ ^-?[0-9]+$ ]] || { echo "fuzz.sh: --tries and --seed are whole numbers" >&2; exit 2; }

OUT="$ROOT/bench/target"
TABLE="$OUT/fuzz-report.md"
mkdir -p "$OUT"
rm -f "$TABLE"
cd "$ROOT"
echo "[fuzz $(date +%H:%M:%S)] $TRIES requests, seed $SEED (log: bench/target/fuzz.log)"
START=$(date +%s)
STATUS=0
# Unit tests and the other integration tests are the normal build's job.
mvn -B verify -pl session-ear -am -Dspotless.check.skip=true -Dtest=NoUnitTests \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FuzzIT -Dit.postgresql.skip=true \
  -Dit.restart.skip=true -Dfuzz.tries="$TRIES" -Dfuzz.seed="$SEED" -Dfuzz.report="$TABLE" \
  >"$OUT/fuzz.log" 2>&1 || STATUS=1
ELAPSED=$(( $(date +%s) - START ))
if [ ! -s "$TABLE" ]; then
  tail -n 40 "$OUT/fuzz.log" >&2
  echo "fuzz.sh: FuzzIT produced no table (full log: bench/target/fuzz.log)" >&2
  exit 1
fi
cat "$TABLE"
echo
echo "[fuzz] total $ELAPSED s including the build and the server start; $([ $STATUS = 0 ] && echo "all checks passed" || echo "FAILED: see bench/target/fuzz.log")"

if [ "$REPORT" = 1 ]; then
  # The table replaces the block between the markers of BENCHMARKS.md's "Hostile input" section.
  SECTION="$OUT/fuzz-section.md"
  { echo "<!-- fuzz:begin -->"
    echo "Run of $(date -u +%Y-%m-%d) on $(nproc) cores, H2, $ELAPSED s in all (build and server start included)$([ $STATUS = 0 ] || echo "; FAILED"):"
    echo
    cat "$TABLE"
    echo "<!-- fuzz:end -->"; } >"$SECTION"
  awk -v section="$SECTION" '
    /<!-- fuzz:begin -->/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- fuzz:end -->/ { skip = 0; next }
    !skip { print }' BENCHMARKS.md >"$OUT/BENCHMARKS.md.new"
  mv "$OUT/BENCHMARKS.md.new" BENCHMARKS.md
fi
exit $STATUS

#!/usr/bin/env bash
# The household re-evaluation benchmark on both providers (issue 9):
#   bench/ReliefPlatform.SweepBench/households.sh [count=1000000] [runs=2]
# For each provider: a fresh database (a SQLite file; the PostgreSQL database relief_households_bench,
# dropped and created again) migrated by the service's own start-up and seeded with <count> households
# (seed-households), each evaluated under the province's figures in force; then an administrator
# changes the figures over HTTP and the evaluate-households job's command runs <runs> times (households):
# the first evaluates every household, the next finds nothing to do; the plan of the job's keyset
# read is printed. A database already holding <count> households is reused (each run changes the
# figures again), unless HOUSEHOLDS_BENCH_RESEED=1. Logs go to $HOUSEHOLDS_BENCH_DIR (default
# /tmp/relief-households-bench).
#
# Environment: HOUSEHOLDS_BENCH_PROVIDERS ("Sqlite PostgreSQL"), HOUSEHOLDS_BENCH_DIR,
# HOUSEHOLDS_BENCH_RESEED, PGHOST (127.0.0.1), PGPORT (5432), PGUSER (relief), PGPASSWORD (relief):
# a role that may create databases.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
COUNT=${1:-1000000}
RUNS=${2:-2}
WORK=${HOUSEHOLDS_BENCH_DIR:-/tmp/relief-households-bench}
PROVIDERS=${HOUSEHOLDS_BENCH_PROVIDERS:-"Sqlite PostgreSQL"}
DATABASE=relief_households_bench
source "$HERE/bench-common.sh"

for provider in $PROVIDERS; do
  open_database "$provider" "$WORK/households.db" "$DATABASE" Households "$COUNT" "${HOUSEHOLDS_BENCH_RESEED:-0}"

  if [ "$seeded" = 0 ]; then
    echo "== $provider: seeding $COUNT households (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    "${BENCH[@]}" seed-households --provider "$provider" --connection "$connection" --count "$COUNT" 2>"$WORK/seed-$provider.err" | tee "$WORK/seed-$provider.log"
    grep '^RESULT' "$WORK/seed-$provider.log" >>"$RESULTS"
  else
    echo "== $provider: reusing the database seeded with $COUNT households"
  fi
  echo "== $provider: threshold change and $RUNS runs of evaluate-households (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "${BENCH[@]}" households --provider "$provider" --connection "$connection" --runs "$RUNS" --explain 2>"$WORK/households-$provider.err" | tee "$WORK/households-$provider.log"
  grep '^RESULT' "$WORK/households-$provider.log" >>"$RESULTS"
done

echo
echo "== results ($COUNT households; a province-wide threshold change re-evaluates every one)"
awk '
  function v(key,   i, kv) { for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] } return "-" }
  $2 == "seed-households" { split($3, p, "="); printf "%-10s seed   %s households + %s members in %s s = %s households/s, peak working set %s MB\n", p[2], v("households"), v("members"), v("seconds"), v("households_per_s"), v("peak_ws_mb") }
  $2 == "households"      { split($3, p, "="); printf "%-10s job    run 1 %s s (%s/s), %s evaluated, %s level changes (expected %s) | WS max %s MB (+%s), heap max %s MB, alloc %s MB | run 2 %s s, %s evaluated | %s\n",
                            p[2], v("run1_s"), v("per_s"), v("evaluated"), v("level_changes"), v("expected_changes"), v("run1_max_ws_mb"), v("run1_ws_growth_mb"), v("run1_max_heap_mb"), v("run1_alloc_mb"), v("run2_s"), v("run2_evaluated"), v("check") }
' "$RESULTS"
echo "(all RESULT lines: $RESULTS)"

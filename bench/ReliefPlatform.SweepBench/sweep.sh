#!/usr/bin/env bash
# The deadline-sweep benchmark on both providers:
#   bench/ReliefPlatform.SweepBench/sweep.sh [count=1000000] [sweeps=2]
# For each provider it seeds <count> open applications into a fresh database (a SQLite file, and the
# PostgreSQL database relief_sweep_bench, dropped and created again), runs the sweep measurement
# <sweeps> times (the first on the freshly seeded database; later ones after --reset-events), and
# prints a table. Logs go to $SWEEP_BENCH_DIR (default /tmp/relief-sweep-bench).
#
# Environment: SWEEP_BENCH_PROVIDERS ("Sqlite PostgreSQL"), SWEEP_BENCH_DIR, PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (relief), PGPASSWORD (relief): a role that may create databases.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
COUNT=${1:-1000000}
SWEEPS=${2:-2}
WORK=${SWEEP_BENCH_DIR:-/tmp/relief-sweep-bench}
PROVIDERS=${SWEEP_BENCH_PROVIDERS:-"Sqlite PostgreSQL"}
DATABASE=relief_sweep_bench
source "$HERE/bench-common.sh"

for provider in $PROVIDERS; do
  open_database "$provider" "$WORK/sweep.db" "$DATABASE" Applications "$COUNT" 1

  echo "== $provider: seeding $COUNT"
  "${BENCH[@]}" seed --provider "$provider" --connection "$connection" --count "$COUNT" 2>"$WORK/seed-$provider.err" | tee "$WORK/seed-$provider.log"
  grep '^RESULT' "$WORK/seed-$provider.log" >>"$RESULTS"
  for run in $(seq 1 "$SWEEPS"); do
    reset=()
    explain=()
    if [ "$run" -gt 1 ]; then reset=(--reset-events); fi
    if [ "$run" -eq "$SWEEPS" ]; then explain=(--explain); fi
    echo "== $provider: sweep measurement $run of $SWEEPS"
    "${BENCH[@]}" sweep --provider "$provider" --connection "$connection" "${reset[@]}" "${explain[@]}" 2>"$WORK/sweep-$provider-$run.err" | tee "$WORK/sweep-$provider-$run.log"
    grep '^RESULT' "$WORK/sweep-$provider-$run.log" >>"$RESULTS"
  done
done

echo
echo "== results ($COUNT applications; raw = one SELECT of the rows the three stages select; ms)"
awk '
  function v(key,   i, kv) { for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] } return "-" }
  $2 == "seed"  { split($3, p, "="); printf "%-10s seed   %s rows in %s s = %s rows/s, peak working set %s MB\n", p[2], v("rows"), v("seconds"), v("rows_per_s"), v("peak_ws_mb") }
  $2 == "sweep" { split($3, p, "="); printf "%-10s sweep  raw %6s | cold %6s | warm %6s | ratio cold/raw %5s | events R %s O %s E %s | sweep max WS %s MB (+%s), heap %s MB, alloc %s MB | %s\n",
                  p[2], v("raw_rows_ms"), v("cold_ms"), v("warm_ms"), v("ratio_cold_raw"), v("reminded"), v("overdue"), v("escalated"),
                  v("sweep_max_ws_mb"), v("sweep_ws_growth_mb"), v("sweep_max_heap_mb"), v("sweep_alloc_mb"), v("target") }
' "$RESULTS"
echo "(all RESULT lines: $RESULTS)"

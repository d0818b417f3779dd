#!/usr/bin/env bash
# The report benchmark on both providers (issue 5):
#   bench/ReliefPlatform.SweepBench/report.sh [count=1000000] [runs=40]
# For each provider: seed <count> applications spread over the last year (seed --year), take the
# nightly statistics snapshot of every day of that year, then over real HTTP time the province's
# yearly report by department (<runs> times, after one warm-up) and one full-year detail export
# through the background path (xlsx, then CSV), with the process's working set and managed heap.
# A database already seeded with <count> applications is reused (REPORT_BENCH_RESEED=1 seeds again).
# Logs go to $REPORT_BENCH_DIR (default /tmp/relief-report-bench).
#
# Environment: REPORT_BENCH_PROVIDERS ("Sqlite PostgreSQL"), REPORT_BENCH_DIR, PGHOST (127.0.0.1),
# PGPORT (5432), PGUSER (relief), PGPASSWORD (relief): a role that may create databases.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
COUNT=${1:-1000000}
RUNS=${2:-40}
WORK=${REPORT_BENCH_DIR:-/tmp/relief-report-bench}
PROVIDERS=${REPORT_BENCH_PROVIDERS:-"Sqlite PostgreSQL"}
DATABASE=relief_report_bench
source "$HERE/bench-common.sh"

for provider in $PROVIDERS; do
  open_database "$provider" "$WORK/year.db" "$DATABASE" Applications "$COUNT" "${REPORT_BENCH_RESEED:-0}"

  if [ "$seeded" = 0 ]; then
    echo "== $provider: seeding a year of $COUNT applications"
    "${BENCH[@]}" seed --provider "$provider" --connection "$connection" --count "$COUNT" --year 2>"$WORK/seed-$provider.err" | tee "$WORK/seed-$provider.log"
    echo "== $provider: the nightly snapshot of each day of the year"
    "${BENCH[@]}" snapshot --provider "$provider" --connection "$connection" 2>"$WORK/snapshot-$provider.err" | tee "$WORK/snapshot-$provider.log"
    grep '^RESULT' "$WORK/snapshot-$provider.log" >>"$RESULTS"
  else
    echo "== $provider: reusing the database seeded with $COUNT applications"
  fi

  # Web nodes run the server GC (the ASP.NET Core default); a node that runs the jobs, and so the
  # background exports, is meant to run the workstation GC (DOTNET_gcServer=0, README): each run is
  # measured both ways.
  for gc in 1 0; do
    for format in xlsx csv; do
      echo "== $provider: report ($RUNS runs) and a full-year $format export, DOTNET_gcServer=$gc"
      DOTNET_gcServer=$gc "${BENCH[@]}" report --provider "$provider" --connection "$connection" --runs "$RUNS" --format "$format" \
        2>"$WORK/report-$provider-$format-gc$gc.err" | tee "$WORK/report-$provider-$format-gc$gc.log"
      grep '^RESULT' "$WORK/report-$provider-$format-gc$gc.log" >>"$RESULTS"
    done
  done
done

echo
echo "== results ($COUNT applications over a year; targets: report <= 200 ms, export <= 30 s and < 256 MB)"
awk '
  function v(key,   i, kv) { for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] } return "-" }
  $2 == "snapshot" { split($3, p, "="); printf "%-10s snapshot %s days, %s rows in %s s\n", p[2], v("days"), v("rows"), v("seconds") }
  $2 == "report"   { split($3, p, "="); printf "%-10s %-11s GC: report median %4s ms, p95 %4s ms | export %-4s %s rows in %5s s, %s MB, peak working set %s MB, heap %s MB | %s\n",
                     p[2], v("gc"), v("report_median_ms"), v("report_p95_ms"), v("export_format"), v("export_rows"), v("export_s"), v("export_mb"), v("export_peak_ws_mb"), v("export_max_heap_mb"), v("target") }
' "$RESULTS"
echo "(all RESULT lines: $RESULTS)"

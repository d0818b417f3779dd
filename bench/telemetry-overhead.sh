#!/usr/bin/env bash
# What the telemetry of issue 21 costs on the write path, measured from outside in one run:
#   bench/telemetry-overhead.sh [seconds=15] [rounds=3]
#
# For each provider, four processes side by side on loopback, each with its own database (a SQLite file in
# a fresh directory, or a fresh PostgreSQL database), all started as bench/write-path.sh starts the API
# (Release, Development, jobs on, logging at Warning):
#   off      Telemetry:Metrics:Enabled=false, Telemetry:Tracing:Enabled=false: no meters, no spans;
#   metrics  as shipped: metrics on (their own listener, scraped every 15 s during the runs, as Prometheus
#            would), tracing off because no OTLP endpoint is configured;
#   traced   metrics on and every request traced (the MediatR pipeline, SQL commands, the redacting
#            processor) and exported by OTLP/HTTP in batches to a sink in the minimal app;
#   minimal  bench/ReliefPlatform.MinimalInsert: one raw ADO.NET INSERT per request, the physical floor.
# Then POST /api/v1/applications with wrk (bench/wrk/submit.lua: a new Idempotency-Key and ID number each
# request) at 16 connections, the four endpoints taking turns in every round, so that drift in the machine's
# load falls on all of them. Any non-2xx answer or socket error stops the bench with exit 1.
#
# Environment: as bench/write-path.sh (WRITE_PATH_PROVIDERS, PG*), TELEMETRY_DIR (/tmp/relief-telemetry),
# WRITE_PATH_CONNECTIONS (16), WRITE_PATH_WARMUP (30 s). The table goes to stdout and to
# bench/results/telemetry-overhead-<time>.txt (git-ignored).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_PER_RUN=${1:-15}
ROUNDS=${2:-3}
PROVIDERS=${WRITE_PATH_PROVIDERS:-"Sqlite PostgreSQL"}
WORK=${TELEMETRY_DIR:-/tmp/relief-telemetry}
CONNECTIONS=${WRITE_PATH_CONNECTIONS:-16}
WARMUP=${WRITE_PATH_WARMUP:-30}
MINIMAL_PORT=5392
VARIANTS=(off metrics traced)
declare -A PORT=([off]=5391 [metrics]=5393 [traced]=5394)
declare -A METRICS_PORT=([off]=0 [metrics]=9471 [traced]=9472)
mkdir -p "$WORK" bench/results
TABLE=$ROOT/bench/results/telemetry-overhead-$(date -u +%Y%m%dT%H%M%SZ).txt
: >"$TABLE"
DATABASE=relief_telemetry_minimal
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
build_release
describe_run "telemetry overhead on the write path (issue 21)"

scraper=""
stop_scraper() { [ -z "$scraper" ] || { kill "$scraper" 2>/dev/null || true; wait "$scraper" 2>/dev/null || true; scraper=""; }; }
trap 'stop_scraper; stop_all' EXIT

say ""
say "| scenario   | provider   | endpoint | c  | reqs   | req/s    | p50 ms   | p99 ms   | CPU s/1k | DB CPU s/1k | load 1-min | statuses |"
say "|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|"
id_block=0
next_ids() { export ID_START=$((id_block * 1000000)); id_block=$((id_block + 1)); }
for provider in $PROVIDERS; do
  # Fresh databases per provider: the ID numbers may start again (common.lua has 20 blocks of them).
  id_block=0
  declare -A api_pid=() token=() connection=() database=()
  for variant in "${VARIANTS[@]}" minimal; do
    dir=$WORK/$provider/$variant
    rm -rf "$dir"
    mkdir -p "$dir"
    database[$variant]=relief_telemetry_$variant
    case "$provider" in
      Sqlite) connection[$variant]="Data Source=$dir/relief.db" ;;
      PostgreSQL)
        pg_isready -q || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT" >&2; exit 1; }
        psql -q -d postgres -c "DROP DATABASE IF EXISTS ${database[$variant]} WITH (FORCE)" -c "CREATE DATABASE ${database[$variant]}" 2>&1 | grep -v NOTICE || true
        connection[$variant]="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=${database[$variant]}"
        ;;
      *) echo "unknown provider $provider" >&2; exit 2 ;;
    esac
  done

  (cd "$(dirname "$MINIMAL_DLL")" && exec env Logging__LogLevel__Default=Warning \
    dotnet "$MINIMAL_DLL" --Provider "$provider" --ConnectionString "${connection[minimal]}" --urls "http://127.0.0.1:$MINIMAL_PORT") >"$WORK/$provider/minimal/app.log" 2>&1 &
  api_pid[minimal]=$!
  pids+=("$!")
  wait_ready "http://127.0.0.1:$MINIMAL_PORT" "$WORK/$provider/minimal/app.log"
  for variant in "${VARIANTS[@]}"; do
    settings=(Telemetry__Metrics__Port="${METRICS_PORT[$variant]}")
    case "$variant" in
      off) settings=(Telemetry__Metrics__Enabled=false Telemetry__Tracing__Enabled=false) ;;
      traced) settings+=(Telemetry__Otlp__Endpoint="http://127.0.0.1:$MINIMAL_PORT/v1/traces" OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf) ;;
    esac
    (cd "$(dirname "$API_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Development Database__Provider="$provider" \
      ConnectionStrings__Relief="${connection[$variant]}" Logging__LogLevel__Default=Warning "${settings[@]}" \
      dotnet "$API_DLL" --urls "http://127.0.0.1:${PORT[$variant]}") >"$WORK/$provider/$variant/api.log" 2>&1 &
    api_pid[$variant]=$!
    pids+=("$!")
    wait_ready "http://127.0.0.1:${PORT[$variant]}" "$WORK/$provider/$variant/api.log"
    sign_in "http://127.0.0.1:${PORT[$variant]}/api/v1"
    token[$variant]=$RESIDENT
  done

  # Prometheus's part: a scrape of each metrics listener every 15 s, throughout.
  (while sleep 15; do
    for variant in metrics traced; do curl -sf "http://127.0.0.1:${METRICS_PORT[$variant]}/metrics" >/dev/null || true; done
  done) &
  scraper=$!
  metrics_lines=$(curl -sf "http://127.0.0.1:${METRICS_PORT[metrics]}/metrics" | grep -vc '^#' || true)

  # run <label> <record>: one wrk run of submissions against one endpoint.
  run() {
    local label=$1 record=$2 seconds=$SECONDS_PER_RUN
    [ "$record" = yes ] || seconds=$WARMUP
    next_ids
    export IDS_FILE=$WORK/$provider/$label/ids.txt
    DATABASE=${database[$label]}
    if [ "$label" = minimal ]; then
      run_wrk submission minimal "${api_pid[minimal]}" "http://127.0.0.1:$MINIMAL_PORT" minimal-insert.lua "$CONNECTIONS" "$seconds" "$record"
    else
      export TOKEN=${token[$label]}
      run_wrk submission "$label" "${api_pid[$label]}" "http://127.0.0.1:${PORT[$label]}" submit.lua "$CONNECTIONS" "$seconds" "$record"
    fi
  }
  for label in minimal "${VARIANTS[@]}"; do run "$label" no; done
  for round in $(seq 1 "$ROUNDS"); do
    for label in minimal "${VARIANTS[@]}"; do run "$label" yes; done
  done
  stop_scraper
  say "    $provider: the metrics listener served $metrics_lines samples before the runs; span batches received by the sink: $(curl -sf "http://127.0.0.1:$MINIMAL_PORT/v1/traces")"
  for variant in "${VARIANTS[@]}"; do
    say "    $provider/$variant: $(wc -l <"$WORK/$provider/$variant/ids.txt") submissions answered 201; the API logged $(grep -cE '^(fail|crit):' "$WORK/$provider/$variant/api.log" || true) failures"
  done
  stop_all
done
say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "saved: $TABLE (wrk output and server logs under $WORK)"

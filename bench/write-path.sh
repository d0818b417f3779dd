#!/usr/bin/env bash
# The write path measured from outside (issue 18), as a user runs the service:
#   bench/write-path.sh [seconds=15] [rounds=2]
#
# Builds the API and bench/ReliefPlatform.MinimalInsert in Release and, for each provider (a SQLite file
# in a fresh directory, a fresh PostgreSQL database), starts both as separate processes on loopback ports:
#   - the API as `./build.sh run` runs it: Development (demo accounts, the SMS outbox), the scheduled jobs
#     on, the one database; logging at Warning instead of Information, so that the console is not what is
#     measured (no other setting differs; the sign-in rate limits are not touched: the bench signs in once
#     per role);
#   - the minimal app, which does one durable INSERT per request with raw ADO.NET on the same database
#     (its own table), the floor the service is compared with.
# Then wrk (from Debian's packages, installed when missing) with the Lua scripts of bench/wrk, 1 thread,
# for each scenario:
#   submission   POST /api/v1/applications as a resident, a new Idempotency-Key and ID number each time,
#                against POST /insert of the minimal app, rounds alternating; 16 connections, then 1;
#   get          the resident's GET /api/v1/applications/{id} of their own applications;
#   queue        the caseworker's GET /api/v1/queue (cw-housing-530102);
#   cycle        the caseworker's claim → accept → approve of submitted applications (one request = one
#                action; cycles/s is a third of it).
# Each row: requests, req/s, p50 and p99 (wrk's), CPU seconds of the server's process per 1,000 requests
# (utime + stime from /proc before and after the run), on PostgreSQL also of its backends for the
# database, and the 1-minute load average at the run's start and end. Any answer other than 2xx from the
# service, or any socket error, stops the bench with exit 1: a fast error is not a result.
#
# Environment: WRITE_PATH_PROVIDERS ("Sqlite PostgreSQL"), WRITE_PATH_DIR (/tmp/relief-write-path),
# WRITE_PATH_CONNECTIONS (16), WRITE_PATH_WARMUP (30 s), PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1, 5432,
# relief/relief). The table goes to stdout and to bench/results/write-path-<time>.txt (git-ignored).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_PER_RUN=${1:-15}
ROUNDS=${2:-2}
PROVIDERS=${WRITE_PATH_PROVIDERS:-"Sqlite PostgreSQL"}
WORK=${WRITE_PATH_DIR:-/tmp/relief-write-path}
CONNECTIONS=${WRITE_PATH_CONNECTIONS:-16}
# The runtime compiles the service's methods again, optimised, once they are hot; on 2 busy cores that
# takes well over 5 s of load (about 1,000 methods per 5 s were still being compiled after 45 s), and
# what a run measures then is the warm-up, not the service as it runs for days.
WARMUP=${WRITE_PATH_WARMUP:-30}
DATABASE=relief_write_path
API_PORT=5381
MINIMAL_PORT=5382
mkdir -p "$WORK" bench/results
TABLE=$ROOT/bench/results/write-path-$(date -u +%Y%m%dT%H%M%SZ).txt
: >"$TABLE"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
build_release
describe_run "write path from outside (issue 18)"

say ""
say "| scenario   | provider   | endpoint | c  | reqs   | req/s    | p50 ms   | p99 ms   | CPU s/1k | DB CPU s/1k | load 1-min | statuses |"
say "|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|---|"
id_block=0
for provider in $PROVIDERS; do
  dir=$WORK/$provider
  rm -rf "$dir"
  mkdir -p "$dir"
  case "$provider" in
    Sqlite)
      connection="Data Source=$dir/relief.db"
      ;;
    PostgreSQL)
      pg_isready -q || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT" >&2; exit 1; }
      psql -q -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" -c "CREATE DATABASE $DATABASE" 2>&1 | grep -v NOTICE || true
      connection="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$DATABASE"
      ;;
    *) echo "unknown provider $provider" >&2; exit 2 ;;
  esac

  # From its own directory, as queue.sh does: the content root holds appsettings.Development.json.
  (cd "$(dirname "$API_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Development Database__Provider="$provider" \
    ConnectionStrings__Relief="$connection" Logging__LogLevel__Default=Warning \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT") >"$dir/api.log" 2>&1 &
  api=$!
  pids+=("$api")
  wait_ready "http://127.0.0.1:$API_PORT" "$dir/api.log"
  (cd "$(dirname "$MINIMAL_DLL")" && exec env Logging__LogLevel__Default=Warning \
    dotnet "$MINIMAL_DLL" --Provider "$provider" --ConnectionString "$connection" --urls "http://127.0.0.1:$MINIMAL_PORT") >"$dir/minimal.log" 2>&1 &
  minimal=$!
  pids+=("$minimal")
  wait_ready "http://127.0.0.1:$MINIMAL_PORT" "$dir/minimal.log"
  echo "   $provider: the minimal app's database: $(curl -s "http://127.0.0.1:$MINIMAL_PORT/health/ready")" >&2

  BASE=http://127.0.0.1:$API_PORT/api/v1
  sign_in "$BASE"
  export IDS_FILE=$dir/ids.txt
  : >"$IDS_FILE"
  API=http://127.0.0.1:$API_PORT
  MIN=http://127.0.0.1:$MINIMAL_PORT

  # Every wrk run of submissions takes a new block of 1,000,000 ID numbers (1,000 birth dates).
  next_ids() { export ID_START=$((id_block * 1000000)); id_block=$((id_block + 1)); }

  next_ids; run_wrk warm-up minimal "$minimal" "$MIN" minimal-insert.lua "$CONNECTIONS" "$WARMUP" no
  next_ids; export TOKEN=$RESIDENT; run_wrk warm-up service "$api" "$API" submit.lua "$CONNECTIONS" "$WARMUP" no
  for c in "$CONNECTIONS" 1; do
    for round in $(seq 1 "$ROUNDS"); do
      next_ids; run_wrk submission minimal "$minimal" "$MIN" minimal-insert.lua "$c" "$SECONDS_PER_RUN"
      next_ids; export TOKEN=$RESIDENT; run_wrk submission service "$api" "$API" submit.lua "$c" "$SECONDS_PER_RUN"
    done
  done
  for round in $(seq 1 "$ROUNDS"); do
    export TOKEN=$RESIDENT; run_wrk get service "$api" "$API" get-application.lua "$CONNECTIONS" "$SECONDS_PER_RUN"
  done
  for round in $(seq 1 "$ROUNDS"); do
    export TOKEN=$CASEWORKER; run_wrk queue service "$api" "$API" queue.lua "$CONNECTIONS" "$SECONDS_PER_RUN"
  done
  export CYCLE_FROM=0
  for round in $(seq 1 "$ROUNDS"); do
    export TOKEN=$CASEWORKER; run_wrk cycle service "$api" "$API" claim-accept-approve.lua "$CONNECTIONS" "$SECONDS_PER_RUN"
    say "    cycle round $round: $last_counters(from id $CYCLE_FROM of $(wc -l <"$IDS_FILE"))"
    CYCLE_FROM=$((CYCLE_FROM + $(sed -n 's/.*taken=\([0-9]*\).*/\1/p' <<<"$last_counters")))
  done

  filed=$(wc -l <"$IDS_FILE")
  case "$provider" in
    Sqlite) stored=$(sqlite3 "$dir/relief.db" 'SELECT count(*) FROM "Applications"') ;;
    PostgreSQL) stored=$(psql -tAq -d "$DATABASE" -c 'SELECT count(*) FROM "Applications"') ;;
  esac
  queue=$(curl -sf -H "Authorization: Bearer $CASEWORKER" "$BASE/queue" | jq -r '.total')
  say "    $provider: $filed submissions answered 201, $stored applications stored; the queue held $queue open (after the cycles)"
  # What the API logged at Warning and above: slow-request warnings (> 500 ms) and failures (counted
  # only; every answer wrk saw was a 2xx, so they belong to requests wrk no longer waited for or to start-up).
  say "    $provider: the API logged $(grep -c '^warn:' "$dir/api.log" || true) warnings ($(grep -c 'Slow request' "$dir/api.log" || true) slow requests) and $(grep -cE '^(fail|crit):' "$dir/api.log" || true) failures ($(grep -c 'An error occurred using a transaction' "$dir/api.log" || true) 'An error occurred using a transaction'); see $dir/api.log"
  stop_all
done
say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "saved: $TABLE (wrk output and server logs under $WORK)"

#!/usr/bin/env bash
# The caseworker's queue at provincial volume (docs/PERFORMANCE.md):
#   bench/queue.sh [count=1000000] [runs=30]
# For each provider it seeds <count> open applications over every county of Yunnan (the sweep bench's
# seed verb), starts the API (Development: demo accounts; the seed's personal-data keys) on that database, signs in as cw-civil-530102
# and times the staff console's queue queries over real HTTP with curl: the default page, each filter,
# a tracking-number search, the last page, and one bulk acceptance of 20. Prints median, p95 and max.
# Environment: QUEUE_BENCH_PROVIDERS ("Sqlite PostgreSQL"), QUEUE_BENCH_DIR (/tmp/relief-queue-bench),
# PGHOST/PGPORT/PGUSER/PGPASSWORD as for sweep.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/bench/ReliefPlatform.SweepBench
COUNT=${1:-1000000}
RUNS=${2:-30}
WORK=${QUEUE_BENCH_DIR:-/tmp/relief-queue-bench}
PROVIDERS=${QUEUE_BENCH_PROVIDERS:-"Sqlite PostgreSQL"}
DATABASE=relief_queue_bench
PORT=5097
# The seed (a production host) makes its keys once and keeps them here; the API below reads the same.
export SWEEP_BENCH_DIR=$WORK
source "$HERE/bench-common.sh"

echo "== building the API (Release) into $WORK/api"
dotnet build "$ROOT/src/Api" -c Release -p:ArtifactsPath="$WORK/api" -nologo -v:q -clp:ErrorsOnly
API_DLL="$WORK/api/bin/Api/release/ReliefPlatform.Api.dll"

# Prints "median p95 max" in milliseconds of RUNS timed calls of curl with the given arguments; any answer
# but 200 stops the bench (a fast error is not a result).
time_calls() {
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$@"
  done | awk '$1 != 200 { print "answered " $1 > "/dev/stderr"; exit 1 } { print $2 }' |
    sort -n | awk '{ v[NR] = $1 * 1000 } END { printf "%6.1f %6.1f %6.1f", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}

for provider in $PROVIDERS; do
  open_database "$provider" "$WORK/queue.db" "$DATABASE" Applications "$COUNT" 0
  if [ "$seeded" != "$COUNT" ]; then
    echo "== $provider: seeding $COUNT"
    "${BENCH[@]}" seed --provider "$provider" --connection "$connection" --count "$COUNT" --no-verify 2>"$WORK/seed-$provider.err" | grep -E '^(seed|statuses|database)' || true
  fi

  echo "== $provider: starting the API"
  # From its own directory: the content root holds appsettings.Development.json (the demo signing key).
  (cd "$(dirname "$API_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Development Database__Provider="$provider" ConnectionStrings__Relief="$connection" \
    PersonalData__CurrentKeyId=bench1 PersonalData__Keys__bench1="$(jq -r '."PersonalData:Keys:bench1"' "$WORK/keys.json")" \
    PersonalData__IndexKey="$(jq -r '."PersonalData:IndexKey"' "$WORK/keys.json")" \
    Jobs__Enabled=false RateLimits__StaffLogin__PermitLimit=1000 Logging__LogLevel__Default=Warning Web__Root=/nonexistent \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$PORT") >"$WORK/api-$provider.log" 2>&1 &
  api=$!
  trap 'kill $api 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  BASE="http://127.0.0.1:$PORT/api/v1"
  TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"cw-civil-530102","password":"Demo#2026"}' "$BASE/auth/staff/login" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  first=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/queue?pageSize=20")
  read -r open total number <<<"$(python3 -c 'import json,sys; p=json.loads(sys.argv[1]); print(p["counts"]["open"], p["total"], p["items"][0]["trackingNumber"])' "$first")"
  echo "   queue of cw-civil-530102: $open open of $COUNT seeded; uptime: $(uptime | sed 's/.*load/load/')"
  echo "   query (ms over $RUNS runs)                   median    p95    max"
  for q in "" "due=overdue" "due=soon" "due=week" "assigned=me" "assigned=unassigned" "status=InfoRequested" "item=civil.dibao" \
    "q=${number: -6}" "page=$(((total + 19) / 20))"; do
    # Assigned first, so that set -e stops the bench on a failed call (it would not inside printf's arguments).
    timing=$(time_calls "$BASE/queue?pageSize=20&$q")
    printf '   %-40s %s\n' "GET /queue?${q:-(default)}" "$timing"
  done
  detail=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["items"][0]["id"])' "$first")
  timing=$(time_calls "$BASE/applications/$detail")
  printf '   %-40s %s\n' "GET /applications/{id}" "$timing"

  # One bulk acceptance of the 20 most urgent submitted cases (each its own transaction).
  ids=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/queue?status=Submitted&pageSize=20" | python3 -c 'import json,sys; print(json.dumps([i["id"] for i in json.load(sys.stdin)["items"]]))')
  bulk=$(curl -sf -o "$WORK/bulk-$provider.json" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"ids\":$ids}" "$BASE/applications/bulk-accept")
  printf '   %-40s %6.1f ms, %s\n' "POST /applications/bulk-accept (20)" "$(awk -v s="$bulk" 'BEGIN { print s * 1000 }')" \
    "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["accepted"], "accepted,", r["refused"], "refused")' "$WORK/bulk-$provider.json")"
  kill $api; wait $api 2>/dev/null || true
  trap - EXIT
done

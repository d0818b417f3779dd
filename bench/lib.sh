# Shared by bench/write-path.sh and bench/telemetry-overhead.sh (source it after setting ROOT, WORK,
# TABLE and DATABASE): wrk and the tools, the processes started, and run_wrk, which measures one wrk run
# from outside and prints it as a row of the table.
CLK_TCK=$(getconf CLK_TCK)
export WRK_DIR=$ROOT/bench/wrk
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-relief} PGPASSWORD=${PGPASSWORD:-relief}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run as root or install sudo" >&2; return 1
  fi
}

if ! command -v wrk >/dev/null; then
  echo "== wrk: installing from Debian's packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed" >&2; exit 1; }
done

say() { echo "$@" | tee -a "$TABLE"; }

pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap stop_all EXIT
run_number=0

wait_ready() {
  for _ in $(seq 1 120); do curl -sf "$1/health/ready" >/dev/null && return 0; sleep 1; done
  echo "error: $1 did not become ready; see $2" >&2
  tail -n 30 "$2" >&2
  exit 1
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# CPU ticks of the PostgreSQL backends serving $DATABASE (the pools keep them for the whole run).
pg_ticks() {
  local total=0 pid
  for pid in $(psql -tAq -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DATABASE'"); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(cpu_ticks "$pid")))
  done
  echo "$total"
}

# run_wrk <scenario> <label> <pid> <url> <script> <connections> <seconds> [record]: one wrk run; prints a
# row of the table unless it is a warm-up; stops the bench on any non-2xx answer or socket error.
run_wrk() {
  local scenario=$1 label=$2 pid=$3 url=$4 script=$5 connections=$6 seconds=$7 record=${8:-yes}
  local out load_before load_after cpu_before cpu_after db_before=0 db_after=0
  out=$WORK/wrk-$provider-$scenario-$label-$connections-$((++run_number)).txt
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  cpu_before=$(cpu_ticks "$pid")
  [ "$provider" = PostgreSQL ] && db_before=$(pg_ticks)
  wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$WRK_DIR/$script" "$url" >"$out" 2>&1 || {
    echo "error: wrk failed; $out:" >&2; cat "$out" >&2; exit 1
  }
  cpu_after=$(cpu_ticks "$pid")
  [ "$provider" = PostgreSQL ] && db_after=$(pg_ticks)
  load_after=$(cut -d' ' -f1 /proc/loadavg)

  local requests rps p50 p99 statuses bad sockets
  requests=$(awk '/requests in/ { print $1 }' "$out")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50=$(sed -n 's/^latency_us p50=\([0-9]*\) .*/\1/p' "$out")
  p99=$(sed -n 's/^latency_us .*p99=\([0-9]*\)/\1/p' "$out")
  statuses=$(sed -n 's/^statuses //p' "$out")
  bad=$(tr ' ' '\n' <<<"$statuses" | awk -F= '$1 !~ /^2/ && $2 > 0 { s += $2 } END { print s + 0 }')
  sockets=$(sed -n 's/.*Socket errors: //p' "$out")
  if [ "$bad" -ne 0 ] || [ -n "$sockets" ] || grep -q 'ran_out=[1-9]' "$out"; then
    echo "error: $scenario ($label, $provider, $connections connections) answered $statuses${sockets:+; socket errors: $sockets}; $out:" >&2
    cat "$out" >&2
    exit 1
  fi
  [ "$record" = yes ] || return 0
  local cpu db=""
  cpu=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" -v t="$CLK_TCK" 'BEGIN { printf "%.2f", (b - a) / t / n * 1000 }')
  [ "$provider" = PostgreSQL ] && db=$(awk -v a="$db_before" -v b="$db_after" -v n="$requests" -v t="$CLK_TCK" 'BEGIN { printf "%.2f", (b - a) / t / n * 1000 }')
  printf '| %-10s | %-10s | %-8s | %2d | %6d | %8.1f | %8.1f | %8.1f | %6s | %6s | %s → %s | %s |\n' \
    "$scenario" "$provider" "$label" "$connections" "$requests" "$rps" \
    "$(awk -v u="$p50" 'BEGIN { print u / 1000 }')" "$(awk -v u="$p99" 'BEGIN { print u / 1000 }')" \
    "$cpu" "${db:-–}" "$load_before" "$load_after" "$statuses" | tee -a "$TABLE"
  last_counters=$(sed -n 's/^counter //p' "$out" | tr '\n' ' ')
}

# sign_in <base url of /api/v1>: sets RESIDENT (13800138000 by SMS code) and CASEWORKER (cw-housing-530102).
sign_in() {
  local base=$1 phone=13800138000 code
  curl -sf -H 'Content-Type: application/json' -d "{\"phone\":\"$phone\"}" "$base/auth/otp" >/dev/null
  code=$(curl -sf "$base/dev/sms?phone=$phone" | jq -r '.[0].code')
  RESIDENT=$(curl -sf -H 'Content-Type: application/json' -d "{\"phone\":\"$phone\",\"code\":\"$code\"}" "$base/auth/otp/verify" | jq -r .accessToken)
  CASEWORKER=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"cw-housing-530102","password":"Demo#2026"}' "$base/auth/staff/login" | jq -r .accessToken)
}

# build_release: the API and the minimal app in Release; sets API_DLL and MINIMAL_DLL.
build_release() {
  echo "== building the API and the minimal app (Release)"
  dotnet build src/Api -c Release -nologo -v:q -clp:ErrorsOnly
  dotnet build bench/ReliefPlatform.MinimalInsert -c Release -nologo -v:q -clp:ErrorsOnly
  API_DLL=$ROOT/artifacts/bin/Api/release/ReliefPlatform.Api.dll
  MINIMAL_DLL=$ROOT/artifacts/bin/ReliefPlatform.MinimalInsert/release/ReliefPlatform.MinimalInsert.dll
}

# describe_run <title>: the header lines of a table: commit, machine, wrk settings.
describe_run() {
  local commit
  commit=$(git rev-parse --short HEAD)
  git diff --quiet HEAD -- src || commit="$commit + uncommitted changes in src/"
  say "$1, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit"
  say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); .NET $(dotnet --version); $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  say "wrk: 1 thread, ${SECONDS_PER_RUN} s per run, ${ROUNDS} rounds, --timeout 10s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
}

#!/usr/bin/env bash
# ReliefPlatform's two set-up commands on a fresh machine:
#   ./build.sh run    run the service (SQLite, demo data, Swagger) at http://127.0.0.1:5080
#   ./build.sh test   run the whole test suite, installing and starting what it needs (PostgreSQL)
#   ./build.sh backup | restore   see ops/backup.sh and ops/restore.sh
set -euo pipefail
cd "$(dirname "$0")"

URL=${RELIEF_URL:-http://127.0.0.1:5080}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run as root or install sudo" >&2; return 1
  fi
}

# Installs PostgreSQL from Debian's packages when missing, starts it, and creates the test role.
ensure_postgres() {
  if [ -n "${RELIEF_TEST_POSTGRES:-}" ]; then
    echo "== PostgreSQL: using RELIEF_TEST_POSTGRES"
    return
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "== PostgreSQL: installing from Debian's packages"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    as_root pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "== PostgreSQL $version: starting"
    as_root pg_ctlcluster "$version" main start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  as_root su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'relief'\"" | grep -q 1 ||
    as_root su postgres -c "psql -qc \"CREATE ROLE relief LOGIN PASSWORD 'relief' CREATEDB\""
  export RELIEF_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=relief;Password=relief;Database=postgres"
  echo "== PostgreSQL $version: ready"
}

run_tests() {
  ensure_postgres
  local log
  log=$(mktemp)
  set +e
  dotnet test ReliefPlatform.sln --nologo "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  set -e
  # One closing line for the whole suite, summed over the test assemblies.
  awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i ~ /^Failed:/) f += $(i+1); if ($i ~ /^Passed:/) p += $(i+1); if ($i ~ /^Skipped:/) s += $(i+1) } }
       END { printf "\n%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
  rm -f "$log"
  return "$status"
}

run_service() {
  echo "== Starting ReliefPlatform at $URL (Swagger UI: $URL/swagger; demo password Demo#2026)"
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} exec dotnet run --project src/Api --no-launch-profile -- --urls "$URL" "$@"
}

# Checks the audit chain of the configured database (the same settings as `run`); exit 0 intact, 1 broken.
verify_audit() {
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} exec dotnet run --project src/Api --no-launch-profile -- --verify-audit "$@"
}

case "${1:-}" in
  run) shift; run_service "$@" ;;
  test) shift; run_tests "$@" ;;
  audit-verify) shift; verify_audit "$@" ;;
  backup) shift; exec ops/backup.sh "$@" ;;
  restore) shift; exec ops/restore.sh "$@" ;;
  *) echo "usage: ./build.sh run | test | audit-verify | backup | restore" >&2; exit 2 ;;
esac

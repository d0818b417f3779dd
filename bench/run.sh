#!/usr/bin/env bash
# Submission pipeline benchmark (issue 2): POST /api/v1/applications through MediatR and its behaviors,
# with and without an Idempotency-Key, against a bare endpoint that validates and inserts the same row
# without the pipeline; one process, real Kestrel, a fresh SQLite file. Needs only the .NET SDK.
#
#   bench/run.sh [--seconds N (15)] [--concurrency C (8)] [--rounds R (2)] [--warmup N (3)] [--slice N (3)]
#
# The table goes to stdout and to bench/results/submission-<time>.txt; what the API logs (warnings and
# errors: slow requests, tracking-number collisions) goes to the .log file beside it. Targets are
# checked in docs/PERFORMANCE.md, not here.
set -euo pipefail
cd "$(dirname "$0")/.."

project=bench/ReliefPlatform.Bench/ReliefPlatform.Bench.csproj
mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
table=bench/results/submission-$stamp.txt
log=bench/results/submission-$stamp.log

dotnet build "$project" -c Release --nologo -v quiet

source_line() {
  local commit
  commit=$(git rev-parse --short HEAD 2>/dev/null) || { echo "source  : not a git checkout"; return; }
  if git diff --quiet HEAD -- src 2>/dev/null; then
    echo "source  : commit $commit"
  else
    echo "source  : commit $commit + uncommitted changes in src/"
  fi
}

set +e
{ source_line; dotnet run --project "$project" -c Release --no-build -- "$@" 2>"$log"; } | tee "$table"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  echo "bench failed (exit $status); the end of $log:" >&2
  tail -n 40 "$log" >&2
fi
echo "saved: $table (API log: $log)"
exit "$status"

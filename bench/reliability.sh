#!/usr/bin/env bash
# The reliability tests of issue 8 in their long form: the crash harness (SIGKILL and SIGTERM under load,
# SQLite and PostgreSQL), the races, the fuzzing, the dependency failures, two nodes and the backups,
# with bigger counts than the suite's. Each test prints its figures; they go to stdout and to
# bench/results/reliability-<time>.txt. Needs PostgreSQL as ./build.sh test sets it up (RELIEF_TEST_POSTGRES),
# and root for the disk-full test (a small tmpfs mount).
#
#   bench/reliability.sh                         # defaults below
#   RELIEF_CRASH_REQUESTS=5000 RELIEF_CRASH_KILLS=10 bench/reliability.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export RELIEF_CRASH_REQUESTS=${RELIEF_CRASH_REQUESTS:-2000}
export RELIEF_CRASH_KILLS=${RELIEF_CRASH_KILLS:-8}
export RELIEF_CRASH_CONCURRENCY=${RELIEF_CRASH_CONCURRENCY:-16}
export RELIEF_RACE_ROUNDS=${RELIEF_RACE_ROUNDS:-100}
export RELIEF_FUZZ_CASES=${RELIEF_FUZZ_CASES:-20000}
export RELIEF_TWO_NODE_REQUESTS=${RELIEF_TWO_NODE_REQUESTS:-2000}
export RELIEF_TEST_POSTGRES=${RELIEF_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=relief;Password=relief;Database=postgres"}
mkdir -p bench/results
out=bench/results/reliability-$(date -u +%Y%m%dT%H%M%SZ).txt
filter="FullyQualifiedName~CrashTests|FullyQualifiedName~RaceTests|FullyQualifiedName~FuzzTests|FullyQualifiedName~DependencyFailureTests|FullyQualifiedName~TwoNodeTests|FullyQualifiedName~BackupTests"
set +e
dotnet test tests/Api.FunctionalTests --nologo --filter "$filter" --logger "console;verbosity=detailed" >"$out.log" 2>&1
status=$?
set -e
# The figures each test printed, and the verdicts.
grep -E '^ +(Sqlite|PostgreSQL|Two nodes|seed|[0-9]+ (applications|cases|tables))|^ +(Passed|Failed) ReliefPlatform|^(Passed|Failed)!' "$out.log" | tee "$out"
echo "saved: $out (full log: $out.log)"
exit "$status"

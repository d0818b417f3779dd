#!/usr/bin/env bash
# Backs up ReliefPlatform's database while the service runs.
#
#   ops/backup.sh sqlite   OUT.db                 # the database the service is configured with (ConnectionStrings__Relief, or data/relief.db)
#   ops/backup.sh postgres OUT.dump CONNINFO      # pg_dump custom format, e.g. "host=127.0.0.1 port=5432 user=relief dbname=relief"
#
# SQLite: the API's --backup verb uses SQLite's online backup API (a consistent snapshot; writers go
# on). Set RELIEF_API_DLL to a built ReliefPlatform.Api.dll to skip `dotnet run`. PostgreSQL: pg_dump
# takes a consistent snapshot in one repeatable-read transaction; PGPASSWORD or ~/.pgpass supplies the
# password. Restore with ops/restore.sh; docs/RELIABILITY.md says how it is tested.
set -euo pipefail
kind=${1:?usage: ops/backup.sh sqlite OUT.db | postgres OUT.dump CONNINFO}
out=${2:?the backup file to write}
case "$kind" in
  sqlite)
    if [ -n "${RELIEF_API_DLL:-}" ]; then
      dotnet "$RELIEF_API_DLL" --backup "$out"
    else
      cd "$(dirname "$0")/.." && dotnet run --project src/Api --no-launch-profile -- --backup "$out"
    fi ;;
  postgres)
    conninfo=${3:?the PostgreSQL connection, e.g. "host=127.0.0.1 port=5432 user=relief dbname=relief"}
    pg_dump --format=custom --no-owner --file="$out" "$conninfo" ;;
  *) echo "unknown kind '$kind': sqlite or postgres" >&2; exit 2 ;;
esac
echo "backup written: $out"

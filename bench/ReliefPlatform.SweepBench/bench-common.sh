# Sourced by sweep.sh, report.sh and households.sh once HERE and WORK are set: the PostgreSQL
# connection, a Release build into a private artifacts directory (other builds of the solution
# running at the same time cannot overwrite the assemblies under test), BENCH to run it, RESULTS to
# collect its RESULT lines, and fresh databases.
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-relief} PGPASSWORD=${PGPASSWORD:-relief}
mkdir -p "$WORK"
echo "== building (Release) into $WORK/artifacts"
dotnet build "$HERE/ReliefPlatform.SweepBench.csproj" -c Release -p:ArtifactsPath="$WORK/artifacts" -nologo -v:q -clp:ErrorsOnly
BENCH=(dotnet "$WORK/artifacts/bin/ReliefPlatform.SweepBench/release/ReliefPlatform.SweepBench.dll")
RESULTS="$WORK/results-$(date -u +%Y%m%dT%H%M%SZ).txt"

# The connection string of a PostgreSQL database on $PGHOST.
pg_connection() { echo "Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Database=$1"; }

pg_require() {
  pg_isready -q || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT (pg_ctlcluster 15 main start)" >&2; exit 1; }
}

# Drops the database (closing its connections) and creates it empty.
pg_recreate() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" 2>&1 | grep -v NOTICE || true
}

# Removes a SQLite database file with its journal files and the job store beside it (x.db → x.jobs.db).
sqlite_remove() {
  rm -f "$1" "$1-wal" "$1-shm" "$1-journal" "${1%.db}.jobs.db"
}

# For provider $1 (Sqlite or PostgreSQL) sets connection to the SQLite file $2 or the PostgreSQL database
# $3, and seeded to $5 when table $4 already holds $5 rows and $6 is not 1 (the database is reused);
# otherwise the database is made fresh and seeded is 0.
open_database() {
  local provider=$1 file=$2 database=$3 table=$4 count=$5 reseed=$6
  case "$provider" in
    Sqlite)
      connection="Data Source=$file"
      seeded=$( [ -f "$file" ] && sqlite3 "$file" "SELECT count(*) FROM \"$table\"" 2>/dev/null || echo 0)
      if [ "$reseed" = 1 ] || [ "$seeded" != "$count" ]; then
        sqlite_remove "$file"
        seeded=0
      fi
      ;;
    PostgreSQL)
      pg_require
      connection=$(pg_connection "$database")
      seeded=$(psql -tA -d "$database" -c "SELECT count(*) FROM \"$table\"" 2>/dev/null || echo 0)
      if [ "$reseed" = 1 ] || [ "$seeded" != "$count" ]; then
        pg_recreate "$database"
        seeded=0
      fi
      ;;
    *) echo "unknown provider $provider" >&2; exit 2 ;;
  esac
}

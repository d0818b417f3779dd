#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a fresh database.
#
#   ops/restore.sh sqlite   BACKUP.db   TARGET.db    # with the service stopped; TARGET must not exist (move the old file away first)
#   ops/restore.sh postgres BACKUP.dump CONNINFO     # into an existing EMPTY database, e.g. one made by createdb
#
# After a restore, start the service: it applies any migrations newer than the backup.
set -euo pipefail
kind=${1:?usage: ops/restore.sh sqlite BACKUP.db TARGET.db | postgres BACKUP.dump CONNINFO}
backup=${2:?the backup file}
target=${3:?the target database file or connection}
case "$kind" in
  sqlite)
    if [ -e "$target" ] || [ -e "$target-wal" ]; then
      echo "$target exists: move it (and its -wal and -shm files) away first" >&2; exit 1
    fi
    mkdir -p "$(dirname "$target")"
    cp "$backup" "$target.restoring" && sync "$target.restoring" && mv "$target.restoring" "$target" ;;
  postgres)
    pg_restore --no-owner --exit-on-error --single-transaction --dbname="$target" "$backup" ;;
  *) echo "unknown kind '$kind': sqlite or postgres" >&2; exit 2 ;;
esac
echo "restored into $target"

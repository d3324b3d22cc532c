#!/usr/bin/env bash
# Backs up the application's MariaDB database into a compressed, timestamped SQL file.
set -euo pipefail
source "$(dirname "$0")/lib/mariadb-client.sh"

usage() {
    cat <<USAGE
Usage: $(basename "$0") [-o DIRECTORY]

Dumps the database (a consistent snapshot taken without locking the application out: --single-transaction)
into DIRECTORY/<database>-<YYYYmmdd-HHMMSS>.sql.gz (default DIRECTORY: backups) and prints the file's path.
The file is readable by its owner only: it holds personal data.

Connection: MARIADB_HOST, MARIADB_PORT, MARIADB_USER, MARIADB_PASSWORD, MARIADB_DATABASE, or else the
application's SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD (defaults: 127.0.0.1:3306, root, passeport).
See docs/backup-and-restore.md.
USAGE
}

directory="backups"
while getopts ":o:h" option; do
    case "$option" in
        o) directory="$OPTARG" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -eq 0 ]] || { usage >&2; exit 2; }

resolve_connection
DUMP="$(client_program mariadb-dump mysqldump)"
write_client_options
umask 077
mkdir -p "$directory"
file="$directory/$DB_NAME-$(date -u +%Y%m%d-%H%M%S).sql.gz"
partial="$file.partial"
on_exit "rm -f '$partial'"

# --no-tablespaces: no PROCESS privilege needed; without --databases the dump restores into any database name.
"$DUMP" --defaults-extra-file="$CLIENT_OPTIONS" \
    --single-transaction --routines --triggers --events --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 "$DB_NAME" | gzip -6 >"$partial"
gunzip -c "$partial" | tail -n 1 | grep -q '^-- Dump completed' ||
    fail "the dump of $DB_NAME is incomplete (no 'Dump completed' line); nothing was kept"
mv "$partial" "$file"
echo "$file"

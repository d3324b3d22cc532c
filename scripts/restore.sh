#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database.
set -euo pipefail
source "$(dirname "$0")/lib/mariadb-client.sh"

usage() {
    cat <<USAGE
Usage: $(basename "$0") [--replace] BACKUP_FILE [DATABASE]

Loads BACKUP_FILE (.sql.gz or .sql, made by backup.sh) into DATABASE (default: the connection's database,
MARIADB_DATABASE or the one in SPRING_DATASOURCE_URL). The database is created if missing. If it already holds
tables the restore stops, unless --replace is given: the database is then dropped and created again first.
Stop the application before restoring over its own database.

Connection: as for backup.sh (MARIADB_* or SPRING_DATASOURCE_*). See docs/backup-and-restore.md.
USAGE
}

replace=false
case "${1:-}" in
    --replace) replace=true; shift ;;
    -h | --help) usage; exit 0 ;;
esac
[[ $# -ge 1 && $# -le 2 ]] || { usage >&2; exit 2; }
backup="$1"
[[ -f "$backup" ]] || fail "no such backup file: $backup"

resolve_connection
database="${2:-$DB_NAME}"
check_database_name "$database"
MARIADB="$(client_program mariadb mysql)"
write_client_options

read_backup() {
    case "$backup" in
        *.gz) gunzip -c "$backup" ;;
        *) cat "$backup" ;;
    esac
}

# A torn or truncated file is refused before anything is dropped.
[[ "$backup" != *.gz ]] || gzip -t "$backup" 2>/dev/null || fail "$backup is not a sound gzip file"
read_backup | tail -n 1 | grep -q '^-- Dump completed' ||
    fail "$backup is incomplete (no 'Dump completed' line at its end)"

tables="$(sql -e "select count(*) from information_schema.tables where table_schema = '$database'")"
if [[ "$tables" -gt 0 ]]; then
    $replace || fail "database $database already holds $tables tables; use --replace to drop it and restore"
    sql -e "drop database \`$database\`"
fi
sql -e "create database if not exists \`$database\` character set utf8mb4 collate utf8mb4_unicode_ci"
read_backup | sql --database="$database"
echo "Restored $backup into $database ($(sql -e "select count(*) from information_schema.tables
    where table_schema = '$database'") tables)"

#!/usr/bin/env bash
# Proves that a backup of the database restores whole: backup.sh, restore.sh into a scratch database, then every
# table's row count and CHECKSUM TABLE compared between the two.
set -euo pipefail
shopt -s inherit_errexit
export LC_ALL=C
scripts="$(cd "$(dirname "$0")" && pwd)"
source "$scripts/lib/mariadb-client.sh"

usage() {
    cat <<USAGE
Usage: $(basename "$0") [--data-dir DIRECTORY] [--backup FILE]

Backs the database up with backup.sh, restores it with restore.sh into a scratch database on the same server,
compares every table's row count and CHECKSUM TABLE, reports OK or the differences, and drops the scratch
database.

  --data-dir DIRECTORY  the application's data folder (PASSEPORT_DATA_DIR) with its embedded MariaDB: uses the
                        server running on it, or starts one from its unpacked binaries on a free port for the time
                        of the check (the application must then stay stopped)
  --backup FILE         restores this backup instead of taking one: it is compared with the database as it is
                        now, so nothing must have written to it since the backup was taken

Without --data-dir: the server of MARIADB_HOST, ... or SPRING_DATASOURCE_* (as for backup.sh).
Exit status: 0 every table alike; 1 differences; 2 usage or failure; 3 the database changed during the check.
USAGE
}

data_dir=""
given_backup=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --data-dir) data_dir="${2:?--data-dir needs a folder}"; shift 2 ;;
        --backup) given_backup="${2:?--backup needs a file}"; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done

# The port of the mariadbd running on the data folder, found among all processes' command lines.
running_embedded_port() {
    local wanted="$1" cmdline arguments datadir
    for cmdline in /proc/[0-9]*/cmdline; do
        arguments="$(tr '\0' '\n' <"$cmdline" 2>/dev/null)" || continue
        datadir="$(sed -n 's/^--datadir=//p' <<<"$arguments")"
        if [[ -n "$datadir" && "$(realpath -m "$datadir")" == "$wanted" ]]; then
            sed -n 's/^--port=//p' <<<"$arguments"
            return
        fi
    done
}

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "no free port found"
}

# Starts mariadbd on the data folder as the application does, and stops it at exit.
start_embedded_server() {
    local folder="$1" port="$2" basedir
    basedir="$(ls -d "$folder"/server-* 2>/dev/null | tail -n 1)"
    [[ -x "$basedir/bin/mariadbd" ]] || fail "no unpacked MariaDB in $folder (start the application once)"
    local tmp
    tmp="$(mktemp -d)"
    local arguments=(--no-defaults --basedir="$basedir" --datadir="$folder/data" --tmpdir="$tmp"
        --port="$port" --socket="$tmp/mariadb.sock" --bind-address=127.0.0.1 --skip-name-resolve
        --skip-grant-tables --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci)
    [[ "$(id -u)" -ne 0 ]] || arguments+=(--user=root)
    "$basedir/bin/mariadbd" "${arguments[@]}" >"$tmp/server.log" 2>&1 &
    local server=$!
    on_exit "kill $server 2>/dev/null; for _ in \$(seq 300); do kill -0 $server 2>/dev/null || break; sleep 0.1; done; rm -rf '$tmp'"
    for _ in $(seq 600); do
        if sql -e "select 1" >/dev/null 2>&1; then
            return
        fi
        kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; fail "the embedded MariaDB did not start"; }
        sleep 0.1
    done
    fail "the embedded MariaDB was not ready within 60 s"
}

# One line per table of the database, sorted: name, rows, checksum.
fingerprint() {
    local database="$1" names table query="" list="" counts checksums result
    names="$(sql -e "select table_name from information_schema.tables
        where table_schema = '$database' and table_type = 'BASE TABLE' order by table_name")"
    [[ -n "$names" ]] || fail "the database $database has no tables"
    while read -r table; do
        query+="${query:+ union all }select '$table', count(*) from \`$database\`.\`$table\`"
        list+="${list:+, }\`$database\`.\`$table\`"
    done <<<"$names"
    counts="$(sql -e "$query" | sort)"
    checksums="$(sql -e "checksum table $list" | sed "s/^$database\\.//" | sort)"
    result="$(join -t $'\t' <(echo "$counts") <(echo "$checksums"))"
    [[ "$(wc -l <<<"$result")" -eq "$(wc -l <<<"$names")" ]] || fail "could not read every table of $database"
    echo "$result"
}

MARIADB="$(client_program mariadb mysql)"
if [[ -n "$data_dir" ]]; then
    folder="$(realpath -m "$data_dir/mariadb")"
    unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
    export PASSEPORT_DATA_DIR="$data_dir" MARIADB_HOST=127.0.0.1 MARIADB_USER=root MARIADB_PASSWORD=""
    port="$(running_embedded_port "$folder/data")"
    resolve_connection
    DB_PORT="${port:-$(free_port)}"
    export MARIADB_PORT="$DB_PORT"
    write_client_options
    if [[ -z "$port" ]]; then
        echo "Starting the embedded MariaDB of $data_dir on port $DB_PORT for the check"
        start_embedded_server "$folder" "$DB_PORT"
    fi
else
    resolve_connection
    write_client_options
fi
source_db="$DB_NAME"
scratch="${source_db:0:40}_restore_check_$$"
work="$(mktemp -d)"
on_exit "rm -rf '$work'"

before="$(fingerprint "$source_db")"
if [[ -n "$given_backup" ]]; then
    backup="$given_backup"
else
    backup="$("$scripts/backup.sh" -o "$work")"
fi
echo "Backup: $backup ($(du -h "$backup" | cut -f1))"
on_exit "sql -e 'drop database if exists \`$scratch\`'"
"$scripts/restore.sh" "$backup" "$scratch" >/dev/null
restored="$(fingerprint "$scratch")"
after="$(fingerprint "$source_db")"

if [[ "$before" != "$after" ]]; then
    echo "The database $source_db changed during the check: run it again when it is quiet." >&2
    exit 3
fi
differences="$(join -t $'\t' -a 1 -a 2 -e '(missing)' -o 0,1.2,1.3,2.2,2.3 \
    <(echo "$before") <(echo "$restored") |
    awk -F'\t' '$2 != $4 || $3 != $5 {
        printf "DIFFERENT %s: rows %s -> %s, checksum %s -> %s\n", $1, $2, $4, $3, $5 }')"
tables="$(wc -l <<<"$before")"
rows="$(awk -F'\t' '{ total += $2 } END { print total }' <<<"$before")"
if [[ -n "$differences" ]]; then
    echo "$differences"
    echo "FAILED: the restore of $source_db differs from it (see above); scratch database $scratch dropped."
    exit 1
fi
echo "OK: $tables tables, $rows rows: every table's row count and checksum are the same after the restore."

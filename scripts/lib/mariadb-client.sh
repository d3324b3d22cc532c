# Shared by backup.sh, restore.sh and check-backup-restore.sh (sourced, not run): where the database is, how to
# log in without showing the password to `ps`, and which MariaDB client programs to use.
#
# Connection, first found wins:
#   MARIADB_HOST (127.0.0.1), MARIADB_PORT (3306), MARIADB_USER (root), MARIADB_PASSWORD (empty),
#   MARIADB_DATABASE (passeport);
#   else the application's own settings: SPRING_DATASOURCE_URL (jdbc:mariadb://host:port/database?...),
#   SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD.
# Client programs: MARIADB_BIN_DIR, then PATH, then the embedded server's binaries under PASSEPORT_DATA_DIR
# (data/mariadb/server-*/bin: it has mariadb-dump, but its `mariadb` needs libncurses5, missing on Debian 12).

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 2
}

resolve_connection() {
    local url="${SPRING_DATASOURCE_URL:-}" url_host="" url_port="" url_database=""
    if [[ -n "$url" ]]; then
        [[ "$url" =~ ^jdbc:(mariadb|mysql)://([^:/?,]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]] ||
            fail "cannot read host, port and database from SPRING_DATASOURCE_URL=$url; set MARIADB_HOST, MARIADB_PORT and MARIADB_DATABASE"
        url_host="${BASH_REMATCH[2]}"
        url_port="${BASH_REMATCH[4]}"
        url_database="${BASH_REMATCH[5]}"
    fi
    DB_HOST="${MARIADB_HOST:-${url_host:-127.0.0.1}}"
    DB_PORT="${MARIADB_PORT:-${url_port:-3306}}"
    DB_USER="${MARIADB_USER:-${SPRING_DATASOURCE_USERNAME:-root}}"
    DB_PASSWORD="${MARIADB_PASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}"
    DB_NAME="${MARIADB_DATABASE:-${url_database:-passeport}}"
    check_database_name "$DB_NAME"
}

# Database names go into SQL between backquotes: only plain names are accepted.
check_database_name() {
    [[ "$1" =~ ^[A-Za-z0-9_]{1,64}$ ]] || fail "unsupported database name '$1' (letters, digits and _ only)"
}

# The credentials go into a private option file rather than the command line, where `ps` would show them.
# Call it in the main shell (not in $(...)): it sets CLIENT_OPTIONS and the cleanup of the file.
write_client_options() {
    CLIENT_OPTIONS="$(mktemp)"
    chmod 600 "$CLIENT_OPTIONS"
    local password="${DB_PASSWORD//\\/\\\\}"
    password="${password//\"/\\\"}"
    printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' \
        "$DB_HOST" "$DB_PORT" "$DB_USER" "$password" >"$CLIENT_OPTIONS"
    on_exit "rm -f '$CLIENT_OPTIONS'"
}

# Commands run at exit, last registered first.
EXIT_COMMANDS=()
on_exit() {
    EXIT_COMMANDS=("$1" "${EXIT_COMMANDS[@]}")
    trap 'for command in "${EXIT_COMMANDS[@]}"; do eval "$command"; done' EXIT
}

# The first of the given programs that runs here, e.g. `client_program mariadb-dump mysqldump`.
client_program() {
    local name candidate candidates=()
    for name in "$@"; do
        [[ -n "${MARIADB_BIN_DIR:-}" ]] && candidates+=("$MARIADB_BIN_DIR/$name")
        candidates+=("$(command -v "$name" || true)")
    done
    for name in "$@"; do
        candidates+=("${PASSEPORT_DATA_DIR:-data}"/mariadb/server-*/bin/"$name")
    done
    for candidate in "${candidates[@]}"; do
        if [[ -n "$candidate" && -x "$candidate" ]] && "$candidate" --version >/dev/null 2>&1; then
            echo "$candidate"
            return
        fi
    done
    fail "no working $1 found (looked in MARIADB_BIN_DIR, PATH and the embedded server's binaries);" \
        "on Debian: apt-get install mariadb-client"
}

# Runs SQL on the server, tab-separated output without column names.
sql() {
    "$MARIADB" --defaults-extra-file="$CLIENT_OPTIONS" --batch --skip-column-names --default-character-set=utf8mb4 "$@"
}

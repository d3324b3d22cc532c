#!/usr/bin/env bash
# A local copy of the multi-node deployment of docs/deployment.md, on this machine and bound to 127.0.0.1 only:
# a MariaDB Galera cluster of 3, two application nodes (the production jar, `prod` profile) and HAProxy in front
# with sticky sessions. For tests of fail-over, sticky sessions and replication; not for production.
# Usage: see usage() below and deploy/local-cluster/README.md.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCRIPT="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"
REPO_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)
DIR=${PN_CLUSTER_DIR:-/tmp/passeport-cluster}
MINUTES=${PN_CLUSTER_MINUTES:-90}
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
MARKER=.passeport-local-cluster

# The Galera nodes run as the system account of Debian's MariaDB package, not as root: rsync's daemon, which
# receives a full state transfer (SST), switches to "nobody" when started by root and then cannot write the data.
DB_OS_USER=mysql
MARIADBD=/usr/sbin/mariadbd
GALERA_LIB=/usr/lib/galera/libgalera_smm.so
HAPROXY=/usr/sbin/haproxy

HOST=127.0.0.1
CLUSTER_NAME=passeport-local
LB_PORT=8180
STATS_PORT=8179
DB_NAME=passeport
DB_USER=passeport

# Bounds (seconds).
DB_WAIT=120       # a Galera node reaching Synced
DB_STOP_WAIT=60   # a Galera node's clean shutdown, then SIGKILL
APP_WAIT=180      # an application node's readiness (Flyway and the curriculum import on the first start)
APP_STOP_WAIT=30  # an application node's graceful shutdown, then SIGKILL
LB_WAIT=30        # HAProxy seeing both nodes UP

db_port() { echo $((3310 + $1)); }
db_gcomm_port() { echo $((4570 + $1)); }
db_ist_port() { echo $((4580 + $1)); }
db_sst_port() { echo $((4590 + $1)); }
app_port() { echo $((8180 + $1)); }
app_mgmt_port() { echo $((8190 + $1)); }

db_dir() { echo "$DIR/db$1"; }
db_sock() { echo "$DIR/db$1/mariadbd.sock"; }
db_log() { echo "$DIR/db$1/error.log"; }
app_dir() { echo "$DIR/app$1"; }
app_log() { echo "$DIR/app$1/app.log"; }
gcomm_address() { echo "gcomm://$HOST:$(db_gcomm_port 1),$HOST:$(db_gcomm_port 2),$HOST:$(db_gcomm_port 3)"; }
jdbc_url() { echo "jdbc:mariadb:sequential://$HOST:$(db_port 1),$HOST:$(db_port 2),$HOST:$(db_port 3)/$DB_NAME"; }
# Application node N's database addresses. By default every application node writes through Galera node 1 (the
# deployment's advice: certification conflicts stay rare); with WRITE_SPREAD=1 application node N starts with
# Galera node N, so that the two nodes' writes meet at commit and the conflict retry is exercised.
app_jdbc_url() {
    if [[ ${WRITE_SPREAD:-0} == 1 && $1 == 2 ]]; then
        echo "jdbc:mariadb:sequential://$HOST:$(db_port 2),$HOST:$(db_port 3),$HOST:$(db_port 1)/$DB_NAME"
    else
        jdbc_url
    fi
}

usage() {
    cat <<EOF
Usage: ${0##*/} COMMAND
  start            Galera cluster of 3, two application nodes, HAProxy on http://$HOST:$LB_PORT/
  stop             stop everything; deletes $DIR unless KEEP=1
  status           Galera size and state per node, readiness per application node, HAProxy's view
  kill-app N       kill -9 application node N (1 or 2)
  start-app N      start application node N and wait for its readiness
  stop-db N        clean shutdown of Galera node N (1 to 3)
  start-db N       start Galera node N, joining the cluster; says whether it caught up by IST or SST
  sql N "STMT"     run a statement on Galera node N as root (through its socket)
  env              the variables a client needs (HAProxy URL, JDBC URL, user, password)
Environment: PN_CLUSTER_DIR (default /tmp/passeport-cluster), PN_CLUSTER_MINUTES (watchdog, default 90),
JAVA_HOME, KEEP=1, WRITE_SPREAD=1 (application node 2 writes through Galera node 2), SPRING_MAIL_HOST / SPRING_MAIL_PORT / PASSEPORT_MAIL_RETRYINTERVAL (passed to the application
nodes).
EOF
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() {
    echo "${0##*/}: $*" >&2
    exit 1
}

check_node() { # kind max value
    [[ ${3:-} =~ ^[1-9]$ ]] && ((${3} <= $2)) || die "$1 node number must be 1 to $2"
}

# --- Processes this script started: pid files in $DIR/pids, each checked against the process's command line ----

pid_file() { echo "$DIR/pids/$1.pid"; }

marker_of() { # what the command line of the process named $1 contains
    case $1 in
        db*) echo "$DIR/$1/" ;;
        app*) echo "-Dpasseport.local-cluster.node=$DIR/$1/" ;;
        haproxy) echo "$DIR/haproxy.cfg" ;;
        watchdog) echo "$DIR/$MARKER" ;;
    esac
}

# Prints the pid of the process named $1 (db1, app2, haproxy, watchdog) if it is running and is ours.
owned_pid() {
    local file pid marker
    file=$(pid_file "$1")
    [[ -s $file ]] || return 1
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/cmdline ]] || return 1
    marker=$(marker_of "$1")
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
    echo "$pid"
}

is_running() { owned_pid "$1" >/dev/null; }

# Sends SIGTERM to the processes named in $2..., waits up to $1 s, then SIGKILLs what is left.
terminate() {
    local wait=$1 name pid deadline
    shift
    local -A pids=()
    local -a left
    for name in "$@"; do
        if pid=$(owned_pid "$name"); then
            pids[$name]=$pid
            kill -TERM "$pid" 2>/dev/null || true
        fi
    done
    ((${#pids[@]})) || return 0
    deadline=$((SECONDS + wait))
    while :; do
        left=()
        for name in "${!pids[@]}"; do
            if is_running "$name"; then left+=("$name"); fi
        done
        ((${#left[@]})) || break
        if ((SECONDS >= deadline)); then
            for name in "${left[@]}"; do
                log "$name did not stop within ${wait}s: SIGKILL"
                kill -KILL "${pids[$name]}" 2>/dev/null || true
            done
            sleep 1
            break
        fi
        sleep 1
    done
    for name in "${!pids[@]}"; do rm -f "$(pid_file "$name")"; done
}

# Launches a command in the background, in a session of its own (so that it outlives this script and its terminal),
# output appended to $2, pid written to the pid file of $1.
launch() {
    local name=$1 out=$2
    shift 2
    setsid "$@" >>"$out" 2>&1 </dev/null &
    echo $! >"$(pid_file "$name")"
}

port_in_use() { [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]; }

# --- Galera --------------------------------------------------------------------------------------------------------

db_client() { # node, then mariadb client arguments
    local n=$1
    shift
    mariadb --no-defaults --user=root --socket="$(db_sock "$n")" --connect-timeout=3 "$@"
}

db_status_var() { # node variable -> value, empty when the node does not answer
    db_client "$1" --batch --skip-column-names -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2 || true
}

db_launch() { # node [--wsrep-new-cluster]
    local n=$1 d
    shift
    d=$(db_dir "$n")
    mkdir -p "$d/data" "$d/tmp"
    chown -R "$DB_OS_USER:" "$d"
    launch "db$n" "$d/mariadbd.out" "$MARIADBD" --no-defaults \
        --user=$DB_OS_USER \
        --basedir=/usr \
        --datadir="$d/data" \
        --tmpdir="$d/tmp" \
        --socket="$(db_sock "$n")" \
        --pid-file="$d/mariadbd.pid" \
        --log-error="$(db_log "$n")" \
        --bind-address=$HOST \
        --port="$(db_port "$n")" \
        --skip-name-resolve \
        --binlog-format=ROW \
        --default-storage-engine=InnoDB \
        --innodb-autoinc-lock-mode=2 \
        --innodb-buffer-pool-size=256M \
        --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci \
        --max-connections=300 \
        --wsrep-on=ON \
        --wsrep-provider=$GALERA_LIB \
        --wsrep-cluster-name=$CLUSTER_NAME \
        --wsrep-cluster-address="$(gcomm_address)" \
        --wsrep-node-name="node$n" \
        --wsrep-node-address="$HOST:$(db_gcomm_port "$n")" \
        --wsrep-node-incoming-address="$HOST:$(db_port "$n")" \
        --wsrep-provider-options="gmcast.listen_addr=tcp://$HOST:$(db_gcomm_port "$n");ist.recv_addr=$HOST:$(db_ist_port "$n");gcache.size=256M" \
        --wsrep-sst-method=rsync \
        --wsrep-sst-receive-address="$HOST:$(db_sst_port "$n")" \
        --wsrep-sync-wait=1 \
        --wsrep-retry-autocommit=3 \
        "$@"
}

# Waits until node $1 is Synced (and, with $2, until the cluster has $2 members); fails when it dies or times out.
db_wait_synced() {
    local n=$1 size=${2:-} deadline state members
    deadline=$((SECONDS + DB_WAIT))
    while :; do
        is_running "db$n" || die "Galera node $n exited (see $(db_log "$n"))"
        state=$(db_status_var "$n" wsrep_local_state_comment)
        members=$(db_status_var "$n" wsrep_cluster_size)
        if [[ $state == Synced && (-z $size || $members == "$size") ]]; then return 0; fi
        ((SECONDS < deadline)) || die "Galera node $n not Synced after ${DB_WAIT}s (state '${state:-no answer}', cluster size '${members:-?}')"
        sleep 1
    done
}

# After node $1 joined: how it caught up, read from the part of its error log written since byte $2 (the rsync
# script says "rsync SST completed" after a full copy, "rsync IST completed" when the donor sent the missing writes).
db_transfer_kind() {
    local n=$1 since=$2 text count
    text=$(tail -c +"$((since + 1))" "$(db_log "$n")" 2>/dev/null || true)
    count=$(grep -oE 'Receiving IST: [0-9]+ writesets' <<<"$text" | tail -1 | grep -oE '[0-9]+' || true)
    if grep -q 'rsync SST completed on joiner' <<<"$text"; then
        echo "SST (full copy by rsync)"
    elif grep -q 'rsync IST completed on joiner' <<<"$text" || [[ -n $count ]]; then
        echo "IST (${count:-0} writesets)"
    else
        echo "none reported in $(db_log "$n")"
    fi
}

db_stop_node() {
    local n=$1
    is_running "db$n" || {
        log "Galera node $n is not running"
        return 0
    }
    log "Galera node $n: SIGTERM"
    terminate "$DB_STOP_WAIT" "db$n"
    log "Galera node $n stopped"
}

# --- Application nodes ---------------------------------------------------------------------------------------------

find_jar() {
    local jar
    jar=$(ls -t "$REPO_DIR"/target/passeport-numerique-*.jar 2>/dev/null | head -1 || true)
    [[ -n $jar ]] || die "no production jar in $REPO_DIR/target; build it with: mvn -Pproduction -DskipTests package"
    echo "$jar"
}

app_launch() {
    local n=$1 jar=$2 d key password
    d=$(app_dir "$n")
    mkdir -p "$d/data"
    key=$(tr '\n' ' ' <"$DIR/badge-signing-key.pem")
    key=${key% }
    password=$(<"$DIR/db-password")
    local -a vars=(
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOME="${HOME:-/root}"
        LANG=C.UTF-8
        SPRING_PROFILES_ACTIVE=prod
        SPRING_DATASOURCE_URL="$(app_jdbc_url "$n")"
        SPRING_DATASOURCE_USERNAME=$DB_USER
        SPRING_DATASOURCE_PASSWORD="$password"
        PASSEPORT_PUBLIC_URL="http://$HOST:$LB_PORT"
        PASSEPORT_BADGE_SIGNING_KEY="$key"
        PASSEPORT_DATA_DIR="$d/data"
        PASSEPORT_CONTENT_DIR="$REPO_DIR/content"
        PASSEPORT_MAIL_FROM=ne-pas-repondre@passeport.example.org
        SERVER_ADDRESS=$HOST
        SERVER_PORT="$(app_port "$n")"
        PORT="$(app_port "$n")"
        MANAGEMENT_SERVER_ADDRESS=$HOST
        MANAGEMENT_PORT="$(app_mgmt_port "$n")"
        SERVER_SERVLET_SESSION_COOKIE_SECURE=false
    )
    [[ -z ${SPRING_MAIL_HOST:-} ]] || vars+=(SPRING_MAIL_HOST="$SPRING_MAIL_HOST")
    [[ -z ${SPRING_MAIL_PORT:-} ]] || vars+=(SPRING_MAIL_PORT="$SPRING_MAIL_PORT")
    [[ -z ${PASSEPORT_MAIL_RETRYINTERVAL:-} ]] || vars+=(PASSEPORT_MAIL_RETRYINTERVAL="$PASSEPORT_MAIL_RETRYINTERVAL")
    (
        cd "$d"
        launch "app$n" "$(app_log "$n")" env -i "${vars[@]}" "$JAVA" -Xms512m -Xmx1g -XX:+ExitOnOutOfMemoryError \
            "-Dpasseport.local-cluster.node=$d/" -jar "$jar"
    )
}

readiness_code() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://$HOST:$(app_mgmt_port "$1")/actuator/health/readiness" 2>/dev/null || true
}

app_wait_ready() {
    local n=$1 deadline
    deadline=$((SECONDS + APP_WAIT))
    while :; do
        is_running "app$n" || die "application node $n exited (see $(app_log "$n"))"
        [[ $(readiness_code "$n") == 200 ]] && return 0
        ((SECONDS < deadline)) || die "application node $n not ready after ${APP_WAIT}s"
        sleep 2
    done
}

app_start() { # node jar
    local n=$1 t0=$SECONDS
    log "application node $n: starting on http://$HOST:$(app_port "$n") (management port $(app_mgmt_port "$n"))"
    app_launch "$n" "$2"
    app_wait_ready "$n"
    log "application node $n ready in $((SECONDS - t0))s"
}

# --- HAProxy -------------------------------------------------------------------------------------------------------

haproxy_cmd() {
    echo "$1" | socat -t 2 stdio "unix-connect:$DIR/haproxy.sock" 2>/dev/null || true
}

haproxy_servers() { # "node1 UP" lines
    haproxy_cmd "show stat" | awk -F, '$1 == "passeport_nodes" && $2 != "BACKEND" && $2 != "FRONTEND" { print $2, $18 }'
}

# With HAProxy running: waits up to $3 s until it reports server $1 (node1, node2) with status $2 (UP, DOWN).
haproxy_wait_server() {
    local server=$1 want=$2 deadline state
    is_running haproxy || return 0
    deadline=$((SECONDS + $3))
    while :; do
        state=$(haproxy_servers | awk -v s="$server" '$1 == s { print $2 }')
        if [[ $state == "$want" ]]; then
            log "HAProxy: $server $state"
            return 0
        fi
        if ((SECONDS >= deadline)); then
            log "HAProxy: $server still ${state:-unknown} after $3s"
            return 1
        fi
        sleep 1
    done
}

haproxy_start() {
    local cfg=$DIR/haproxy.cfg deadline
    sed -e "s|@CLUSTER_DIR@|$DIR|g" -e "s|@HOST@|$HOST|g" -e "s|@LB_PORT@|$LB_PORT|g" \
        -e "s|@STATS_PORT@|$STATS_PORT|g" \
        -e "s|@APP1_PORT@|$(app_port 1)|g" -e "s|@APP1_MGMT_PORT@|$(app_mgmt_port 1)|g" \
        -e "s|@APP2_PORT@|$(app_port 2)|g" -e "s|@APP2_MGMT_PORT@|$(app_mgmt_port 2)|g" \
        "$SCRIPT_DIR/haproxy.cfg.template" >"$cfg"
    "$HAPROXY" -c -q -f "$cfg" >>"$DIR/haproxy.log" 2>&1 || die "invalid HAProxy configuration $cfg"
    # In the foreground of its own session (-db) so that its log, sent to stdout, reaches haproxy.log.
    launch haproxy "$DIR/haproxy.log" "$HAPROXY" -db -f "$cfg"
    deadline=$((SECONDS + LB_WAIT))
    while :; do
        is_running haproxy || die "HAProxy exited (see $DIR/haproxy.log)"
        [[ $(haproxy_servers | grep -c ' UP$' || true) == 2 ]] && return 0
        ((SECONDS < deadline)) || die "HAProxy does not see both application nodes UP after ${LB_WAIT}s: $(haproxy_servers | tr '\n' ' ')"
        sleep 1
    done
}

# --- Watchdog: stops the cluster after $MINUTES minutes, whatever happens to the shell that started it -------------

watchdog_start() {
    launch watchdog "$DIR/watchdog.log" bash -c 'sleep "$1"; echo "watchdog: $2 minutes are up, stopping"; exec env PN_CLUSTER_DIR="$3" "$4" stop' \
        pn-watchdog "$((MINUTES * 60))" "$MINUTES" "$DIR" "$SCRIPT" "$DIR/$MARKER"
    date -d "+$MINUTES minutes" +%H:%M:%S >"$DIR/watchdog.deadline"
}

watchdog_stop() {
    local pid child
    pid=$(owned_pid watchdog) || return 0
    [[ $pid != "$$" ]] || return 0 # this stop is the watchdog's
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null || true); do kill -TERM "$child" 2>/dev/null || true; done
    kill -TERM "$pid" 2>/dev/null || true
    rm -f "$(pid_file watchdog)"
}

# --- Commands ------------------------------------------------------------------------------------------------------

anything_running() {
    local name
    for name in watchdog haproxy app1 app2 db1 db2 db3; do
        if is_running "$name"; then return 0; fi
    done
    return 1
}

STEP=""
STEP_LOG=""
step() { # description [log file]
    STEP=$1
    STEP_LOG=${2:-}
    log "== $STEP"
}

on_start_exit() {
    local code=$?
    trap - EXIT INT TERM
    ((code != 0)) || return 0
    echo >&2
    echo "${0##*/} start: FAILED at step: $STEP" >&2
    if [[ -n $STEP_LOG && -f $STEP_LOG ]]; then
        echo "--- last 30 lines of $STEP_LOG" >&2
        tail -n 30 "$STEP_LOG" >&2 || true
        echo "---" >&2
    fi
    stop_all >&2 || true
    if [[ -d $DIR ]]; then echo "stopped what was started; logs kept in $DIR" >&2; fi
    exit "$code"
}

ensure_packages() {
    local missing=() bin
    for bin in "$MARIADBD" /usr/bin/mariadb-install-db /usr/bin/mariadb "$GALERA_LIB" /usr/bin/rsync "$HAPROXY" /usr/bin/socat; do
        [[ -e $bin ]] || missing+=("$bin")
    done
    if ((${#missing[@]})); then
        log "missing: ${missing[*]}; installing the Debian packages"
        DEBIAN_FRONTEND=noninteractive apt-get install -y mariadb-server galera-4 rsync haproxy socat
    fi
    for bin in openssl curl ss; do
        command -v "$bin" >/dev/null || die "$bin is required"
    done
}

cmd_start() {
    local t0=$SECONDS jar n port password
    [[ -n $DIR && $DIR != / ]] || die "PN_CLUSTER_DIR must name a folder"
    [[ $MINUTES =~ ^[1-9][0-9]*$ ]] || die "PN_CLUSTER_MINUTES must be a number of minutes"
    if [[ -d $DIR ]] && anything_running; then die "a cluster is already running in $DIR (stop it with: $0 stop)"; fi
    if [[ -d $DIR && -n $(ls -A "$DIR") ]]; then
        [[ -f $DIR/$MARKER ]] || die "$DIR exists and was not made by this script; choose another PN_CLUSTER_DIR"
        rm -rf "$DIR"
    fi
    trap on_start_exit EXIT
    trap 'exit 130' INT TERM

    step "prerequisites"
    ensure_packages
    id "$DB_OS_USER" >/dev/null 2>&1 || die "no system account '$DB_OS_USER' (package mariadb-server)"
    [[ -x $JAVA ]] || die "no Java at $JAVA (set JAVA_HOME)"
    jar=$(find_jar)
    for port in $(db_port 1) $(db_port 2) $(db_port 3) $(db_gcomm_port 1) $(db_gcomm_port 2) $(db_gcomm_port 3) \
        $(db_ist_port 1) $(db_ist_port 2) $(db_ist_port 3) $(db_sst_port 1) $(db_sst_port 2) $(db_sst_port 3) \
        $(app_port 1) $(app_port 2) $(app_mgmt_port 1) $(app_mgmt_port 2) $LB_PORT $STATS_PORT; do
        if port_in_use "$port"; then die "port $port is already in use"; fi
    done
    mkdir -p "$DIR/pids"
    chmod 711 "$DIR" # the Galera nodes' account reaches its own folders only
    chmod 700 "$DIR/pids"
    touch "$DIR/$MARKER"
    log "cluster folder $DIR, jar $jar"

    step "watchdog (stops everything after $MINUTES minutes)" "$DIR/watchdog.log"
    watchdog_start

    step "secrets (database password, badge signing key)"
    (
        umask 077
        openssl rand -hex 16 >"$DIR/db-password"
        openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/badge-signing-key.pem" 2>/dev/null
    )

    step "Galera node 1: data folder" "$(db_dir 1)/install-db.log"
    mkdir -p "$(db_dir 1)/data"
    chown -R "$DB_OS_USER:" "$(db_dir 1)"
    mariadb-install-db --no-defaults --user="$DB_OS_USER" --basedir=/usr --datadir="$(db_dir 1)/data" \
        --auth-root-authentication-method=socket --skip-test-db >"$(db_dir 1)/install-db.log" 2>&1

    step "Galera node 1: bootstrap of the cluster" "$(db_log 1)"
    db_launch 1 --wsrep-new-cluster
    db_wait_synced 1 1
    log "node 1 Synced ($((SECONDS - t0))s)"

    for n in 2 3; do
        step "Galera node $n: join (full state transfer by rsync)" "$(db_log "$n")"
        db_launch "$n"
        db_wait_synced "$n"
        log "node $n Synced ($((SECONDS - t0))s)"
    done

    step "Galera: every node Synced in a cluster of 3" "$(db_log 1)"
    for n in 1 2 3; do db_wait_synced "$n" 3; done

    step "database '$DB_NAME' and user '$DB_USER'" "$(db_log 1)"
    password=$(<"$DIR/db-password")
    db_client 1 -e "CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$password';
        CREATE USER '$DB_USER'@'localhost' IDENTIFIED BY '$password';
        GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
        GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'localhost';"
    log "Galera cluster ready ($((SECONDS - t0))s)"

    for n in 1 2; do
        step "application node $n" "$(app_log "$n")"
        app_start "$n" "$jar"
    done

    step "HAProxy on http://$HOST:$LB_PORT/" "$DIR/haproxy.log"
    haproxy_start

    trap - EXIT INT TERM
    log "cluster started in $((SECONDS - t0))s: http://$HOST:$LB_PORT/ (HAProxy statistics: http://$HOST:$STATS_PORT/)"
    log "the watchdog stops it in $MINUTES minutes; until then: $0 stop"
}

stop_all() {
    watchdog_stop
    if is_running haproxy; then
        log "stopping HAProxy"
        terminate 10 haproxy
    fi
    if is_running app1 || is_running app2; then
        log "stopping the application nodes"
        terminate "$APP_STOP_WAIT" app1 app2
    fi
    local n
    for n in 3 2 1; do
        if is_running "db$n"; then db_stop_node "$n"; fi
    done
}

cmd_stop() {
    [[ -d $DIR ]] || {
        log "no cluster in $DIR"
        return 0
    }
    stop_all
    if [[ ${KEEP:-0} == 1 ]]; then
        log "stopped; folder kept: $DIR"
    elif [[ -f $DIR/$MARKER ]]; then
        rm -rf "$DIR"
        log "stopped; $DIR deleted"
    else
        log "stopped; $DIR not deleted (not made by this script)"
    fi
}

cmd_status() {
    local n pid code
    [[ -d $DIR ]] || die "no cluster in $DIR"
    echo "Galera:"
    for n in 1 2 3; do
        if pid=$(owned_pid "db$n"); then
            printf '  node%s  %s:%s  pid %-7s wsrep_cluster_size=%s  wsrep_local_state_comment=%s\n' "$n" "$HOST" \
                "$(db_port "$n")" "$pid" "$(db_status_var "$n" wsrep_cluster_size)" \
                "$(db_status_var "$n" wsrep_local_state_comment)"
        else
            printf '  node%s  %s:%s  not running\n' "$n" "$HOST" "$(db_port "$n")"
        fi
    done
    echo "Application nodes:"
    for n in 1 2; do
        code=$(readiness_code "$n")
        if pid=$(owned_pid "app$n"); then
            printf '  node%s  http://%s:%s  pid %-7s readiness HTTP %s\n' "$n" "$HOST" "$(app_port "$n")" "$pid" "$code"
        else
            printf '  node%s  http://%s:%s  not running (readiness HTTP %s)\n' "$n" "$HOST" "$(app_port "$n")" "$code"
        fi
    done
    echo "HAProxy (http://$HOST:$LB_PORT/, statistics http://$HOST:$STATS_PORT/):"
    if pid=$(owned_pid haproxy); then
        haproxy_servers | sed 's/^/  /'
    else
        echo "  not running"
    fi
    if pid=$(owned_pid watchdog); then
        echo "Watchdog: pid $pid, stops the cluster at $(cat "$DIR/watchdog.deadline" 2>/dev/null || echo '?')"
    fi
}

cmd_kill_app() {
    local n=$1 pid
    pid=$(owned_pid "app$n") || die "application node $n is not running"
    kill -KILL "$pid"
    rm -f "$(pid_file "app$n")"
    log "application node $n (pid $pid) killed"
    haproxy_wait_server "node$n" DOWN 15
}

cmd_start_app() {
    local n=$1 jar
    [[ -f $DIR/$MARKER ]] || die "no cluster in $DIR (run: $0 start)"
    if is_running "app$n"; then die "application node $n is already running"; fi
    jar=$(find_jar)
    app_start "$n" "$jar"
    haproxy_wait_server "node$n" UP 15
}

cmd_stop_db() {
    [[ -f $DIR/$MARKER ]] || die "no cluster in $DIR"
    db_stop_node "$1"
}

cmd_start_db() {
    local n=$1 since t0=$SECONDS
    [[ -f $DIR/$MARKER ]] || die "no cluster in $DIR (run: $0 start)"
    if is_running "db$n"; then die "Galera node $n is already running"; fi
    since=$(stat -c %s "$(db_log "$n")" 2>/dev/null || echo 0)
    log "Galera node $n: starting, joining the cluster"
    db_launch "$n"
    db_wait_synced "$n"
    log "Galera node $n Synced in $((SECONDS - t0))s (cluster size $(db_status_var "$n" wsrep_cluster_size));" \
        "state transfer: $(db_transfer_kind "$n" "$since")"
}

cmd_sql() {
    [[ $# -ge 2 ]] || die "usage: sql N \"STATEMENT\""
    is_running "db$1" || die "Galera node $1 is not running"
    db_client "$1" -e "$2"
}

cmd_env() {
    [[ -f $DIR/db-password ]] || die "no cluster in $DIR"
    echo "PN_CLUSTER_URL=http://$HOST:$LB_PORT"
    echo "SPRING_DATASOURCE_URL=$(jdbc_url)"
    echo "SPRING_DATASOURCE_USERNAME=$DB_USER"
    echo "SPRING_DATASOURCE_PASSWORD=$(<"$DIR/db-password")"
}

[[ $EUID -eq 0 ]] || die "run as root"
case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    kill-app) check_node application 2 "${2:-}" && cmd_kill_app "$2" ;;
    start-app) check_node application 2 "${2:-}" && cmd_start_app "$2" ;;
    stop-db) check_node Galera 3 "${2:-}" && cmd_stop_db "$2" ;;
    start-db) check_node Galera 3 "${2:-}" && cmd_start_db "$2" ;;
    sql) check_node Galera 3 "${2:-}" && shift && cmd_sql "$@" ;;
    env) cmd_env ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac

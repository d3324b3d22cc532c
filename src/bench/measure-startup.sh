#!/usr/bin/env bash
# Measures the time from launching the packaged application to the first page served, and the content import
# time the application logs, over several runs. Usage:
#   src/bench/measure-startup.sh JAR RUNS [extra java arguments...]
# The environment is passed on (SPRING_DATASOURCE_URL, SPRING_PROFILES_ACTIVE...). Only localhost is contacted.
set -euo pipefail
jar=$1 runs=$2
shift 2
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${PORT:-18080}
log=$(mktemp)
for run in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    PORT=$port "$java_bin" "$@" -jar "$jar" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
        [ "$code" = 200 ] && break
        kill -0 "$pid" 2>/dev/null || { echo "the application stopped; log: $log" >&2; exit 1; }
        sleep 0.05
    done
    first_page_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    import=$(grep -o 'Content import [A-Z]* in [0-9]* ms' "$log" | head -1 || true)
    echo "run $run: first page served after ${first_page_ms} ms; ${import:-no import line}"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
rm -f "$log"

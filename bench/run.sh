#!/usr/bin/env bash
# Fan-out benchmark against a freshly started server (ours on an empty temporary database, or the Node.js baseline).
#
#   bench/run.sh CLIENTS EVENTS RATE [extra notify-bench options, e.g. --topic bench --fail-on-loss]
#
# Builds nothing: expects bootstrap/target/websockets-notify.jar and bench/target/notify-bench.jar
# (mvn -B package -DskipTests). Environment:
#   SERVER=java          the server to measure: java (ours) or node (bench/node/server.js on the npm package ws)
#   PORT=5050            server port
#   WS_VERSION=8.18.3    with SERVER=node: the ws version, installed once into NODE_WS_DIR (outside the repository)
#   NODE_WS_DIR          default ${TMPDIR:-/tmp}/notify-bench-ws-$WS_VERSION
#   JAVA_HOME            JDK to run both JVMs (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   SERVER_OPTS          extra JVM options / -D settings for the server (e.g. -XX:+UseSerialGC)
#   SERVER_JAR           the server jar to run (default bootstrap/target/websockets-notify.jar), to compare builds
#   BENCH_OPTS           extra JVM options for the benchmark client
#   TOKEN                if set: the server's publish and subscribe token, and the benchmark's --token
#   JFR=FILE             record the server with JFR over the measured event phase only; summarize with
#                        java -cp bench/target/notify-bench.jar io.wsnotify.bench.JfrSummary FILE
#   KEEP=1               keep the temporary directory (database, server log, benchmark output)
set -euo pipefail

if [[ $# -lt 3 ]]; then
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
CLIENTS=$1 EVENTS=$2 RATE=$3
shift 3

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PORT=${PORT:-5050}
SERVER=${SERVER:-java}
SERVER_JAR="${SERVER_JAR:-$ROOT/bootstrap/target/websockets-notify.jar}"
BENCH_JAR="$ROOT/bench/target/notify-bench.jar"
WS_VERSION=${WS_VERSION:-8.18.3}
NODE_WS_DIR=${NODE_WS_DIR:-${TMPDIR:-/tmp}/notify-bench-ws-$WS_VERSION}
case $SERVER in
    java) needed=("$SERVER_JAR" "$BENCH_JAR") ;;
    node) needed=("$BENCH_JAR") ;;
    *) echo "SERVER must be java or node, not $SERVER" >&2; exit 2 ;;
esac
for jar in "${needed[@]}"; do
    [[ -f $jar ]] || { echo "missing $jar: build first (mvn -B package -DskipTests)" >&2; exit 2; }
done
if [[ $SERVER == node && ! -f $NODE_WS_DIR/node_modules/ws/package.json ]]; then
    echo "installing ws@$WS_VERSION into $NODE_WS_DIR"
    npm install --prefix "$NODE_WS_DIR" --no-audit --no-fund --silent "ws@$WS_VERSION" >&2
fi

# Both processes hold one descriptor per connection (each has its own limit, inherited from this shell);
# raise the limit as far as allowed.
ulimit -n 30000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "open files limit: $(ulimit -n)"
if (($(ulimit -n) < CLIENTS + 200)); then
    echo "warning: $CLIENTS clients need about $((CLIENTS + 200)) open files per process (limit $(ulimit -n))" >&2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/notify-bench.XXXXXX")
SERVER_PID=""
stop_server() { # SIGTERM (graceful stop), up to 30 s, then SIGKILL
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    [[ -z $SERVER_PID ]] || wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}
cleanup() {
    stop_server
    if [[ ${KEEP:-0} == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

TOKEN_SERVER=() TOKEN_BENCH=() JFR_BENCH=()
[[ -z ${JFR:-} ]] || JFR_BENCH=(--jfr "$JFR")
if [[ -n ${TOKEN:-} ]]; then
    TOKEN_SERVER=("-Dnotify.security.publish-token=$TOKEN" "-Dnotify.security.subscribe-token=$TOKEN")
    TOKEN_BENCH=(--token "$TOKEN")
fi

if [[ $SERVER == node ]]; then
    [[ -z ${JFR:-} && -z ${TOKEN:-} ]] || { echo "JFR and TOKEN apply to SERVER=java only" >&2; exit 2; }
    args=()
    for a in "$@"; do [[ $a == --rss-gc ]] || args+=("$a"); done # a full GC through jcmd needs a JVM
    set -- "${args[@]}"
    PORT="$PORT" NODE_PATH="$NODE_WS_DIR/node_modules" node "$ROOT/bench/node/server.js" >"$WORK/server.log" 2>&1 &
else
    # shellcheck disable=SC2086 # SERVER_OPTS is a list of options
    "$JAVA" ${SERVER_OPTS:-} "${TOKEN_SERVER[@]}" \
        -Dnotify.simulator.enabled=false \
        -Dnotify.db.path="$WORK/bench.db" \
        -Dserver.port="$PORT" \
        -jar "$SERVER_JAR" >"$WORK/server.log" 2>&1 &
fi
SERVER_PID=$!
echo "$SERVER server pid $SERVER_PID on port $PORT, log $WORK/server.log"

answers_200() {
    local url="http://localhost:$PORT$1" auth=()
    [[ -n ${TOKEN:-} ]] && auth=(-H "Authorization: Bearer $TOKEN")
    [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "${auth[@]}" "$url" 2>/dev/null) == 200 ]]
}
deadline=$((SECONDS + 60))
until answers_200 /observe/health || answers_200 /tasks; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "server exited during start-up:" >&2; tail -n 40 "$WORK/server.log" >&2; exit 1
    fi
    if ((SECONDS >= deadline)); then
        echo "server did not answer within 60 s:" >&2; tail -n 40 "$WORK/server.log" >&2; exit 1
    fi
    sleep 0.25
done
echo "server ready after $((SECONDS - deadline + 60)) s"

set +e
# shellcheck disable=SC2086 # BENCH_OPTS is a list of options
"$JAVA" ${BENCH_OPTS:-} -jar "$BENCH_JAR" \
    --url "http://localhost:$PORT" --clients "$CLIENTS" --events "$EVENTS" --rate "$RATE" \
    --pid "$SERVER_PID" "${TOKEN_BENCH[@]}" "${JFR_BENCH[@]}" "$@" | tee "$WORK/bench.out"
rc=${PIPESTATUS[0]}
set -e
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "--- the server exited during the run; last lines of its log:"
    tail -n 30 "$WORK/server.log"
fi
stop_server
echo "server stopped"

if grep -qE 'Exception|ERROR|SEVERE' "$WORK/server.log"; then
    echo "--- server log has errors (first 20 lines):"
    grep -E 'Exception|ERROR|SEVERE' "$WORK/server.log" | head -n 20
fi
echo "--- $(grep '^RESULT' "$WORK/bench.out" || echo 'RESULT none')"
exit "$rc"

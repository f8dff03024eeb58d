#!/usr/bin/env bash
# Multi-node benchmark: NODES nodes of our server on one throwaway PostgreSQL 15, clients spread over the
# nodes and events posted round-robin across them; then, in the same run, one node on PostgreSQL against
# one node on SQLite with the same clients and rate. Prints one table of the three runs.
#
#   bench/multinode.sh [CLIENTS_PER_NODE [RATE [EVENTS]]] [extra notify-bench options]
#
#   CLIENTS_PER_NODE=300, RATE=20 events/s, EVENTS=600 (measured; a warm-up comes first). The single-node
#   runs hold all NODES × CLIENTS_PER_NODE clients on their one node. Every run uses --topic bench.
#
# Builds nothing: expects bootstrap/target/websockets-notify.jar and bench/target/notify-bench.jar
# (mvn -B package -DskipTests), and Debian's PostgreSQL 15 in PG_BIN. Environment:
#   NODES=3           nodes in the multi-node run
#   SINGLE=1          also run the single-node comparison (PostgreSQL, then SQLite); 0 for the multi-node run only
#   PG_BIN            PostgreSQL binaries (default /usr/lib/postgresql/15/bin); as root they run as user postgres
#   PG_OPTS           extra postgres settings, e.g. "-c synchronous_commit=off" (default: none, durable commits
#                     like SQLite's synchronous=FULL)
#   JAVA_HOME         JDK for the nodes and the client (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   SERVER_OPTS       extra JVM options for every node;  BENCH_OPTS: for the benchmark client
#   OUT=DIR           keep each run's output there (default: a temporary directory, deleted unless KEEP=1)
#   KEEP=1            keep the temporary directory (PostgreSQL data and log, node logs, outputs)
set -euo pipefail

case ${1:-} in -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
PER_NODE=300 RATE=20 EVENTS=600
[[ ${1:-} =~ ^[0-9]+$ ]] && { PER_NODE=$1; shift; }
[[ ${1:-} =~ ^[0-9.]+$ ]] && { RATE=$1; shift; }
[[ ${1:-} =~ ^[0-9]+$ ]] && { EVENTS=$1; shift; }
EXTRA=("$@")

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
NODES=${NODES:-3} SINGLE=${SINGLE:-1}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SERVER_JAR="$ROOT/bootstrap/target/websockets-notify.jar"
BENCH_JAR="$ROOT/bench/target/notify-bench.jar"
TOTAL=$((NODES * PER_NODE))
for jar in "$SERVER_JAR" "$BENCH_JAR"; do
    [[ -f $jar ]] || { echo "missing $jar: build first (mvn -B package -DskipTests)" >&2; exit 2; }
done
[[ -x $PG_BIN/initdb ]] || { echo "no PostgreSQL in $PG_BIN (apt-get install -y postgresql)" >&2; exit 2; }

ulimit -n 30000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
WORK=$(mktemp -d "${TMPDIR:-/tmp}/notify-multinode.XXXXXX")
chmod 755 "$WORK" # the postgres user must reach its data directory inside
OUT=${OUT:-$WORK/out}
mkdir -p "$OUT" "$WORK/pg"
as_pg=() # PostgreSQL refuses to run as root
if [[ $(id -u) == 0 ]]; then
    chown postgres: "$WORK/pg"
    as_pg=(runuser -u postgres --)
fi

NODE_PIDS=() PG_STARTED=0
stop_nodes() { # SIGTERM (graceful stop) to all, up to 30 s, then SIGKILL
    local pid
    for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${NODE_PIDS[@]}"; do
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    NODE_PIDS=()
}
cleanup() {
    stop_nodes
    if ((PG_STARTED)); then
        "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [[ ${KEEP:-0} == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # a loopback port nothing listens on, from a random start
    local port=$((20000 + RANDOM % 30000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || [[ " ${USED_PORTS:-} " == *" $port "* ]]; do
        port=$((port + 1))
    done
    USED_PORTS="${USED_PORTS:-} $port"
    echo "$port"
}

PG_PORT=$(free_port)
"${as_pg[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
    >"$WORK/pg/initdb.log" 2>&1 || { cat "$WORK/pg/initdb.log" >&2; exit 1; }
PG_SETTINGS="-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/pg -c max_connections=200"
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "$PG_SETTINGS ${PG_OPTS:-}" start >/dev/null || { cat "$WORK/pg/server.log" >&2; exit 1; }
PG_STARTED=1
PG_PID=$(head -n 1 "$WORK/pg/data/postmaster.pid")
psql_admin() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 -c "$1"; }
psql_admin "CREATE USER notify PASSWORD 'notify'"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (pid $PG_PID)" \
    "${PG_OPTS:+with $PG_OPTS}"

pg_cpu_ticks() { # CPU of PostgreSQL: the postmaster, its ended children (cutime, cstime) and its live ones
    local stat line total=0
    local -a f
    for stat in /proc/[0-9]*/stat; do
        { line=$(<"$stat"); } 2>/dev/null || continue # the process may have ended
        read -ra f <<<"${line##*) }" # f[0] is field 3 (state): ppid f[1], utime f[11], stime f[12], cutime f[13]
        if [[ $stat == "/proc/$PG_PID/stat" ]]; then
            total=$((total + f[11] + f[12] + f[13] + f[14]))
        elif [[ ${f[1]} == "$PG_PID" ]]; then
            total=$((total + f[11] + f[12]))
        fi
    done
    echo "$total"
}

start_node() { # start_node NAME STORE: a node on a free port; appends its pid to NODE_PIDS, its URL to URLS
    local name=$1 store=$2 port env=()
    port=$(free_port)
    env=(SERVER_PORT="$port" NOTIFY_SIMULATOR_ENABLED=false)
    if [[ $store == sqlite ]]; then
        env+=(NOTIFY_STORE=sqlite NOTIFY_DB_PATH="$WORK/$name.db")
    else
        env+=(NOTIFY_STORE=postgres NOTIFY_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$store"
            NOTIFY_POSTGRES_USER=notify NOTIFY_POSTGRES_PASSWORD=notify)
    fi
    # shellcheck disable=SC2086 # SERVER_OPTS is a list of options
    env "${env[@]}" "$JAVA" ${SERVER_OPTS:-} -jar "$SERVER_JAR" >"$OUT/$name.log" 2>&1 &
    NODE_PIDS+=($!)
    URLS+=("http://127.0.0.1:$port")
}

await_ready() { # every node answers /observe/health/ready with 200 within 60 s
    local i deadline=$((SECONDS + 60))
    for i in "${!URLS[@]}"; do
        until [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' "${URLS[$i]}/observe/health/ready") == 200 ]]; do
            if ! kill -0 "${NODE_PIDS[$i]}" 2>/dev/null || ((SECONDS >= deadline)); then
                echo "node ${URLS[$i]} did not get ready:" >&2
                tail -n 30 "$OUT"/*.log >&2
                exit 1
            fi
            sleep 0.25
        done
    done
}

run_case() { # run_case NAME NODES STORE: NODES nodes on STORE (sqlite, or a new PostgreSQL database)
    local name=$1 count=$2 store=$3 i pg_before pg_after start rc
    URLS=()
    [[ $store == sqlite ]] || psql_admin "CREATE DATABASE $store OWNER notify"
    for i in $(seq 1 "$count"); do start_node "$name-node$i" "$store"; done
    await_ready
    echo "== $name: $count node(s) on $store, $TOTAL clients, $EVENTS events at $RATE/s (output $OUT/$name.out)"
    pg_before=$(pg_cpu_ticks) start=$SECONDS
    set +e
    # shellcheck disable=SC2086 # BENCH_OPTS is a list of options
    "$JAVA" ${BENCH_OPTS:-} -jar "$BENCH_JAR" --url "$(IFS=,; echo "${URLS[*]}")" \
        --pid "$(IFS=,; echo "${NODE_PIDS[*]}")" --clients "$TOTAL" --events "$EVENTS" --rate "$RATE" \
        --topic bench --id-prefix "$name-" "${EXTRA[@]}" >"$OUT/$name.out" 2>"$OUT/$name.err"
    rc=$?
    set -e
    pg_after=$(pg_cpu_ticks)
    [[ $store == sqlite ]] || PG_CPU[$name]=$(((pg_after - pg_before) * 1000 / $(getconf CLK_TCK)))
    grep -E '^(events|delivery latency|lost deliveries|duplicates|POST latency|server CPU/delivery|other processes)' \
        "$OUT/$name.out" | sed 's/^/  /' || true
    grep -h 'warm-up POSTs done' "$OUT/$name.err" | sed 's/^\[bench *[0-9.]*s\]/ /' || true
    [[ $store == sqlite ]] || echo "  PostgreSQL CPU ${PG_CPU[$name]} ms over the whole client run" \
        "($((SECONDS - start)) s: connect, warm-up and events)"
    grep -E 'Exception|ERROR|SEVERE' "$OUT/$name"-node*.log | head -n 5 | sed 's/^/  node log: /' || true
    stop_nodes
    ((rc == 0)) || { echo "the benchmark client failed (exit $rc):" >&2; tail -n 20 "$OUT/$name.err" >&2; exit 1; }
    RESULTS+=("$name $(grep '^RESULT' "$OUT/$name.out")")
}

figure() { # figure KEY RESULT-LINE
    grep -o " $1=[^ ]*" <<<"$2" | cut -d= -f2
}

declare -A PG_CPU
RESULTS=()
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "load $(cut -d' ' -f1-3 /proc/loadavg)"
run_case "pg-${NODES}nodes" "$NODES" notify_multi
if ((SINGLE)); then
    run_case pg-1node 1 notify_single
    run_case sqlite-1node 1 sqlite
fi

echo
printf '%-13s %7s %9s %9s %9s %9s %9s %5s %4s %6s %9s %8s %7s\n' run clients publish/s "POST p50" "POST p99" \
    "deliv p50" "deliv p99" lost dup order "CPU/deliv" "PG CPU" "other %"
for entry in "${RESULTS[@]}"; do
    name=${entry%% *} r=" ${entry#* }"
    printf '%-13s %7s %9s %6s ms %6s ms %6s ms %6s ms %5s %4s %6s %6s µs %5s ms %7s\n' "$name" \
        "$(figure connected "$r")" "$(figure publishes_per_s "$r")" "$(figure post_p50_ms "$r")" \
        "$(figure post_p99_ms "$r")" "$(figure p50_ms "$r")" "$(figure p99_ms "$r")" "$(figure lost "$r")" \
        "$(figure dup "$r")" "$(figure out_of_order "$r")" "$(figure cpu_us_per_delivery "$r")" \
        "${PG_CPU[$name]:--}" "$(figure other_load_pct "$r")"
done
echo "(delivery: from the POST being sent to receipt, over all clients and nodes; CPU/deliv: the nodes' CPU in"
echo " the event phase per delivery; PG CPU: PostgreSQL over the whole client run; other%: processes other than"
echo " the nodes and the client, PostgreSQL included, in % of one core during the event phase)"
for entry in "${RESULTS[@]}"; do
    r=" ${entry#* }"
    if [[ $(figure lost "$r") != 0 || $(figure dup "$r") != 0 || $(figure out_of_order "$r") != 0 ]]; then
        echo "FAILED: ${entry%% *} lost, duplicated or reordered deliveries" >&2
        exit 1
    fi
done

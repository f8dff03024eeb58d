#!/usr/bin/env bash
# Ours against the Node.js `ws` baseline (bench/node/server.js), alternately, with the same client; prints
# one table of medians and ours/Node ratios.
#
#   bench/compare.sh [SCENARIO...]       scenarios a b c d e (default: all of them)
#
#   a  1,000 clients × 200 events at 50/s: server CPU per delivery, delivery p50/p99, deliveries/s, lost
#   b  1,000 clients at a fixed high open-loop rate (B_RATE=200/s, B_EVENTS=1000: 200,000 deliveries/s
#      offered): deliveries/s and CPU per delivery, at or past what a server sustains
#   c  1,000 clients connecting with 200 handshakes in flight, to a server that served 1,000 before: total time,
#      handshake p50/p99 (every run of a also shows the connect to a freshly started server)
#   d  10,000 idle connections held: RSS growth per connection
#   e  ours only: 10,000 clients disconnect, E_MISSED=20 events are published, all reconnect at once with
#      since=<their last seq>: time until all resumed, lost, duplicated
#
# Builds nothing: run `mvn -q -B package -DskipTests` first. Environment:
#   ROUNDS=2         runs of each server per scenario, alternating ours, Node, ours, Node, ...
#   PORT=5090        port of the server under test
#   MAX_OTHER=40     rerun (up to RETRIES=2 times) a run of a, b or c during whose measured phase (c: the connect)
#                    other processes took more than this % of one core; the last try is kept, and the table
#                    shows every kept run's load
#   OUT=DIR          where each run's output and results.txt go (default: a new temporary directory, kept)
#   WS_VERSION, NODE_WS_DIR, JAVA_HOME, SERVER_OPTS, SERVER_JAR: as for bench/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
ROUNDS=${ROUNDS:-2} PORT=${PORT:-5090} MAX_OTHER=${MAX_OTHER:-40} RETRIES=${RETRIES:-2}
B_RATE=${B_RATE:-200} B_EVENTS=${B_EVENTS:-1000} E_MISSED=${E_MISSED:-20}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/notify-compare.XXXXXX")}
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"
: >"$RESULTS"
SCENARIOS=("$@")
((${#SCENARIOS[@]})) || SCENARIOS=(a b c d e)

# scenario -> title, figures shown, servers, run.sh arguments
declare -A TITLE FIGURES SERVERS ARGS
TITLE[a]="1,000 clients × 200 events at 50/s"
FIGURES[a]="cpu_us_per_delivery sys_us_per_delivery jit_us_per_delivery p50_ms p99_ms deliveries_per_s lost dup other_load_pct connect_s hs_p50_ms hs_p99_ms hs_server_cpu_us connect_other_load_pct"
ARGS[a]="1000 200 50 --topic bench"
TITLE[b]="1,000 clients, $B_EVENTS events at $B_RATE/s (open loop, fixed high rate)"
FIGURES[b]="deliveries_per_s cpu_us_per_delivery p50_ms p99_ms lost dup other_load_pct"
ARGS[b]="1000 $B_EVENTS $B_RATE --topic bench --wait 180"
TITLE[c]="1,000 clients connecting, 200 handshakes in flight, warm server"
FIGURES[c]="connect_s hs_p50_ms hs_p99_ms hs_server_cpu_us connected connect_other_load_pct"
ARGS[c]="1000 1 10 --topic bench --connect-warmup 1000 --warmup 0 --warmup-posts 0 --settle-ms 500"
TITLE[d]="10,000 idle connections held"
FIGURES[d]="rss_kib_per_conn rss_gc_kib_per_conn connected connect_s"
ARGS[d]="10000 5 5 --topic bench --warmup 0 --warmup-posts 0 --rss-gc"
TITLE[e]="10,000 clients reconnect at once with since= after $E_MISSED missed events (ours only)"
FIGURES[e]="reconnected reconnect_s resumed_s rc_hs_p50_ms rc_hs_p99_ms rc_lost rc_dup rc_out_of_order rc_server_cpu_ms rc_other_load_pct"
ARGS[e]="10000 20 10 --topic bench --resume-missed $E_MISSED --wait 120"
for s in a b c d; do SERVERS[$s]="java node"; done
SERVERS[e]="java"

other_load() { # figure $2 (other processes' load) of the RESULT line in $1, 0 when unknown
    local v
    v=$(grep -a '^RESULT' "$1" | grep -o " $2=[0-9]*" | head -n 1 | cut -d= -f2)
    echo "${v:-0}"
}

echo "comparison of ours and Node ws; outputs in $OUT"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)," \
    "$("$JAVA" -version 2>&1 | head -n 1), node $(node --version)"
for s in "${SCENARIOS[@]}"; do
    [[ -n ${TITLE[$s]:-} ]] || { echo "unknown scenario $s (a b c d e)" >&2; exit 2; }
    echo "TITLE $s ${TITLE[$s]}  (bench/run.sh ${ARGS[$s]})" >>"$RESULTS"
    echo "FIGURES $s ${FIGURES[$s]}" >>"$RESULTS"
    for round in $(seq 1 "$ROUNDS"); do
        for server in ${SERVERS[$s]}; do
            run="$OUT/$s-$server-$round.out"
            for try in $(seq 0 "$RETRIES"); do
                echo "($s) $server, run $round$( ((try == 0)) || echo ", again"): bench/run.sh ${ARGS[$s]}"
                # shellcheck disable=SC2086 # ARGS is a list of arguments
                SERVER=$server PORT=$PORT "$ROOT/bench/run.sh" ${ARGS[$s]} >"$run" 2>&1 || true
                if ! grep -aq '^RESULT' "$run"; then
                    echo "  no RESULT line (kept as $run.failed-$try):"
                    grep -a -A3 -E 'no client connected|exited|error' "$run" | head -n 8 | sed 's/^/    /'
                    cp "$run" "$run.failed-$try"
                    continue
                fi
                load=$(other_load "$run" "$([[ $s == c ]] && echo connect_other_load_pct || echo other_load_pct)")
                if [[ $s == [abc] ]] && ((load > MAX_OTHER && try < RETRIES)); then
                    echo "  other processes took $load % of a core: running it again"
                    sleep 10
                    continue
                fi
                break
            done
            grep -aE '^(RESULT|RESUME)' "$run" | sed 's/^/  /' || true
            # one line per run: the RESULT line, followed by the RESUME line of scenario e
            echo "RUN $s $server $(grep -aE '^(RESULT|RESUME)' "$run" | tr '\n' ' ')" >>"$RESULTS"
        done
    done
done
echo
"$JAVA" -cp "$ROOT/bench/target/notify-bench.jar" io.wsnotify.bench.CompareTable "$RESULTS" | tee "$OUT/table.txt"

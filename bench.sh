#!/usr/bin/env bash
# The benchmark of issue 10: this machine's limits first, then every figure of the system, compared with them.
#   ./bench.sh            the full run (about 12 minutes)
#   ./bench.sh --quick    a smaller version (under 5 minutes)
#   ./bench.sh [--quick] --only FIGURES   only these parts, comma-separated: limits, consumer, lists, reports,
#                         month (for profiling one figure; the table then has only their rows, and ratios to limits
#                         not measured are "-")
# It runs on databases and topics of its own (task<suffix>, evaluation<suffix>, created when missing; topics
# bench-*-<run>), never the demo's, and starts its own instances of task-service and evaluation-service on
# BENCH_PORT_BASE+1..3 (management +100); the province-size month is evaluation-service/bench/month.sh's, on
# evaluation<suffix>_month and BENCH_PORT_BASE+41 and +43. It asserts nothing and always exits 0 once it has measured:
# a benchmark, not a test (never part of CI). The table and one "BENCH <name> <value> <unit> <ratio>" line per figure
# go to stdout; everything else to .data/bench/<run>/. See docs/benchmarks.md.
# Environment: BENCH_PORT_BASE (default 20000), BENCH_DB_SUFFIX (default _bench), SNV_PORT_BASE (a running
# ./run.sh system whose services' memory is reported; default 8080).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

QUICK=0
ONLY="limits,consumer,lists,reports,month"
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --only) ONLY="${2:?--only needs a list: limits,consumer,lists,reports,month}"; shift ;;
    *) echo "usage: $0 [--quick] [--only limits,consumer,lists,reports,month]" >&2; exit 2 ;;
  esac
  shift
done
want() { [[ ",$ONLY," == *",$1,"* ]]; }
BASE="${BENCH_PORT_BASE:-20000}"
SUFFIX="${BENCH_DB_SUFFIX:-_bench}"
RUN="$(date -u +%Y%m%dT%H%M%S)"
OUT="$DATA_DIR/bench/$RUN"
mkdir -p "$OUT"
if [ "$QUICK" = 1 ]; then
  PG_SECONDS=8; WRK_SECONDS=8; REPORT_SECONDS=15; KAFKA_RECORDS=300000; EVENTS=90000; TASKS=200000; REPORTS=60000
  MONTH_UNITS=250; MONTH_SIZE=(MONTH_XMX=1g MONTH_REPEAT=3 MONTH_READERS=10)
else
  PG_SECONDS=20; WRK_SECONDS=20; REPORT_SECONDS=30; KAFKA_RECORDS=1000000; EVENTS=300000; TASKS=1000000; REPORTS=150000
  MONTH_UNITS=2500; MONTH_SIZE=(MONTH_XMX=8g MONTH_REPEAT=5 MONTH_READERS=30)
fi
TASK_DB="task$SUFFIX"; EVAL_DB="evaluation$SUFFIX"
TASK_PORT=$((BASE + 2)); EVAL_PORT=$((BASE + 3)); EVAL2_PORT=$((BASE + 1))
PIDS=()
declare -A ROWS

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# --- set-up --------------------------------------------------------------------------------------------------------
command -v wrk >/dev/null || { say "installing wrk (Debian package)"; apt-get update -qq >/dev/null;
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || fail "pgbench is needed (Debian: postgresql-client)"
"$ROOT/scripts/infra.sh" up >/dev/null

jar_stale() { [ ! -f "$1/target/quarkus-app/quarkus-run.jar" ] \
  || [ -n "$(find "$1/src/main" "$1/pom.xml" common/src/main -newer "$1/target/quarkus-app/quarkus-run.jar" -type f -print -quit)" ]; }
if jar_stale task-service || jar_stale evaluation-service || [ ! -f evaluation-service/target/bench.cp ] \
   || [ ! -d evaluation-service/target/test-classes/vn/hungyen/snv/evaluation/bench ]; then
  say "packaging task-service and evaluation-service (no install)"
  "$MVN" -B -o -q package -DskipTests -pl common,task-service,evaluation-service >"$OUT/build.log" 2>&1 \
    || fail "the build failed: $OUT/build.log"
  "$MVN" -B -o -q -pl evaluation-service dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
    -Dmdep.includeScope=test >>"$OUT/build.log" 2>&1 || fail "no classpath for the benchmark client: $OUT/build.log"
fi
KAFKA_CP="$("$ROOT/scripts/kafka.sh" classpath)"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -qAt "$@"; else psql -h 127.0.0.1 -U postgres -qAt "$@"; fi; }
for pair in "task:$TASK_DB" "evaluation:$EVAL_DB"; do
  owner="${pair%%:*}" db="${pair#*:}"
  [ "$(as_postgres -c "select 1 from pg_database where datname = '$db'")" = 1 ] \
    || as_postgres -c "CREATE DATABASE $db OWNER $owner"
done
task_sql() { PGPASSWORD=task psql -h 127.0.0.1 -U task -d "$TASK_DB" -qAt "$@"; }
eval_sql() { PGPASSWORD=evaluation psql -h 127.0.0.1 -U evaluation -d "$EVAL_DB" -qAt "$@"; }

topic() { java -cp "$KAFKA_CP" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --create \
  --if-not-exists --topic "$1" --partitions 6 --replication-factor 1 >/dev/null 2>&1; }
RELAY_TOPIC="bench-task-events-$RUN"; CONSUMER_TOPIC="bench-consumer-$RUN"; SCALE_TOPIC="bench-consumer2-$RUN"
PERF_TOPIC="bench-kafka-perf-$RUN"
for t in "$RELAY_TOPIC" "$CONSUMER_TOPIC" "$SCALE_TOPIC" "$PERF_TOPIC"; do topic "$t"; done

# The services as run.sh starts them (the same JVM settings), on the benchmark's databases and topics.
start_service() { # module port database topic group clean log; sets STARTED to the process id
  local module="$1" port="$2"
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT=$((port + 100)) \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$3" \
  QUARKUS_FLYWAY_CLEAN_AT_START="$6" QUARKUS_FLYWAY_CLEAN_DISABLED=false \
  APP_OUTBOX_TOPIC="$4" MP_MESSAGING_INCOMING_TASK_EVENTS_TOPIC="$4" \
  MP_MESSAGING_INCOMING_TASK_EVENTS_GROUP_ID="$5" \
  MP_MESSAGING_INCOMING_TASK_EVENTS_DEAD_LETTER_QUEUE_TOPIC="$4-dlq" \
  EVALUATION_CONSUMER_INSTANCE_ID="$5-$port" APP_SECURITY_REVOCATIONS_TOPIC="bench-revocations-$RUN" \
  PLAN_SERVICE_URL="http://127.0.0.1:9" APP_DATA_DIR="$DATA_DIR" MALLOC_ARENA_MAX=2 \
    nohup java $SERVICE_JAVA_OPTS -Dquarkus.profile=prod -jar "$module/target/quarkus-app/quarkus-run.jar" \
    >"$OUT/$7.log" 2>&1 </dev/null &
  STARTED=$!
  PIDS+=("$STARTED")
}
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }
await_ready() { wait_for "$1" 180 ready $(($2 + 100)) || fail "$1 did not start; see $OUT"; }
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
peak_mb() { awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
num() { awk -v v="$1" 'BEGIN { printf "%.1f", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }'; }

# row NAME VALUE UNIT LIMIT_TEXT LIMIT_VALUE GOAL MET
row() { ROWS["$1"]="$1|$2|$3|$4|$5|$6|$7"; ORDER+=("$1"); }
ORDER=()

say "run $RUN ($([ "$QUICK" = 1 ] && echo quick || echo full)); load average $(cut -d' ' -f1-3 /proc/loadavg); logs in $OUT"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- services --------------------------------------------------------------------------------------------------------
if want limits || want lists || want reports; then
start_service task-service "$TASK_PORT" "$TASK_DB" "$RELAY_TOPIC" "bench-$RUN" true task-service; TASK_PID=$STARTED
await_ready task-service "$TASK_PORT"
fi

# --- limits: PostgreSQL ---------------------------------------------------------------------------------------------
PG_SINGLE=0 PG_BATCH_ROWS=0 KAFKA_PRODUCE=0 KAFKA_CONSUME=0
pgb() { PGPASSWORD=task pgbench -h 127.0.0.1 -U task -n -M prepared -T "$PG_SECONDS" "$@" "$TASK_DB" 2>&1; }
tps() { awk '/^tps = / { printf "%.0f", $3 }'; }
if want limits; then
task_sql -f bench/sql/setup.sql
say "limit: pgbench single-row write transactions, 32 clients"
PG_SINGLE=$(pgb -c 32 -j 2 -f bench/sql/single-row.sql | tee "$OUT/pgbench-single.txt" | tps)
say "limit: pgbench batched insert (1,000 rows per statement), 2 clients"
PG_BATCH_TPS=$(pgb -c 2 -j 2 -f bench/sql/batched-insert.sql | tee "$OUT/pgbench-batch.txt" | tps)
PG_BATCH_ROWS=$((PG_BATCH_TPS * 1000))
task_sql -c "DROP TABLE bench_single, bench_batch"

# --- limits: Kafka ----------------------------------------------------------------------------------------------------
say "limit: Kafka producer ($KAFKA_RECORDS records of 200 bytes, acks=all)"
java -Xmx256m -cp "$KAFKA_CP" org.apache.kafka.tools.ProducerPerformance --topic "$PERF_TOPIC" \
  --num-records "$KAFKA_RECORDS" --record-size 200 --throughput -1 \
  --producer-props bootstrap.servers=127.0.0.1:9092 acks=all linger.ms=20 batch.size=131072 >"$OUT/kafka-producer.txt" 2>&1
KAFKA_PRODUCE=$(awk -F'[(,]' '/records sent.*99.9th/ { gsub(/ records\/sec/, "", $2); printf "%.0f", $2 }' "$OUT/kafka-producer.txt")
say "limit: Kafka consumer"
java -Xmx256m -cp "$KAFKA_CP" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server 127.0.0.1:9092 \
  --topic "$PERF_TOPIC" --messages "$KAFKA_RECORDS" --group "bench-perf-$RUN" >"$OUT/kafka-consumer.txt" 2>&1
# start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms,
# fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec: the rate once the group has joined
KAFKA_CONSUME=$(awk -F', *' 'NF >= 10 && $1 ~ /^[0-9]/ { v = $10 } END { printf "%.0f", v }' "$OUT/kafka-consumer.txt")
fi

# --- consumer from a backlog -------------------------------------------------------------------------------------------
if want consumer; then
# The backlog is on the topic before the consumers start, as after an outage or for a recompute.
BENCH_CP="evaluation-service/target/test-classes:evaluation-service/target/classes:$(cat evaluation-service/target/bench.cp)"
bench_client() { java -Xmx512m -cp "$BENCH_CP" vn.hungyen.snv.evaluation.bench.ConsumerBenchmark "$@"; }
consumer_figure() { # label: waits until the backlog is stored, prints the CONSUMER line
  bench_client await "$EVENTS" "jdbc:postgresql://127.0.0.1:5432/$EVAL_DB" >"$OUT/consumer-$1.txt" 2>&1 || true
  grep '^CONSUMER' "$OUT/consumer-$1.txt" | tail -1
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
all_applied() { [ "$(field events "$1")" = "$EVENTS" ] && [ -n "$(field tasks "$1")" ] \
  && [ "$(field tasks "$1")" = "$(field newest "$1")" ] && echo yes || echo no; }
say "consumer: publishing a backlog of $EVENTS events, twice (one and two instances)"
bench_client publish "$CONSUMER_TOPIC" "$EVENTS" >"$OUT/publish-one.txt" 2>&1
bench_client publish "$SCALE_TOPIC" "$EVENTS" >"$OUT/publish-two.txt" 2>&1
say "consumer: one evaluation-service drains the backlog"
start_service evaluation-service "$EVAL_PORT" "$EVAL_DB" "$CONSUMER_TOPIC" "bench-evaluation-$RUN" true evaluation-service
EVAL_PID=$STARTED
await_ready evaluation-service "$EVAL_PORT"
C1=$(consumer_figure one)
C1_RATE=$(field rate "$C1"); C1_RATE=${C1_RATE:-0}; C1_OK=$(all_applied "$C1")
sleep 10
EVAL_IDLE=$(rss_mb "$EVAL_PID"); EVAL_LOAD=$(peak_mb "$EVAL_PID")
kill "$EVAL_PID"; wait "$EVAL_PID" 2>/dev/null || true

say "scale-out: two evaluation-service instances, one consumer group, drain the other backlog"
eval_sql -c "truncate task_event, task_fact"
start_service evaluation-service "$EVAL_PORT" "$EVAL_DB" "$SCALE_TOPIC" "bench-evaluation2-$RUN" false evaluation-1
E1=$STARTED
start_service evaluation-service "$EVAL2_PORT" "$EVAL_DB" "$SCALE_TOPIC" "bench-evaluation2-$RUN" false evaluation-2
E2=$STARTED
await_ready evaluation-service "$EVAL_PORT"
await_ready "evaluation-service (2)" "$EVAL2_PORT"
C2=$(consumer_figure two)
C2_RATE=$(field rate "$C2"); C2_RATE=${C2_RATE:-0}; C2_OK=$(all_applied "$C2")
E1_LOAD=$(peak_mb "$E1"); E2_LOAD=$(peak_mb "$E2")
kill "$E1" "$E2"; wait "$E1" "$E2" 2>/dev/null || true
fi

# --- 1,000,000 tasks, lists at 16 connections -------------------------------------------------------------------------
if want lists || want reports; then
say "loading $TASKS tasks (+ $REPORTS open tasks for the completion reports)"
(cd task-service/bench && PGPASSWORD=task psql -h 127.0.0.1 -U task -d "$TASK_DB" -q -v tasks="$TASKS" \
  -v reports="$REPORTS" -f load-tasks.sql) >"$OUT/load-tasks.txt" 2>&1
OFFICER=$(task-service/bench/jwt.sh officer.cchc.2 officer 50 CCHC)
HEAD=$(task-service/bench/jwt.sh head.cchc head 47 CCHC)
URL="http://127.0.0.1:$TASK_PORT"
fi
wrk_run() { # name token path
  wrk -t2 -c16 -d5s --timeout 10s -H "Authorization: Bearer $2" "$URL$3" >/dev/null 2>&1
  wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 10s --latency -H "Authorization: Bearer $2" "$URL$3" >"$OUT/wrk-$1.txt" 2>&1
}
wrk_rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$OUT/wrk-$1.txt"; }
wrk_p99() { awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) }
  else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 }; printf "%.1f", v }' "$OUT/wrk-$1.txt"; }
wrk_errors() { awk '/Non-2xx|Socket errors/ { print "errors" }' "$OUT/wrk-$1.txt" | head -1; }
want lists && for list in "my-tasks:$OFFICER:/api/tasks?size=20" "open-only:$OFFICER:/api/tasks?open=true&size=20" \
            "overdue-unit:$HEAD:/api/tasks?unit=CCHC&overdue=true&size=20" "unit-board:$HEAD:/api/tasks?unit=CCHC&open=true&size=20"; do
  name="${list%%:*}"; rest="${list#*:}"; token="${rest%%:*}"; path="${rest#*:}"
  say "list $name: wrk and pgbench with the same SQL, 16 connections"
  wrk_run "$name" "$token" "$path"
  sql_tps=$(pgb -c 16 -j 2 -f "bench/sql/list-$name.sql" | tee "$OUT/pgbench-list-$name.txt" | tps)
  rps=$(wrk_rps "$name"); p99=$(wrk_p99 "$name")
  met=$(awk -v p="${p99:-0}" -v r="${rps:-0}" -v s="${sql_tps:-0}" 'BEGIN { print (r > 0 && p < 50 && r >= 0.5 * s) ? "yes" : "no" }')
  [ -z "$(wrk_errors "$name")" ] || met="no (errors)"
  row "list-$name" "$rps" "req/s (p99 $p99 ms)" "pgbench same SQL" "$sql_tps" "p99<50ms, >=50%" "$met"
done

# --- completion reports end to end -------------------------------------------------------------------------------------
if want reports; then
say "completion reports: 32 connections for ${REPORT_SECONDS}s, API -> PostgreSQL -> outbox -> Kafka"
FIRST=$(task_sql -c "select min(id) from task where title like 'Nhiệm vụ để báo cáo%'")
task_sql -c "truncate outbox_event"
TOKEN=$(task-service/bench/jwt.sh officer.cchc.1 officer 49 CCHC) FIRST_TASK="$FIRST" PER_THREAD=$((REPORTS / 2)) \
  wrk -t2 -c32 -d"${REPORT_SECONDS}s" --timeout 10s --latency -s task-service/bench/submit.lua "$URL" >"$OUT/wrk-reports.txt" 2>&1
TASK_LOAD=$(peak_mb "$TASK_PID")
wait_for "the outbox to empty" 120 bash -c "[ \"\$(PGPASSWORD=task psql -h 127.0.0.1 -U task -d $TASK_DB -qAt -c 'select count(*) from outbox_event where published_at is null')\" = 0 ]" || true
read -r REPORTS_DONE REPORT_RATE WAIT_P99 WAIT_MAX <<<"$(task_sql -F ' ' -c "
  select count(*), round(count(*) / greatest(extract(epoch from max(published_at) - min(created_at)), 0.001)),
         round(1000 * extract(epoch from percentile_cont(0.99) within group (order by published_at - created_at))),
         round(1000 * extract(epoch from max(published_at - created_at)))
  from outbox_event where type = 'TaskSubmitted' and published_at is not null")"
REPORT_ERRORS=$(awk '/Non-2xx/ { print $5 }' "$OUT/wrk-reports.txt"); REPORT_ERRORS=${REPORT_ERRORS:-0}
fi
if want lists || want reports; then
TASK_LOAD=$(peak_mb "$TASK_PID")
sleep 10
TASK_IDLE=$(rss_mb "$TASK_PID")
fi

# --- a province-size month in the running service ------------------------------------------------------------------
# evaluation-service/bench/month.sh: MONTH_UNITS units of 20 officers with 20 products each, read cold, again, after
# one new event, and published, on its database evaluation<suffix>_month and ports BENCH_PORT_BASE+41 and +43; its
# BENCH lines become rows here.
if want month; then
say "a province-size month: $((MONTH_UNITS * 20)) officers, ${MONTH_SIZE[*]} (evaluation-service/bench/month.sh)"
env MONTH_UNITS="$MONTH_UNITS" "${MONTH_SIZE[@]}" BENCH_PORT_BASE=$((BASE + 40)) BENCH_DB_SUFFIX="${SUFFIX}_month" \
  evaluation-service/bench/month.sh >"$OUT/month.txt" 2>&1 || say "month.sh failed: $OUT/month.txt"
fi
month_ms() { awk -v n="$1" '$1 == "BENCH" && $2 == n { print $3 }' "$OUT/month.txt"; }

# --- memory -----------------------------------------------------------------------------------------------------------
RUNNING_RSS=""
SYSTEM_RUN_DIR="$DATA_DIR/run/${SNV_PORT_BASE:-8080}"
for s in web-ui plan-service task-service evaluation-service; do
  if [ -f "$SYSTEM_RUN_DIR/$s.pid" ] && kill -0 "$(cat "$SYSTEM_RUN_DIR/$s.pid")" 2>/dev/null; then
    RUNNING_RSS="$RUNNING_RSS $s=$(rss_mb "$(cat "$SYSTEM_RUN_DIR/$s.pid")")"
  fi
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- the table ----------------------------------------------------------------------------------------------------------
yesno() { awk "BEGIN { print ($1) ? \"yes\" : \"no\" }"; }
if want consumer; then
row consumer "$C1_RATE" "events/s" "Kafka consume" "$KAFKA_CONSUME" ">=20000/s" "$(yesno "$C1_RATE >= 20000")$([ "$C1_OK" = yes ] || echo ' (not all applied)')"
row consumer-vs-pg "$C1_RATE" "events/s" "pgbench batched rows/s" "$PG_BATCH_ROWS" "-" "-"
row consumer-2-instances "$C2_RATE" "events/s" "one instance" "$C1_RATE" "more than one" "$(yesno "$C2_RATE > $C1_RATE")$([ "$C2_OK" = yes ] || echo ' (not all applied)')"
fi
want reports && row reports "${REPORT_RATE:-0}" "reports/s" "pgbench single-row tps" "$PG_SINGLE" ">=2000/s, >=25%" "$(yesno "${REPORT_RATE:-0} >= 2000 && ${REPORT_RATE:-0} >= 0.25 * $PG_SINGLE")$([ "$REPORT_ERRORS" = 0 ] || echo " ($REPORT_ERRORS non-2xx)")"
want reports && row outbox-wait-p99 "${WAIT_P99:-0}" "ms (max ${WAIT_MAX:-0})" "goal" 1000 "<1000ms" "$(yesno "${WAIT_P99:-99999} < 1000")"
if want lists || want reports; then
row memory-task-idle "$TASK_IDLE" "MB RSS, after load" "goal" 256 "<256MB" "$(yesno "$TASK_IDLE < 256")"
row memory-task-load "$TASK_LOAD" "MB peak RSS" "goal" 384 "<384MB" "$(yesno "$TASK_LOAD < 384")"
fi
if want consumer; then
row memory-evaluation-idle "$EVAL_IDLE" "MB RSS, after load" "goal" 256 "<256MB" "$(yesno "$EVAL_IDLE < 256")"
row memory-evaluation-load "$EVAL_LOAD" "MB peak RSS" "goal" 384 "<384MB" "$(yesno "$EVAL_LOAD < 384")"
row memory-evaluation-2-load "$(( E1_LOAD > E2_LOAD ? E1_LOAD : E2_LOAD ))" "MB peak RSS" "goal" 384 "<384MB" "$(yesno "$E1_LOAD < 384 && $E2_LOAD < 384")"
fi
if want month; then
# the goals are for 50,000 officers: a smaller month (--quick) is measured, not judged
month_met() { if [ "$MONTH_UNITS" -ge 2500 ]; then yesno "$1"; else echo "- (size)"; fi; }
for figure in month-page-cold month-dashboard-cold; do
  v=$(month_ms "$figure"); row "$figure" "${v:-0}" "ms" "goal" 5000 "<5000ms" "$(month_met "${v:-0} > 0 && ${v:-0} < 5000")"
done
for figure in month-page-warm month-dashboard-warm; do
  v=$(month_ms "$figure"); row "$figure" "${v:-0}" "ms (nothing changed)" "goal" 200 "<200ms" "$(month_met "${v:-0} > 0 && ${v:-0} < 200")"
done
v=$(month_ms month-page-after-one-event); row month-page-after-event "${v:-0}" "ms (median)" "-" 0 "-" "-"
v=$(month_ms published-page); row month-published-page "${v:-0}" "ms" "goal" 100 "<100ms" "$(month_met "${v:-0} > 0 && ${v:-0} < 100")"
v=$(month_ms month-rss-peak); row memory-month-peak "${v:-0}" "MB peak RSS" "-" 0 "-" "-"
fi
if want limits; then
row limit-pg-single "$PG_SINGLE" "tps" "-" 0 "-" "-"
row limit-pg-batched "$PG_BATCH_ROWS" "rows/s" "-" 0 "-" "-"
row limit-kafka-produce "$KAFKA_PRODUCE" "records/s" "-" 0 "-" "-"
row limit-kafka-consume "$KAFKA_CONSUME" "records/s" "-" 0 "-" "-"
fi

echo
echo "Benchmark $RUN ($([ "$QUICK" = 1 ] && echo quick || echo full)) on $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
echo "consumer events: $EVENTS; tasks: $TASKS (+$REPORTS to report); completion reports answered: ${REPORTS_DONE:-0}; month: $(want month && echo $((MONTH_UNITS * 20)) || echo 0) officers x 20 products"
[ -z "$RUNNING_RSS" ] || echo "running system (port base ${SNV_PORT_BASE:-8080}) RSS MB:$RUNNING_RSS"
printf '| %-26s | %12s | %-20s | %-24s | %10s | %7s | %-16s | %-8s |\n' figure value unit "compared with" limit ratio goal met
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..28})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..22})" \
  "$(printf -- '-%.0s' {1..26})" "$(printf -- '-%.0s' {1..12})" "$(printf -- '-%.0s' {1..9})" "$(printf -- '-%.0s' {1..18})" "$(printf -- '-%.0s' {1..10})"
for name in "${ORDER[@]}"; do
  IFS='|' read -r n v u lt lv g m <<<"${ROWS[$name]}"
  printf '| %-26s | %12s | %-20s | %-24s | %10s | %7s | %-16s | %-8s |\n' "$n" "$v" "$u" "$lt" "$lv" "$(ratio "$v" "$lv")" "$g" "$m"
done
echo
for name in "${ORDER[@]}"; do
  IFS='|' read -r n v u lt lv g m <<<"${ROWS[$name]}"
  echo "BENCH $n $v ${u%% *} $(ratio "$v" "$lv")"
done

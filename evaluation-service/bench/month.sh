#!/usr/bin/env bash
# A province-size month in the running evaluation-service (issue 10): MONTH_UNITS units of 20 officers (default 2,500:
# 50,000 officers) with 20 products each (1,000,000 tasks, 3,000,000 events) in a database of its own
# (evaluation<BENCH_DB_SUFFIX>, default evaluation_bench_month), the directory served by plan-directory.py. Prints the
# time of the unpublished month's first read (cold: one unit's officers, i.e. a page, and the dashboard), of the reads
# when nothing changed (warm, median of MONTH_REPEAT, default 10), after one new event (median of MONTH_REPEAT, a new
# event before each; and whether the first one's officer's product lists it: never a stale kept month), and of a page
# of the published month (median of MONTH_REPEAT), and of MONTH_READERS (default 30) pages asked for at once after
# one new event. A benchmark, not a test: it asserts nothing. Ports BENCH_PORT_BASE+1 (directory) and
# +3 (the service; default base 20040); JVM settings MONTH_JAVA_OPTS (default PROVINCE_JAVA_OPTS of scripts/lib.sh, a
# province's; SERVICE_JAVA_OPTS for a department's) and heap MONTH_XMX (default 8g, -Xms as -Xmx); transaction timeout MONTH_TX_TIMEOUT (default
# 900s: a cold province-size month takes longer than the service's 60 s). MONTH_APP: another build's quarkus-app
# directory (a baseline) instead of this worktree's; MONTH_JFR=1: a JFR profile of the whole run (month.jfr),
# MONTH_JFR=changes: of the reads after one new event only (changes.jfr).
# Logs in .data/bench/month-<run>/. See docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
cd "$ROOT"

BASE="${BENCH_PORT_BASE:-20040}"
SUFFIX="${BENCH_DB_SUFFIX:-_bench_month}"
UNITS="${MONTH_UNITS:-2500}"
MONTH="${BENCH_MONTH:-2026-10}"
DB="evaluation$SUFFIX"
PLAN_PORT=$((BASE + 1)); EVAL_PORT=$((BASE + 3))
RUN="$(date -u +%Y%m%dT%H%M%S)"
OUT="$DATA_DIR/bench/month-$RUN"
mkdir -p "$OUT"
PIDS=()
cleanup() { local pid; for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

jar="${MONTH_APP:-evaluation-service/target/quarkus-app}/quarkus-run.jar"
if [ -z "${MONTH_APP:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find evaluation-service/src/main common/src/main -newer "$jar" -type f -print -quit)" ]; }; then
  say "packaging evaluation-service (no install)"
  "$MVN" -B -o -q package -DskipTests -pl common,evaluation-service >"$OUT/build.log" 2>&1 \
    || fail "the build failed: $OUT/build.log"
fi
JFR=()
if [ "${MONTH_JFR:-0}" = 1 ]; then JFR=(-XX:StartFlightRecording=filename="$OUT/month.jfr",settings=profile,dumponexit=true); fi
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -qAt "$@"; else psql -h 127.0.0.1 -U postgres -qAt "$@"; fi; }
[ "$(as_postgres -c "select 1 from pg_database where datname = '$DB'")" = 1 ] \
  || as_postgres -c "CREATE DATABASE $DB OWNER evaluation"
sql() { PGPASSWORD=evaluation psql -h 127.0.0.1 -U evaluation -d "$DB" -qAt "$@"; }

say "directory of $UNITS units on :$PLAN_PORT; evaluation-service on :$EVAL_PORT ($DB); load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 evaluation-service/bench/plan-directory.py "$PLAN_PORT" "$UNITS" >"$OUT/plan-directory.log" 2>&1 &
PIDS+=("$!")
QUARKUS_HTTP_PORT="$EVAL_PORT" QUARKUS_MANAGEMENT_PORT=$((EVAL_PORT + 100)) \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
QUARKUS_FLYWAY_CLEAN_AT_START=true QUARKUS_FLYWAY_CLEAN_DISABLED=false \
MP_MESSAGING_INCOMING_TASK_EVENTS_TOPIC="bench-month-$RUN" MP_MESSAGING_INCOMING_TASK_EVENTS_GROUP_ID="bench-month-$RUN" \
MP_MESSAGING_INCOMING_TASK_EVENTS_DEAD_LETTER_QUEUE_TOPIC="bench-month-$RUN-dlq" \
APP_SECURITY_REVOCATIONS_TOPIC="bench-revocations-month-$RUN" \
PLAN_SERVICE_URL="http://127.0.0.1:$PLAN_PORT" QUARKUS_REST_CLIENT_PLAN_READ_TIMEOUT=60000 \
QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT="${MONTH_TX_TIMEOUT:-900s}" \
APP_DATA_DIR="$DATA_DIR" MALLOC_ARENA_MAX=2 \
  nohup java ${MONTH_JAVA_OPTS:-$PROVINCE_JAVA_OPTS} -Xms"${MONTH_XMX:-8g}" -Xmx"${MONTH_XMX:-8g}" "${JFR[@]}" -Dquarkus.profile=prod -jar "$jar" >"$OUT/evaluation-service.log" 2>&1 </dev/null &
EVAL_PID=$!
PIDS+=("$EVAL_PID")
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }
wait_for evaluation-service 240 ready $((EVAL_PORT + 100)) || fail "evaluation-service did not start; see $OUT"

start=$(date +%s)
sql -v units="$UNITS" -v month="$MONTH" -v assess=0 -f evaluation-service/bench/load-month.sql >"$OUT/load.log" 2>&1 \
  || fail "loading failed: $OUT/load.log"
say "loaded $(sql -c 'select count(*) from task_fact') tasks, $(sql -c 'select count(*) from task_event') events in $(( $(date +%s) - start )) s"

TOKEN=$(task-service/bench/jwt.sh director director)
# seconds of one GET, its body to $OUT/<name>.json
timed() { curl -fsS -H "Authorization: Bearer $TOKEN" -o "$OUT/$1.json" -w '%{time_total}' --max-time 900 \
  "http://127.0.0.1:$EVAL_PORT/api/evaluations/$MONTH/$2" -X "${3:-GET}" ${4:+-H 'Content-Type: application/json' -d "$4"}; }
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
median10() { local i; for i in $(seq 1 "${MONTH_REPEAT:-10}"); do timed "$1" "$2"; echo; done | sort -n |
  awk '{t[NR] = $1} END {printf "%.0f", t[int((NR + 1) / 2)] * 1000}'; }
PAGE="officers?unit=U0001"
report() { printf 'BENCH %s %s %s\n' "$1" "$2" "${3:-ms}"; }

# the organisation's scoring profile, as a province running the service has it (the first read of an organisation
# seeds it, a change the month computed then is read again for)
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$EVAL_PORT/api/scoring-profiles"
report month-page-cold "$(ms "$(timed page-cold "$PAGE")")"
report month-page-warm "$(median10 page-warm "$PAGE")"
report month-other-page-warm "$(median10 page-other "officers?unit=U0002")"
report month-dashboard-cold "$(ms "$(timed dashboard-cold dashboard)")"
report month-dashboard-warm "$(median10 dashboard-warm dashboard)"
# one new event (a copy of a task's acceptance, written by hand: its fact is left to be folded again, as migration
# V15 says) then the page, MONTH_REPEAT times, each on another task
new_event() { sql -c "insert into task_event (event_id, task_id, sequence, type, occurred_at, payload, received_at)
    select gen_random_uuid(), task_id, 4, type, occurred_at, payload, now() from task_event
    where task_id = $1 and sequence = 3;
    update task_fact set event_ids = null where task_id = $1"; }
if [ "${MONTH_JFR:-0}" = changes ]; then jcmd "$EVAL_PID" JFR.start name=changes settings=profile >/dev/null; fi
for i in $(seq 0 $(( ${MONTH_REPEAT:-10} - 1 ))); do
  new_event $((100200 + i))
  timed page-changed "$PAGE"; echo
done | sort -n | awk '{t[NR] = $1; all = all sprintf(" %.1f", $1)}
  END {printf "BENCH month-page-after-one-event %.0f ms (each read, s:%s)\n", t[int((NR + 1) / 2)] * 1000, all}'
if [ "${MONTH_JFR:-0}" = changes ]; then jcmd "$EVAL_PID" JFR.dump name=changes filename="$OUT/changes.jfr" >/dev/null; fi
timed changed-officer "officers/1002" >/dev/null
report month-change-shown "$(python3 -c 'import json, sys
print(next((len(p["eventIds"]) for p in json.load(open(sys.argv[1]))["products"] if p["taskId"] == 100200), 0))' \
  "$OUT/changed-officer.json")" "events of task 100200 (4: the new one read)"
# MONTH_READERS (default 30) heads at once after one more new event, each asking for their own unit's page: the
# slowest answer, and how many were answered 200 (each within 300 s)
READERS="${MONTH_READERS:-30}"
new_event $((100200 + ${MONTH_REPEAT:-10}))
READING=()
for u in $(seq -f "U%04g" 1 "$READERS"); do
  curl -sS -H "Authorization: Bearer $TOKEN" -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 300 \
    "http://127.0.0.1:$EVAL_PORT/api/evaluations/$MONTH/officers?unit=$u" >>"$OUT/readers-at-once.txt" 2>&1 &
  READING+=("$!")
done
wait "${READING[@]}" || true
awk -v n="$READERS" '$1 ~ /^[0-9][0-9][0-9]$/ {ok += $1 == 200; if ($2 + 0 > slowest) slowest = $2 + 0}
  END {printf "BENCH month-pages-at-once %.0f ms (the slowest of %d; answered 200: %d)\n", slowest * 1000, n, ok}' \
  "$OUT/readers-at-once.txt"
report month-rss "$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$EVAL_PID/status")" MB

sql -v units="$UNITS" -v month="$MONTH" -f <(sed -n '/^INSERT INTO officer_assessment/,$p' evaluation-service/bench/load-month.sql) \
  -v assess=1 >>"$OUT/load.log" 2>&1
report month-publish "$(ms "$(timed publish publish POST '{"quotaExceptions":[]}')")"
report published-page-first "$(ms "$(timed published-first "$PAGE")")"
report published-page "$(median10 published "$PAGE")"
report month-rss-peak "$(awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$EVAL_PID/status")" MB
say "done; logs and answers in $OUT; load $(cut -d' ' -f1-3 /proc/loadavg)"

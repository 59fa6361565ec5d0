#!/usr/bin/env bash
# task-service at 1,000,000 tasks: list latency under concurrent load (wrk) and completion reports per second from
# the API to Kafka (until the outbox relay has published them). Not part of the test run; see docs/benchmarks.md.
#
# Needs: the packaged service (./mvnw -o -pl task-service package -DskipTests), PostgreSQL and Kafka on 127.0.0.1,
# a database task_bench owned by role task, wrk, psql, openssl. Publishes to the topic task-events-bench so that
# no consumer of task-events sees the benchmark's events.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-18082}"
DURATION="${DURATION:-30s}"
CONNECTIONS="${CONNECTIONS:-16}"
URL="http://127.0.0.1:$PORT"
MANAGEMENT="http://127.0.0.1:$((PORT + 100))"   # health and metrics (docs/operations.md)
export PGPASSWORD="${PGPASSWORD:-task}"
SQL=(psql -h 127.0.0.1 -U task -d task_bench -qAt)

java -Xms256m -Xmx768m -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$((PORT + 100))" -Dapp.data-dir="$PWD/../../.data" \
  -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/task_bench -Dapp.outbox.topic=task-events-bench \
  -Dquarkus.rest-client.plan.url=http://127.0.0.1:9 \
  -jar ../target/quarkus-app/quarkus-run.jar > /tmp/task-bench-service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE' EXIT
until curl -sf "$MANAGEMENT/q/health/live" >/dev/null; do sleep 1; done

echo "== loading 1,000,000 tasks"
psql -h 127.0.0.1 -U task -d task_bench -q -f load-tasks.sql
echo "== query plans"
psql -h 127.0.0.1 -U task -d task_bench -q -f explain.sql | grep -E "Scan|Execution Time"

OFFICER=$(./jwt.sh officer.cchc.2 officer 50 CCHC)
HEAD=$(./jwt.sh head.cchc head 47 CCHC)
MY_TASKS="$URL/api/tasks?size=20"
OVERDUE="$URL/api/tasks?unit=CCHC&overdue=true&size=20"
echo "== warm-up"
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $OFFICER" "$MY_TASKS" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $HEAD" "$OVERDUE" >/dev/null
echo "== my tasks (officer.cchc.2, ~14,000 tasks)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $OFFICER" "$MY_TASKS"
echo "== overdue in my unit (head.cchc, CCHC)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $HEAD" "$OVERDUE"
echo "== health (baseline: no token, no database)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$MANAGEMENT/q/health/live"

echo "== completion reports, API -> PostgreSQL -> Kafka"
FIRST=$("${SQL[@]}" -c "select min(id) from task where title like 'Nhiệm vụ để báo cáo%'")
"${SQL[@]}" -c "truncate outbox_event"
TOKEN=$(./jwt.sh officer.cchc.1 officer 49 CCHC) FIRST_TASK="$FIRST" PER_THREAD=30000 \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s submit.lua "$URL"
until [ "$("${SQL[@]}" -c "select count(*) from outbox_event where published_at is null")" = 0 ]; do sleep 1; done
"${SQL[@]}" -F ' ' -c "select 'submissions', count(*), 'first written', min(created_at), 'last published',
    max(published_at), 'per second end to end',
    round(count(*) / extract(epoch from max(published_at) - min(created_at)), 1),
    'max publish delay s', round(extract(epoch from max(published_at - created_at)), 2)
  from outbox_event where type = 'TaskSubmitted'"

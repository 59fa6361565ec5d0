#!/usr/bin/env bash
# Runs the whole system with demo data: PostgreSQL, Kafka and the four applications.
#   ./run.sh            build what changed, start everything, wait until ready; Ctrl-C stops it all
#   ./run.sh --detach   the same, in the background; returns once every service is ready
#   ./run.sh stop       stop what a detached run started
# Environment: SNV_PORT_BASE (default 8080: web-ui 8080, plan 8081, task 8082, evaluation 8083; each service's
# health and metrics on its management port, 100 above: 8180-8183, on 127.0.0.1 only),
# SNV_DB_SUFFIX (e.g. _test, to run on the test databases), SNV_PROFILE (default demo),
# SNV_REPLAY (default on; off skips replaying the first half of 2024 into the demo),
# SNV_TOPIC (default task-events), SNV_FRESH_DATABASES (1: empty the databases at start, for tests),
# SNV_JAVA_OPTS (the services' JVM settings; default in scripts/lib.sh, explained in docs/operations.md),
# SNV_EVALUATION_JAVA_OPTS (evaluation-service's alone; for a province-size organisation PROVINCE_JAVA_OPTS of
# scripts/lib.sh and a heap, docs/operations.md).
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

SERVICES=(web-ui plan-service task-service evaluation-service)
MODULES=("${SERVICES[@]}" demo-replay)
PORT_BASE="${SNV_PORT_BASE:-8080}"
PROFILE="${SNV_PROFILE:-demo}"
DB_SUFFIX="${SNV_DB_SUFFIX:-}"
TOPIC="${SNV_TOPIC:-task-events}"
FRESH="${SNV_FRESH_DATABASES:-0}"
RUN_DIR="$DATA_DIR/run/$PORT_BASE"
LOG_DIR="$DATA_DIR/logs"

port_of() {
  case "$1" in web-ui) echo $((PORT_BASE)) ;; plan-service) echo $((PORT_BASE + 1)) ;;
    task-service) echo $((PORT_BASE + 2)) ;; evaluation-service) echo $((PORT_BASE + 3)) ;; esac
}
# Health (/q/health/*) and metrics (/q/metrics) are on the management interface, never the API's port.
management_port_of() { echo $(($(port_of "$1") + 100)); }
java_opts_of() { if [ "$1" = evaluation-service ]; then echo "${SNV_EVALUATION_JAVA_OPTS:-$SERVICE_JAVA_OPTS}"; else echo "$SERVICE_JAVA_OPTS"; fi; }
database_of() {
  case "$1" in web-ui) echo webui ;; plan-service) echo plan ;; task-service) echo task ;; evaluation-service) echo evaluation ;; esac
}

stale() {
  local jar="$1/target/quarkus-app/quarkus-run.jar"
  [ "$1" = demo-replay ] && jar="$1/target/demo-replay.jar"
  [ -f "$jar" ] || return 0
  [ -n "$(find "$1/src" "$1/pom.xml" common/src common/pom.xml pom.xml -newer "$jar" -type f -print -quit)" ]
}

build() {
  local s needed=0
  for s in "${MODULES[@]}"; do stale "$s" && needed=1; done
  if [ "$needed" = 1 ]; then
    say "building the applications (./mvnw install -DskipTests)"
    "$MVN" -q -B install -DskipTests -pl "$(IFS=,; echo "${MODULES[*]}")" -am || fail "the build failed"
  else
    say "applications are up to date"
  fi
}

# The applications listen on plain http here, so web-ui's session cookie cannot be Secure-only (which the prod
# profile otherwise defaults to); set APP_AUTH_SECURE_COOKIE=true when a TLS proxy stands in front.
start_app() {
  local s="$1" port db
  port=$(port_of "$s"); db=$(database_of "$s")$DB_SUFFIX
  port_open "$port" && fail "port $port (for $s) is already in use: stop whatever listens there, or './run.sh stop'"
  port_open "$(management_port_of "$s")" && fail "port $(management_port_of "$s") (management of $s) is already in use"
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(management_port_of "$s")" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  PLAN_SERVICE_URL="http://127.0.0.1:$((PORT_BASE + 1))" \
  TASK_SERVICE_URL="http://127.0.0.1:$((PORT_BASE + 2))" \
  EVALUATION_SERVICE_URL="http://127.0.0.1:$((PORT_BASE + 3))" \
  PLAN_SERVICE_PUBLIC_URL="http://127.0.0.1:$((PORT_BASE + 1))" \
  TASK_SERVICE_PUBLIC_URL="http://127.0.0.1:$((PORT_BASE + 2))" \
  EVALUATION_SERVICE_PUBLIC_URL="http://127.0.0.1:$((PORT_BASE + 3))" \
  WEB_UI_URL="http://127.0.0.1:$PORT_BASE" \
  QUARKUS_MAILER_HOST="${QUARKUS_MAILER_HOST:-127.0.0.1}" QUARKUS_MAILER_PORT="${QUARKUS_MAILER_PORT:-3025}" \
  MP_MESSAGING_INCOMING_TASK_EVENTS_GROUP_ID="evaluation-service$DB_SUFFIX" \
  APP_SECURITY_REVOCATIONS_TOPIC="access-revocations${TOPIC#task-events}" \
  EVALUATION_CONSUMER_INSTANCE_ID="evaluation-service$DB_SUFFIX-$port" \
  APP_OUTBOX_TOPIC="$TOPIC" MP_MESSAGING_INCOMING_TASK_EVENTS_TOPIC="$TOPIC" \
  MP_MESSAGING_INCOMING_TASK_EVENTS_DEAD_LETTER_QUEUE_TOPIC="$TOPIC-dlq" \
  QUARKUS_FLYWAY_CLEAN_AT_START="$([ "$FRESH" = 1 ] && echo true || echo false)" \
  QUARKUS_FLYWAY_CLEAN_DISABLED="$([ "$FRESH" = 1 ] && echo false || echo true)" \
  APP_AUTH_SECURE_COOKIE="${APP_AUTH_SECURE_COOKIE:-false}" MALLOC_ARENA_MAX=2 \
    nohup java $(java_opts_of "$s") -Dquarkus.profile="$PROFILE" -jar "$s/target/quarkus-app/quarkus-run.jar" \
    > "$LOG_DIR/$s-$PORT_BASE.log" 2>&1 < /dev/null &
  echo $! > "$RUN_DIR/$s.pid"
}

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }

stop_apps() {
  local s pid
  for s in "${SERVICES[@]}"; do
    [ -f "$RUN_DIR/$s.pid" ] || continue
    pid=$(cat "$RUN_DIR/$s.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait_for "$s stop" 20 bash -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null || true
      say "stopped $s"
    fi
    rm -f "$RUN_DIR/$s.pid"
  done
}

stop_all() {
  stop_apps
  if [ -f "$RUN_DIR/started-kafka" ]; then "$ROOT/scripts/kafka.sh" down; rm -f "$RUN_DIR/started-kafka"; fi
  if [ -f "$RUN_DIR/started-mail" ]; then "$ROOT/scripts/mail.sh" down; rm -f "$RUN_DIR/started-mail"; fi
  if [ -f "$RUN_DIR/started-postgres" ]; then "$ROOT/scripts/postgres.sh" down; rm -f "$RUN_DIR/started-postgres"; fi
}

print_summary() {
  cat <<TXT

  Sở Nội vụ Hưng Yên — the system is ready (profile $PROFILE)

  web-ui              http://127.0.0.1:$(port_of web-ui)/            (sign in here)
  plan-service        http://127.0.0.1:$(port_of plan-service)/q/swagger-ui
  task-service        http://127.0.0.1:$(port_of task-service)/q/swagger-ui
  evaluation-service  http://127.0.0.1:$(port_of evaluation-service)/q/swagger-ui
  health and metrics  /q/health/ready, /q/metrics on 127.0.0.1:$(management_port_of web-ui)-$(management_port_of evaluation-service) (management ports)
  PostgreSQL 127.0.0.1:5432 · Kafka 127.0.0.1:9092 (topic $TOPIC) · logs in $LOG_DIR

  Demo accounts, all with the password "demo":
    admin · director · deputy1 deputy2 deputy3
    head.cchc · officer.cchc.1 · officer.cchc.2 · head.vp · officer.vp.1
    (head.<unit> and officer.<unit>.<n> for every unit: vp ttra tcbc xdcq cbcc cchc btg tdkt ltls)

  Token: curl -s -X POST http://127.0.0.1:$(port_of web-ui)/api/auth/token \\
           -H 'Content-Type: application/json' -d '{"username":"head.cchc","password":"demo"}'
TXT
}

case "${1:-}" in
  stop) stop_all; exit 0 ;;
  ""|--detach) ;;
  *) echo "usage: $0 [--detach|stop]" >&2; exit 2 ;;
esac

command -v curl >/dev/null || fail "curl is needed"
build
mkdir -p "$RUN_DIR"
port_open 9092 || touch "$RUN_DIR/started-kafka"
port_open 3025 || touch "$RUN_DIR/started-mail"
pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null || touch "$RUN_DIR/started-postgres"
"$ROOT/scripts/infra.sh" up

[ "${1:-}" = --detach ] || trap 'echo; stop_all; exit 0' INT TERM
for s in "${SERVICES[@]}"; do start_app "$s"; done
for s in "${SERVICES[@]}"; do
  if ! wait_for "$s" 180 ready "$(management_port_of "$s")"; then
    tail -n 30 "$LOG_DIR/$s-$PORT_BASE.log" >&2 || true
    stop_apps
    fail "$s did not become ready within 180 s; see $LOG_DIR/$s-$PORT_BASE.log"
  fi
  say "$s is ready on port $(port_of "$s") (health and metrics on $(management_port_of "$s"))"
done
if [ "$PROFILE" = demo ] && [ "${SNV_REPLAY:-on}" != off ]; then
  say "replaying January to June 2024 into the demo (only the first time; a few minutes)"
  java -jar demo-replay/target/demo-replay.jar "$PORT_BASE" | tee "$LOG_DIR/demo-replay-$PORT_BASE.log" \
    || warn "the replay of 2024 failed (see $LOG_DIR/demo-replay-$PORT_BASE.log); the system runs without that history"
fi
print_summary

if [ "${1:-}" = --detach ]; then
  say "running in the background; './run.sh stop' stops it"
else
  say "press Ctrl-C to stop everything this run started"
  while true; do sleep 3600 & wait $!; done
fi

#!/usr/bin/env bash
# Runs every test of every module against real PostgreSQL and Kafka, which it brings up first.
#   1. unit and @QuarkusTest tests of each module (on the *_test databases), including the test
#      that stops and restarts the Kafka broker (task-service KafkaOutageTest)
#   2. the set-up of a new organisation from empty databases (system-tests FromEmptyIT), against the
#      four applications started without demo data on ports 18080-18083 (so that a running ./run.sh
#      is not disturbed), then stopped again
#   3. the end-to-end and browser tests (headless Chromium, installed when missing) in system-tests,
#      against the applications started again on empty databases with the demo data, then stopped;
#      the browser tests save screenshots under docs/screenshots
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

"$ROOT/scripts/infra.sh" up

# evaluation-service's tests consume the shared test topic from their group's last position into a database emptied
# at start: what an interrupted run (or another checkout's tests) left on the topic would be applied to it.
"$ROOT/scripts/kafka.sh" skip-to-end evaluation-service-test task-events

say "module tests"
"$MVN" -B install -Dkafka.outage=true

# The system under test starts from empty *_test databases and a topic of its own, so that nothing the
# module tests left behind mixes with it; the demo profile replays January-June 2024 into it. Its JVMs run in
# UTC, as on most servers, so that from 17:00 UTC on the tests see Hà Nội already on the next day.
export TZ=UTC
export SNV_PORT_BASE=18080 SNV_DB_SUFFIX=_test SNV_FRESH_DATABASES=1
trap './run.sh stop >/dev/null' EXIT
mkdir -p "$DATA_DIR/logs"
start_system() { # $1: profile, $2: log name
  export SNV_TOPIC="task-events-system-$(date +%s)"
  SNV_PROFILE="$1" ./run.sh --detach > "$DATA_DIR/logs/$2.log" 2>&1 \
    || { cat "$DATA_DIR/logs/$2.log"; fail "the system did not start for the $2 tests"; }
}

# Without demo data the first start creates only the system administrator, here with a known password.
say "a new organisation set up from empty databases, through the API"
export APP_BOOTSTRAP_SYSADMIN_PASSWORD="sysadmin-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
start_system prod test-empty
"$MVN" -B -pl system-tests verify -DskipITs=false -Dit.test=FromEmptyIT -Dsnv.port-base=$SNV_PORT_BASE \
  -Dsnv.sysadmin-password="$APP_BOOTSTRAP_SYSADMIN_PASSWORD"
./run.sh stop > /dev/null
unset APP_BOOTSTRAP_SYSADMIN_PASSWORD

# The reminder job runs every ten seconds there, so that the browser tests see reminders reach the bell
# (BellPagesIT); each reminder is still sent once.
export APP_REMINDERS_CRON="0/10 * * * * ?"
start_system demo test-system
"$ROOT/scripts/browser.sh"
say "end-to-end and browser tests against the running system"
"$MVN" -B -pl system-tests verify -DskipITs=false -Dit.test='!FromEmptyIT' -Dsnv.port-base=$SNV_PORT_BASE \
  -Dsnv.topic="$SNV_TOPIC"

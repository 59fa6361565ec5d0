#!/usr/bin/env bash
# Runs every test of every module against real PostgreSQL and Kafka, which it brings up first.
#   1. unit and @QuarkusTest tests of each module (on the *_test databases), including the test
#      that stops and restarts the Kafka broker (task-service KafkaOutageTest)
#   2. the end-to-end and browser tests (headless Chromium, installed when missing) in
#      system-tests, against the four applications started on ports 18080-18083 (so that a
#      running ./run.sh is not disturbed), then stopped again; the browser tests save screenshots
#      under docs/screenshots
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
cd "$ROOT"

"$ROOT/scripts/infra.sh" up

say "module tests"
"$MVN" -B install -Dkafka.outage=true

# The system under test starts from empty *_test databases and a topic of its own, so that nothing the
# module tests left behind mixes with it; the demo profile replays January-June 2024 into it. Its JVMs run in
# UTC, as on most servers, so that from 17:00 UTC on the tests see Hà Nội already on the next day.
export TZ=UTC
export SNV_PORT_BASE=18080 SNV_DB_SUFFIX=_test SNV_FRESH_DATABASES=1 SNV_TOPIC="task-events-system-$(date +%s)"
trap './run.sh stop >/dev/null' EXIT
mkdir -p "$DATA_DIR/logs"
./run.sh --detach > "$DATA_DIR/logs/test-system.log" 2>&1 || { cat "$DATA_DIR/logs/test-system.log"; fail "the system did not start for the end-to-end tests"; }
"$ROOT/scripts/browser.sh"
say "end-to-end and browser tests against the running system"
"$MVN" -B -pl system-tests verify -DskipITs=false -Dsnv.port-base=$SNV_PORT_BASE -Dsnv.topic="$SNV_TOPIC"

#!/usr/bin/env bash
# A real SMTP server for development and tests: GreenMail standalone (com.icegreen:greenmail-standalone, from Maven
# Central through the Maven wrapper), SMTP on 127.0.0.1:3025 and POP3 on 3110, accepting any address and keeping every
# message in memory until it stops. The jar and the log live in .data/mail (never committed). In production point the
# services at the department's mail server instead (QUARKUS_MAILER_*, README "E-mail").
#   up | status | down
set -euo pipefail
source "$(dirname "$0")/lib.sh"

VERSION=2.1.3
MAIL_DIR="$DATA_DIR/mail"
JAR="$MAIL_DIR/greenmail-standalone-$VERSION.jar"
PID_FILE="$MAIL_DIR/greenmail.pid"
LOG_FILE="$MAIL_DIR/greenmail.log"
SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
POP3_PORT="${MAIL_POP3_PORT:-3110}"
API_PORT="${MAIL_API_PORT:-3080}"

jar() {
  if [ ! -s "$JAR" ]; then
    say "fetching GreenMail standalone $VERSION from Maven Central" >&2
    mkdir -p "$MAIL_DIR"
    "$MVN" -q -B -o dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$VERSION" \
        -DoutputDirectory="$MAIL_DIR" >/dev/null 2>&1 \
      || "$MVN" -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$VERSION" \
        -DoutputDirectory="$MAIL_DIR" >/dev/null \
      || fail "could not fetch com.icegreen:greenmail-standalone:$VERSION"
  fi
}

server_pid() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null && cat "$PID_FILE"; }

up() {
  if port_open "$SMTP_PORT"; then
    say "an SMTP server already answers on 127.0.0.1:$SMTP_PORT"
    return
  fi
  jar
  say "starting GreenMail (log: $LOG_FILE)"
  nohup java -Xms16m -Xmx128m -XX:+UseSerialGC -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
      -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.pop3.port="$POP3_PORT" \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$API_PORT" \
      -jar "$JAR" > "$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  wait_for "GreenMail" 60 bash -c "source '$ROOT/scripts/lib.sh'; port_open $SMTP_PORT && port_open $POP3_PORT" \
    || fail "GreenMail did not start within 60 s; see $LOG_FILE"
  say "GreenMail is up: SMTP 127.0.0.1:$SMTP_PORT, POP3 127.0.0.1:$POP3_PORT (pid $(cat "$PID_FILE"))"
}

down() {
  local pid
  if pid=$(server_pid); then
    kill "$pid"
    wait_for "GreenMail stop" 30 bash -c "! kill -0 $pid" || kill -9 "$pid"
    say "stopped GreenMail (pid $pid)"
  else
    say "no GreenMail started by this script is running"
  fi
  rm -f "$PID_FILE"
}

case "${1:-up}" in
  up) up ;;
  status) if port_open "$SMTP_PORT"; then say "SMTP answers on 127.0.0.1:$SMTP_PORT"; else say "SMTP is down"; exit 1; fi ;;
  down) down ;;
  *) echo "usage: $0 up|status|down" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Everything the applications need around them: signing keys, PostgreSQL, Kafka, an SMTP server (GreenMail).
#   up | status | down | clean   (clean also deletes the broker's data)
set -euo pipefail
DIR="$(dirname "$0")"
case "${1:-up}" in
  up) "$DIR/keys.sh"; "$DIR/postgres.sh" up; "$DIR/kafka.sh" up; "$DIR/mail.sh" up ;;
  status) rc=0; "$DIR/postgres.sh" status || rc=1; "$DIR/kafka.sh" status || rc=1; "$DIR/mail.sh" status || rc=1
    exit $rc ;;
  down) "$DIR/mail.sh" down; "$DIR/kafka.sh" down; "$DIR/postgres.sh" down ;;
  clean) "$DIR/kafka.sh" clean ;;
  *) echo "usage: $0 up|status|down|clean" >&2; exit 2 ;;
esac

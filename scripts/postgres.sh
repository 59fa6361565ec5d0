#!/usr/bin/env bash
# PostgreSQL on 127.0.0.1:5432 with one database and role per service.
#   up      use the server already running; else start the installed cluster; else install it
#   status  say whether it answers
#   down    stop the cluster this machine runs
# Role passwords: DB_PLAN_PASSWORD, DB_TASK_PASSWORD, ... (default: the role name, development only).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PG_VERSION="${PG_VERSION:-15}"

install_postgres() {
  command -v apt-get >/dev/null || fail "PostgreSQL is not installed and there is no apt-get: install PostgreSQL 15+ and start it on 127.0.0.1:5432."
  [ "$(id -u)" = 0 ] || fail "PostgreSQL is not installed: run as root so that apt-get can install it, or install it yourself."
  say "installing PostgreSQL with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
}

start_cluster() {
  command -v pg_ctlcluster >/dev/null || install_postgres
  local version
  version=$(pg_lsclusters -h 2>/dev/null | awk '{print $1}' | sort -n | tail -n 1)
  [ -n "$version" ] || { version="$PG_VERSION"; pg_createcluster "$version" main >/dev/null; }
  mkdir -p "/etc/postgresql/$version/main/conf.d"
  printf "listen_addresses = '127.0.0.1'\nport = 5432\nmax_connections = 200\n" > "/etc/postgresql/$version/main/conf.d/90-snv.conf"
  say "starting PostgreSQL $version cluster 'main'"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || fail "the cluster did not start; see /var/log/postgresql/postgresql-$version-main.log"
}

create_databases() {
  local sql="$ROOT/infra/postgres/create-databases.sql" vars=() s var
  for s in plan task evaluation webui; do
    var="DB_$(echo "$s" | tr a-z A-Z)_PASSWORD"
    [ -z "${!var:-}" ] || vars+=(-v "${s}_password=${!var}")
  done
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -qAt -d postgres "${vars[@]}" -f - < "$sql" >/dev/null
  else
    psql -qAt -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres "${vars[@]}" -f "$sql" >/dev/null
  fi || fail "could not create the service databases"
  say "databases ready: plan task evaluation webui (and *_test)"
}

case "${1:-up}" in
  up)
    if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
      say "PostgreSQL already answers on 127.0.0.1:5432"
    else
      start_cluster
      wait_for "PostgreSQL" 60 pg_isready -h 127.0.0.1 -p 5432 -q || fail "PostgreSQL did not answer on 127.0.0.1:5432 within 60 s"
      say "PostgreSQL is up on 127.0.0.1:5432"
    fi
    create_databases
    ;;
  status)
    if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then say "PostgreSQL answers on 127.0.0.1:5432"; else say "PostgreSQL is down"; exit 1; fi
    ;;
  down)
    command -v pg_lsclusters >/dev/null || exit 0
    pg_lsclusters -h | awk '$4=="online"{print $1}' | while read -r v; do
      pg_ctlcluster --skip-systemctl-redirect "$v" main stop && say "stopped PostgreSQL $v"
    done
    ;;
  *) echo "usage: $0 up|status|down" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# PostgreSQL on 127.0.0.1:5432 with one database and role per service.
#   up      use the server already running; else start the installed cluster; else install it
#   status  say whether it answers
#   down    stop the cluster this machine runs
# Credentials: DB_<SERVICE>_PASSWORD (default: the service name), development defaults only.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SERVICES=(plan task evaluation webui)
PG_VERSION="${PG_VERSION:-15}"

as_postgres() { runuser -u postgres -- "$@"; }

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
  local sql="" s password
  for s in "${SERVICES[@]}"; do
    password_var="DB_$(echo "$s" | tr a-z A-Z)_PASSWORD"
    password="${!password_var:-$s}"
    sql+="SELECT 'CREATE ROLE $s LOGIN PASSWORD ''$password''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname='$s')\\gexec
"
    for db in "$s" "${s}_test"; do
      sql+="SELECT 'CREATE DATABASE $db OWNER $s ENCODING ''UTF8'' TEMPLATE template0' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname='$db')\\gexec
"
    done
  done
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    printf '%s' "$sql" | as_postgres psql -v ON_ERROR_STOP=1 -qAt -h 127.0.0.1 -d postgres >/dev/null 2>&1 \
      || printf '%s' "$sql" | as_postgres psql -v ON_ERROR_STOP=1 -qAt -d postgres >/dev/null
  else
    printf '%s' "$sql" | psql -v ON_ERROR_STOP=1 -qAt -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres >/dev/null
  fi
  say "databases ready: ${SERVICES[*]} (and *_test)"
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

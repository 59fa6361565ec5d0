#!/usr/bin/env bash
# How long evaluation-service takes to compute a month that is not published (and the dashboard, which computes the
# trend's months): 5 calls to warm up, then the median and 90th percentile of 20 calls. Each answer is saved as
# /tmp/month-reads-LABEL-*.json, so that two builds can be checked to answer the same. Not part of the test run;
# see docs/benchmarks.md.
#   bench/month-reads.sh LABEL        against ./run.sh on SNV_PORT_BASE (default 8080), as the director
set -euo pipefail
LABEL="${1:?usage: month-reads.sh LABEL}"
BASE="${SNV_PORT_BASE:-8080}"
TOKEN=$(curl -fsS -X POST "http://127.0.0.1:$BASE/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"director","password":"demo"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])')
get() { curl -fsS -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$((BASE + 3))/api/evaluations/$1" "${@:2}"; }
for path in "${MONTHS:-2024-07/officers $(date +%Y-%m)/officers 2024-07/dashboard}"; do
  for p in $path; do
    get "$p" > "/tmp/month-reads-$LABEL-${p//\//_}.json"
    for _ in 1 2 3 4 5; do get "$p" -o /dev/null; done
    for _ in $(seq 1 20); do get "$p" -o /dev/null -w '%{time_total}\n'; done | sort -n |
      awk -v p="$p" -v l="$LABEL" '{t[NR] = $1} END {printf "%s %s: median %.0f ms, p90 %.0f ms\n", l, p, t[11] * 1000, t[18] * 1000}'
  done
done

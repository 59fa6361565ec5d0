# Shared helpers for the project's scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${APP_DATA_DIR:-$ROOT/.data}"
export APP_DATA_DIR="$DATA_DIR"
MVN="$ROOT/mvnw"

say() { printf '\033[1;34m[%s]\033[0m %s\n' "$(basename "$0" .sh)" "$*"; }
fail() { printf '\033[1;31m[%s] %s\033[0m\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }
warn() { printf '\033[1;33m[%s] %s\033[0m\n' "$(basename "$0" .sh)" "$*" >&2; }

# wait_for DESCRIPTION SECONDS COMMAND...: retry COMMAND twice a second until it succeeds.
wait_for() {
  local what="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The JVM settings of every service (run.sh, bench.sh; the Dockerfile and compose carry the same), aimed at keeping each
# service under 256 MB resident when idle and 384 MB under load (docs/operations.md, "Memory"). SNV_JAVA_OPTS
# replaces them.
SERVICE_JAVA_OPTS="${SNV_JAVA_OPTS:--XX:+UseG1GC -XX:G1PeriodicGCInterval=5000 -XX:TrimNativeHeapInterval=5000 -XX:TieredStopAtLevel=1 -Xms32m -Xmx192m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=10 -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:CICompilerCount=2}"
# The JVM settings of an evaluation-service that rates a province-size organisation, tens of thousands of officers
# (docs/operations.md, "A province-size organisation"): the heap is set apart whole and touched at start (with
# -Xms8g -Xmx8g for 50,000 officers: a month's first read otherwise spends a third of its CPU in the kernel, mapping
# the memory the heap grows into), both JIT compilers run (C2's code rates such a month about twice as fast as C1's),
# and the heap is not shrunk every 5 s.
PROVINCE_JAVA_OPTS="-XX:+UseG1GC -XX:+AlwaysPreTouch -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=256m -Xss512k"

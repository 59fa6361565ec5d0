#!/usr/bin/env bash
# A single-node Apache Kafka broker (KRaft) on 127.0.0.1:9092, run from Apache Kafka's own jars
# resolved from Maven Central (infra/kafka/pom.xml). Data lives in .data/kafka.
#   up      start it unless it already answers, then create the topics
#   status  say whether it answers
#   down    stop the broker this script started
#   clean   stop it and delete its data
#   classpath  print the classpath of Kafka's jars (its tools: bench.sh runs the producer/consumer perf tools)
#   skip-to-end GROUP TOPIC  move the (inactive) consumer group's offsets on TOPIC to its end; test.sh does this for
#           the module tests' group, so that events an interrupted run, or another checkout's tests, left on the shared
#           test topic are not applied to the next run's fresh test database
# Environment: KAFKA_PORT (default 9092) and KAFKA_CONTROLLER_PORT (default KAFKA_PORT + 1) run another broker beside
# the shared one, with its data in .data/kafka-<KAFKA_PORT> (or KAFKA_DIR); task-service's KafkaOutageTest stops and
# starts a broker of its own this way, never the shared one.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
if [ "$PORT" = 9092 ]; then KAFKA_DIR="${KAFKA_DIR:-$DATA_DIR/kafka}"; else KAFKA_DIR="${KAFKA_DIR:-$DATA_DIR/kafka-$PORT}"; fi
CP_FILE="$DATA_DIR/kafka/classpath.txt"
PID_FILE="$KAFKA_DIR/broker.pid"
LOG_FILE="$KAFKA_DIR/broker.log"
TOPIC_PARTITIONS="${TASK_EVENTS_PARTITIONS:-6}"

classpath() {
  if [ ! -s "$CP_FILE" ] || [ "$ROOT/infra/kafka/pom.xml" -nt "$CP_FILE" ]; then
    say "resolving the Kafka broker jars from Maven Central" >&2
    mkdir -p "$(dirname "$CP_FILE")"
    # offline first: once resolved, the jars are in the local Maven repository
    "$MVN" -q -B -o -f "$ROOT/infra/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null 2>&1 \
      || "$MVN" -q -B -f "$ROOT/infra/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$CP_FILE" >/dev/null \
      || fail "could not resolve the Kafka jars (see infra/kafka/pom.xml)"
  fi
  cat "$CP_FILE"
}

write_config() {
  cat > "$KAFKA_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=$TOPIC_PARTITIONS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=2097152
auto.create.topics.enable=true
PROPS
}

broker_pid() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null && cat "$PID_FILE"; }

create_topics() {
  local cp="$1" topic
  for topic in task-events task-events-dlq; do
    java -cp "$cp" org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$PORT" --create --if-not-exists \
      --topic "$topic" --partitions "$TOPIC_PARTITIONS" --replication-factor 1 >/dev/null \
      || fail "could not create the topic $topic"
  done
  say "topics ready: task-events, task-events-dlq ($TOPIC_PARTITIONS partitions each)"
}

up() {
  local cp; cp=$(classpath)
  if port_open "$PORT"; then
    say "a Kafka broker already answers on 127.0.0.1:$PORT"
  else
    mkdir -p "$KAFKA_DIR/data"
    write_config
    if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
      java -cp "$cp" kafka.tools.StorageTool format --standalone \
        -t "$(java -cp "$cp" kafka.tools.StorageTool random-uuid | tail -n 1)" -c "$KAFKA_DIR/server.properties" >/dev/null \
        || fail "could not format the Kafka storage in $KAFKA_DIR/data"
    fi
    say "starting the Kafka broker (log: $LOG_FILE)"
    nohup java -Xms64m -Xmx384m -XX:+UseSerialGC -Dlog4j2.level=WARN -cp "$cp" kafka.Kafka "$KAFKA_DIR/server.properties" \
      > "$LOG_FILE" 2>&1 < /dev/null &
    echo $! > "$PID_FILE"
    wait_for "Kafka" 60 port_open "$PORT" \
      || fail "the broker did not start within 60 s; see $LOG_FILE"
    say "Kafka is up on 127.0.0.1:$PORT (pid $(cat "$PID_FILE"))"
  fi
  create_topics "$cp"
}

down() {
  local pid
  if pid=$(broker_pid); then
    kill "$pid"
    wait_for "Kafka stop" 30 bash -c "! kill -0 $pid" || kill -9 "$pid"
    say "stopped the Kafka broker (pid $pid)"
  else
    say "no broker started by this script is running"
  fi
  rm -f "$PID_FILE"
}

skip_to_end() {
  local group="$1" topic="$2"
  java -cp "$(classpath)" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "127.0.0.1:$PORT" \
    --reset-offsets --to-latest --group "$group" --topic "$topic" --execute >/dev/null \
    || fail "could not move the consumer group $group to the end of $topic (is a test run still consuming?)"
  say "consumer group $group starts at the end of $topic"
}

case "${1:-up}" in
  up) up ;;
  status) if port_open "$PORT"; then say "Kafka answers on 127.0.0.1:$PORT"; else say "Kafka is down"; exit 1; fi ;;
  down) down ;;
  clean) down; rm -rf "$KAFKA_DIR"; say "deleted $KAFKA_DIR" ;;
  classpath) classpath ;;
  skip-to-end) [ $# -eq 3 ] || { echo "usage: $0 skip-to-end GROUP TOPIC" >&2; exit 2; }; skip_to_end "$2" "$3" ;;
  *) echo "usage: $0 up|status|down|clean|classpath|skip-to-end GROUP TOPIC" >&2; exit 2 ;;
esac

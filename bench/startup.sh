#!/usr/bin/env bash
# Measures what docs/architecture.md reports: cold start of the packaged jar to a served login page, with the
# embedded PostgreSQL (first start into an empty data directory, then a restart), and idle memory after 30 s.
#   bench/startup.sh                 # uses `java` on the PATH
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh
# Runs of its own on a quiet machine; nothing else should be busy.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR=$(ls target/coro-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/coro-*.jar | grep -v plain | head -1); fi
PORT=${PORT:-18080}
DATA=$(mktemp -d /tmp/coro-bench-XXXX)
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT

start() {
  local t0 t1
  t0=$(date +%s%N)
  "$JAVA" -jar "$JAR" --server.port=$PORT --coro.data-dir="$DATA" > "$DATA.log" 2>&1 &
  PID=$!
  until curl -fs -o /dev/null "http://localhost:$PORT/login" 2>/dev/null || curl -fs -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 302; do
    kill -0 $PID 2>/dev/null || { echo "Coro exited; see $DATA.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  ELAPSED=$(( (t1 - t0) / 1000000 ))
}

"$JAVA" -version 2>&1 | head -1
start
echo "first start (unpack binaries + initdb + migrations) to /login: ${ELAPSED} ms"
kill $PID; wait $PID 2>/dev/null || true
start
echo "restart to /login: ${ELAPSED} ms"
sleep 30
rss=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
echo "idle RSS of the Coro JVM after 30 s: $((rss / 1024)) MB"
pss=0
for p in $(pgrep -f "$DATA/pg" || true); do
  v=$(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0); pss=$((pss + v))
done
echo "idle PSS of the embedded PostgreSQL processes: $((pss / 1024)) MB"

#!/usr/bin/env bash
# The editorial calendar's month view over a workspace of 5,000 items (JMH, sample mode: p50/p95/p99).
# Writes nothing; copy the figures into docs/plan.md. Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  -rf text -rff target/calendar-benchmark.txt "${@:-io.coro.bench.CalendarBenchmark}"

#!/usr/bin/env bash
# "Who can answer this?" and the inventory page over 500 members × 200 competences (JMH, sample mode: p50/p95/p99).
# Writes nothing; copy the figures into docs/team.md. Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  -rf text -rff target/team-benchmark.txt "${@:-io.coro.bench.TeamBenchmark}"

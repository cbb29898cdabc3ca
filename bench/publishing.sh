#!/usr/bin/env bash
# Dispatch throughput and lateness of one Coro node: 10,000 posts due at once, then 10,000 due within one minute,
# to the in-process network (20 ms a call), on Coro's own embedded PostgreSQL in target/bench-publishing.
# Prints the figures; copy them into docs/publishing-performance.md. Run on a quiet machine.
# Arguments go to Coro, e.g. bench/publishing.sh --coro.jobs.threads=32
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
nproc
java -version 2>&1 | head -1
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" io.coro.bench.PublishingBenchmark "$@" \
  | tee target/publishing-benchmark.txt

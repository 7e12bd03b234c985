#!/bin/sh
# Runs every gcmkit benchmark and writes the table and the scaling plot of docs/performance.md.
#
#   gcm-benchmarks/run-all.sh            the full run (JMH's settings in the benchmarks)
#   gcm-benchmarks/run-all.sh --quick    -f 1 -wi 2 -i 3, for checking a change
#
# Build first: ./mvnw -B -q package -pl gcm-benchmarks -am -DskipTests
# Results go to gcm-benchmarks/target/results/.
set -eu
cd "$(dirname "$0")/.."
jar=gcm-benchmarks/target/benchmarks.jar
out=gcm-benchmarks/target/results
mkdir -p "$out"
jmh_options=""
corpus=1073741824
if [ "${1:-}" = "--quick" ]; then
  jmh_options="-f 1 -wi 2 -i 3"
fi
java -version 2>&1 | head -1 > "$out/jvm.txt"
# shellcheck disable=SC2086
java -jar "$jar" $jmh_options -rf json -rff "$out/jmh.json" | tee "$out/jmh.txt"
java -cp "$jar" io.github.gcmkit.benchmarks.RetainedHeap 1000 "$out/memory.json"
java -Xmx256m -cp "$jar" io.github.gcmkit.benchmarks.StreamCorpus "$corpus" "$out/stream.json"
java -cp "$jar" io.github.gcmkit.benchmarks.report.PerformanceReport \
  "$out/jmh.json" "$out/memory.json" "$out/stream.json" "$out"

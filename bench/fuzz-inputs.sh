#!/usr/bin/env bash
# Time per input of every fuzz target on its committed inputs (seeds, the 64 KB ones included, and regression inputs),
# in one warm JVM without Jazzer's instrumentation: median wall time and mean CPU time (all threads) of 5 runs each, the largest inputs first.
# The promise it measures: no input of 64 KB takes more than a second.
#   bench/fuzz-inputs.sh [TestClass…]     default: every *FuzzTest (e.g. bench/fuzz-inputs.sh RenderFuzzTest)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B test-compile -pl generator >&2
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -q -B dependency:build-classpath -pl generator -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >&2
classes=()
for f in $(find generator/src/test/java -name '*FuzzTest.java' | sort); do
  name="$(basename "$f" .java)"
  if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "$name"; then
    classes+=("$(sed -e 's|generator/src/test/java/||' -e 's|\.java$||' -e 's|/|.|g' <<<"$f")")
  fi
done
# the launcher's JVM settings (C1 only, serial GC, a big stack), as a build runs
java -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "generator/target/test-classes:generator/target/classes:$(cat "$cp")" \
  dev.lectern.testing.FuzzInputTimes generator/src/test/resources "${classes[@]}"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

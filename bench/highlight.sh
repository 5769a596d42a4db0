#!/usr/bin/env bash
# Build-time highlighting throughput over every code block of content/ (read through the source stage).
#   bench/highlight.sh [content-dir] [warm-passes]     (defaults: content/, 10)
# Runs with the launcher's JVM flags (C1 only, serial GC), one thread, as one page at a time would.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
content="$(cd "${1:-$root/content}" && pwd)"
passes="${2:-10}"
cd "$root"
mvn -q -B -pl generator test-compile
cd "$root/generator"
mvn -q -B exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp %classpath dev.lectern.render.highlight.HighlightBench $content $passes"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

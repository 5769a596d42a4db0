#!/usr/bin/env bash
# Whole-process build time of content/ → a temp folder, as a user runs it (JVM start included).
#   bench/build-time.sh [runs]     (default 10; the first, cold run is reported apart)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/lectern" --version >/dev/null   # builds the jar if needed, outside the measurement
jar="$root/generator/target/lectern.jar"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
times=()
for i in $(seq 0 "$runs"); do
  t0=$(ms)
  java -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" build --content "$root/content" --output "$out/site" >/dev/null 2>&1
  t1=$(ms)
  times+=($((t1 - t0)))
done
echo "cold run: ${times[0]} ms"
printf '%s\n' "${times[@]:1}" | sort -n | awk -v n="$runs" '
  { a[NR] = $1; s += $1 }
  END { printf "warm runs: %d, median %d ms, min %d ms, max %d ms, mean %.0f ms\n", n, a[int((n+1)/2)], a[1], a[n], s/n }'
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

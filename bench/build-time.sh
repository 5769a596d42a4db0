#!/usr/bin/env bash
# Whole-process build time of content/ → a temp folder, as a user runs it (JVM start included).
#   bench/build-time.sh [runs]     (default 10; the first, cold run is reported apart)
#   BASE_JAR=old.jar bench/build-time.sh [runs]
#       compares another build of Lectern with this one: runs alternate between the two jars (so that other work on
#       the machine weighs on both alike) and each gets its median wall time and median CPU time (user + system).
#       An old jar: mkdir /tmp/old && git archive <commit> | tar -x -C /tmp/old && (cd /tmp/old && mvn -q -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/lectern" --version >/dev/null   # builds the jar if needed, outside the measurement
jar="$root/generator/target/lectern.jar"
build() {  # jar [output name] → "wall_ms cpu_ms" (an older jar may not replace the folder a newer one wrote)
  /usr/bin/time -f '%e %U %S' -o "$out/time" \
    java -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$1" build --content "$root/content" --output "$out/${2:-site}" >/dev/null 2>&1
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$out/time"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
summary() {  # label, file of "wall cpu" lines
  printf '%-5s wall median %d ms (min %d, max %d)   cpu median %d ms\n' "$1" \
    "$(cut -d' ' -f1 "$2" | median)" "$(cut -d' ' -f1 "$2" | sort -n | head -1)" "$(cut -d' ' -f1 "$2" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 "$2" | median)"
}
if [ -n "${BASE_JAR:-}" ]; then
  build "$BASE_JAR" base-site >/dev/null; build "$jar" >/dev/null   # cold runs, not counted
  : > "$out/base"; : > "$out/this"
  for i in $(seq 1 "$runs"); do
    build "$BASE_JAR" base-site >> "$out/base"
    build "$jar" >> "$out/this"
  done
  echo "interleaved runs: $runs of each"
  summary base "$out/base"
  summary this "$out/this"
else
  echo "cold run: $(build "$jar" | cut -d' ' -f1) ms"
  : > "$out/this"
  for i in $(seq 1 "$runs"); do build "$jar" >> "$out/this"; done
  echo "warm runs: $runs"
  summary this "$out/this"
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

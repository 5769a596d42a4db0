#!/usr/bin/env bash
# Builds each hostile input of the pathological corpus (generator/src/test/java/dev/lectern/build/PathologicalCorpus.java)
# as a whole site and prints its size, wall time, CPU time (user + system, all threads: on a busy machine the steadier
# figure), peak memory (max resident set), exit code and the number of diagnostic lines.
#   bench/pathological.sh [case-regex]        e.g. bench/pathological.sh 'table.*'
# Env: LIMIT=seconds per case (default 120), XMX=heap ceiling (default 1g, as PathologicalInputsTest uses).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
limit="${LIMIT:-120}"
xmx="${XMX:-1g}"
cd "$root"
jar="$root/generator/target/lectern.jar"
if [ ! -f "$jar" ] || [ -n "$(find generator/src/main themes/default -newer "$jar" -type f -print -quit)" ]; then
  mvn -q -B -DskipTests package >&2
fi
[ -d generator/target/test-classes/dev/lectern/build ] || mvn -q -B test-compile -pl generator >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp generator/target/test-classes dev.lectern.build.PathologicalCorpus "$work" "${1:-.*}" > "$work/cases"

printf '%-32s %9s %7s %7s %8s %5s %s\n' case input_KB wall_s cpu_s peak_MB exit diagnostics
while read -r name; do
  dir="$work/$name"
  kb=$(du -sk "$dir/content" | cut -f1)
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time" timeout "$limit" \
    java -Xmx"$xmx" -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
    build --content "$dir/content" --output "$dir/site" > "$dir/out" 2>&1
  code=$?
  set -e
  read -r secs user sys rss < <(tail -1 "$dir/time")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  [ "$code" = 124 ] && secs=">$limit"
  diags=$(grep -c ': \(warning\|error\|note\):' "$dir/out" || true)
  printf '%-32s %9s %7s %7s %8s %5s %s\n' "$name" "$kb" "$secs" "$cpu" "$((rss / 1024))" "$code" "$diags"
done < "$work/cases"

#!/usr/bin/env bash
# Builds generated big sites and prints, for each: input size, pages, output size, time and peak memory.
#   bench/scale.sh [kind:N ...]      (default: sections:5000 files:2000 questions:55000 headings:100000)
# The sites come from generator/src/test/java/dev/lectern/testing/BigSites.java (see its comment); a build gets
# SCALE_HEAP (default -Xmx1g) and SCALE_TIMEOUT seconds (default 900). Needs GNU time (/usr/bin/time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
heap="${SCALE_HEAP:--Xmx1g}"
limit="${SCALE_TIMEOUT:-900}"
sites=("$@")
[ ${#sites[@]} -eq 0 ] && sites=(sections:5000 files:2000 questions:55000 headings:100000)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/lectern" --version >/dev/null   # builds the jar if needed, outside the measurement
jar="${SCALE_JAR:-$root/generator/target/lectern.jar}"   # SCALE_JAR: another build, to compare
printf '%-18s %10s %8s %12s %9s %9s %9s  %s\n' site input pages output "wall s" "cpu s" "peak MB" result
for site in "${sites[@]}"; do
  kind="${site%%:*}" n="${site##*:}" dir="$work/$kind-$n"
  java "$root/generator/src/test/java/dev/lectern/testing/BigSites.java" "$kind" "$n" "$dir/content"
  input=$(du -sb "$dir/content" | cut -f1)
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$dir/time" timeout "$limit" java "$heap" -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -jar "$jar" build -v --content "$dir/content" --output "$dir/site" > "$dir/log" 2>&1
  rc=$?
  set -e
  read -r wall user sys rss < <(tail -1 "$dir/time")
  pages=$(grep -o '[0-9]* pages' "$dir/log" | head -1 | cut -d' ' -f1 || true)
  output=$( [ -d "$dir/site" ] && du -sb "$dir/site" | cut -f1 || echo -)
  result=ok
  [ $rc -ne 0 ] && result="failed (exit $rc$(grep -m1 -o 'OutOfMemoryError' "$dir/log" | sed 's/^/, /' || true))"
  [ $rc -eq 124 ] && result="timed out after ${limit} s"
  printf '%-18s %10s %8s %12s %9s %9.1f %9d  %s\n' "$kind:$n" "$input" "${pages:--}" "$output" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$result"
  grep -h 'Stages' "$dir/log" | sed 's/^/    /' || true
  rm -rf "$dir"
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

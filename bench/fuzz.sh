#!/usr/bin/env bash
# Fuzzes every Jazzer target (the classes named *FuzzTest: text decoding, each dialect reader, the read stage, the HTML
# sanitizer, the renderer) for SECONDS each, one JVM per target, on inputs growing up to 64 KB, and prints per target
# the executions, the coverage reached and the findings. A finding's input is written by Jazzer into the target's
# Inputs folder (generator/src/test/resources/dev/lectern/.../<Class>Inputs/<method>/crash-…), where every later
# `mvn verify` runs it as a regression test: commit it with the fix.
#   bench/fuzz.sh [SECONDS]          default 60 s per target (about 12 minutes for all of them)
#   FUZZ_TEST=TextFuzzTest bench/fuzz.sh 300     one target only
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
reports=generator/target/surefire-reports
mvn -q -B test-compile -pl generator
rm -f "$reports"/*FuzzTest*
# One fork at a time: the figures are per target, not shared with another fuzzer.
mvn -q -B surefire:test@fuzz -pl generator -Dfuzz.include="**/*FuzzTest.java" -Dfuzz.seconds="$seconds" -Dfuzz.forks=1 -Dfuzz.len_control=20 \
  -Dsurefire.redirectTestOutputToFile=true -Dmaven.test.failure.ignore=true -Dsurefire.failIfNoSpecifiedTests=false \
  ${FUZZ_TEST:+-Dtest="$FUZZ_TEST"} >/dev/null 2>&1 || true

printf '%-44s %12s %8s %8s %9s  %s\n' target executions exec/s cover max-len findings
total=0
for out in "$reports"/*FuzzTest-output.txt; do
  [ -e "$out" ] || { echo "no fuzz output in $reports: did the build fail? (rerun: mvn test -pl generator -Dtest=$FUZZ_TEST)"; exit 1; }
  name="$(basename "$out" -output.txt)"
  done_line="$(grep -a ' DONE ' "$out" | tail -1 || true)"
  [ -n "$done_line" ] || done_line="$(grep -a -E '^#[0-9]+' "$out" | tail -1 || true)"
  runs="$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$done_line")"
  rate="$(grep -a -oE 'exec/s: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)"
  cov="$(grep -a -oE 'cov: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)"
  len="$(grep -a -oE 'lim: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)"
  xml="$reports/TEST-$name.xml"
  findings=0
  [ -f "$xml" ] && findings="$(grep -c '<failure\|<error' "$xml" || true)"
  what=""
  if [ "$findings" != 0 ]; then
    what="$(grep -a -m1 -E '== Java Exception|AssertionError|Exception:' "$out" | cut -c1-100 || true)"
  fi
  total=$((total + findings))
  printf '%-44s %12s %8s %8s %9s  %s %s\n' "$name" "${runs:--}" "${rate:--}" "${cov:--}" "${len:--}" "$findings" "$what"
done
echo "findings: $total (crashing inputs, if any: git status generator/src/test/resources)"
[ "$total" = 0 ]

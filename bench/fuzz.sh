#!/usr/bin/env bash
# Fuzzes every Jazzer target (the classes named *FuzzTest: text decoding, each dialect reader, the read stage, the HTML
# sanitizer, the renderer) for SECONDS each, one JVM per target, on inputs growing up to 64 KB, and prints per target
# the executions, the coverage reached and the findings. A finding's input is written by Jazzer into the target's
# Inputs folder (generator/src/test/resources/dev/lectern/.../<Class>Inputs/<method>/crash-…), where every later
# `mvn verify` runs it as a regression test: commit it with the fix.
#   bench/fuzz.sh [SECONDS]                      default 60 s per target (about 15 minutes for the ten)
#   FUZZ_TEST=TextFuzzTest bench/fuzz.sh 300     one target only
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
reports=generator/target/surefire-reports
log=generator/target/fuzz-bench.log
mvn -q -B test-compile -pl generator
mkdir -p "$reports"
rm -f "$reports"/*FuzzTest*
# One fork at a time: each target has the CPU to itself, and the log reads target after target.
mvn -B surefire:test@fuzz -pl generator -Dfuzz.skip=false -Dfuzz.include="**/*FuzzTest.java" -Dfuzz.seconds="$seconds" -Dfuzz.forks=1 \
  -Dfuzz.len_control=20 -Dmaven.test.failure.ignore=true -Dsurefire.failIfNoSpecifiedTests=false \
  ${FUZZ_TEST:+-Dtest="$FUZZ_TEST"} >"$log" 2>&1 || true

printf '%-44s %11s %7s %6s %8s  %s\n' target executions exec/s cover max-len findings
total=0
for xml in "$reports"/TEST-*FuzzTest.xml; do
  [ -e "$xml" ] || { echo "no fuzz test ran: see $log"; exit 1; }
  name="$(basename "$xml" .xml)"; name="${name#TEST-}"
  # the libFuzzer lines of this target: from its "Running" line to the next one
  done_line="$(awk -v t="Running $name" 'index($0, "Running dev.lectern.") { on = index($0, t) > 0 } on' "$log" \
    | sed 's/\x1b\[[0-9;]*m//g' | grep -a -E '^#[0-9]+' | tail -1 || true)"
  runs="$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$done_line")"
  rate="$(grep -oE 'exec/s: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)"
  cov="$(grep -oE 'cov: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)"
  len="$(grep -oE 'lim: [0-9]+' <<<"$done_line" | grep -oE '[0-9]+' || true)"
  findings="$(grep -c '<failure\|<error' "$xml" || true)"
  what=""
  [ "$findings" = 0 ] || what="$(grep -o -m1 'message="[^"]*' "$xml" | cut -c10-110 || true)"
  total=$((total + findings))
  printf '%-44s %11s %7s %6s %8s  %s %s\n' "${name#dev.lectern.}" "${runs:--}" "${rate:--}" "${cov:--}" "${len:--}" "$findings" "$what"
done
echo "findings: $total (the fuzzers' output: $log; new crashing inputs: git status generator/src/test/resources)"
[ "$total" = 0 ]

#!/usr/bin/env bash
# How long the README's test command takes: `mvn -q verify` with the browser tests required, RUNS times (default 1),
# on the classes as they are (a first run also compiles). Per run: wall time; the CPU time of the Maven process tree
# (user + system, as /usr/bin/time counts it); and the CPU time of the whole machine over the run (/proc/stat), which
# also counts what the tree does not: Chromium's renderers, which outlive the processes that started them. Then the
# median and range of each, and how busy the cores were. Run it on an idle machine: the machine's figure counts
# everything that runs meanwhile.
#   bench/verify.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cores=$(nproc)
hz=$(getconf CLK_TCK)
busy() {  # CPU ticks the machine has spent so far, all cores (user, nice, system, irq, softirq, steal)
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}
for i in $(seq "$runs"); do
  before=$(busy)
  if ! (cd "$root" && /usr/bin/time -f '%e %U %S' -o "$work/time" env LECTERN_REQUIRE_BROWSER=1 mvn -q -B verify >"$work/log" 2>&1); then
    cp "$work/log" "${TMPDIR:-/tmp}/lectern-verify.log"
    tail -30 "$work/log" >&2
    echo "run $i: mvn verify failed (its whole output: ${TMPDIR:-/tmp}/lectern-verify.log)" >&2
    exit 1
  fi
  after=$(busy)
  read -r wall user sys < "$work/time"
  machine=$(awk -v a="$before" -v b="$after" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz }')
  tree=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  echo "$wall $tree $machine" >> "$work/runs"
  printf 'run %d: %s s wall, %s s CPU in the Maven tree, %s s CPU on the machine\n' "$i" "$wall" "$tree" "$machine"
done
stats() {  # column → "median (min–max)"
  cut -d' ' -f"$1" "$work/runs" | sort -n | awk '{ a[NR] = $1 } END { m = a[int((NR + 1) / 2)]; if (NR > 1) printf "%s (%s–%s)", m, a[1], a[NR]; else printf "%s", m }'
}
echo
printf '%-28s %s s\n' "wall" "$(stats 1)"
printf '%-28s %s s\n' "CPU, Maven's process tree" "$(stats 2)"
printf '%-28s %s s\n' "CPU, the whole machine" "$(stats 3)"
awk -v c="$cores" '{ w += $1; m += $3 } END { printf "%-28s %.0f%% of %d cores over the runs\n", "busy", 100 * m / (w * c), c }' "$work/runs"

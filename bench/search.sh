#!/usr/bin/env bash
# Search benchmark: index bytes (raw and gzip), bytes a browser downloads for its first query, and query latency
# p50/p95 in Node over a fixed query list; with a factor, the search and relate stages' own CPU time too.
# Targets: a first query ≤ 200 KB gzip and p95 ≤ 10 ms at 100× content/.
#   bench/search.sh            builds content/ into a temp folder with the generator jar (needs java and node)
#   bench/search.sh SITE_DIR   measures an already built site (its search/ folder)
#   bench/search.sh 100        makes the 100× corpus of content/ (bench/Corpus.java) and runs only the search and
#                              relate stages on it (bench/SearchStage.java: CPU ms of each), then measures their files
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
arg="${1:-}"
jar="$root/generator/target/lectern.jar"
java=(java -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ -n "$arg" ] && [ -d "$arg" ]; then
  site="$(cd "$arg" && pwd)"
else
  "$root/lectern" --version >/dev/null   # builds the jar if needed
  cp "$jar" "$out/lectern.jar"            # a rebuild of the jar meanwhile cannot disturb a long run
  site="$out/site"
  if [ -z "$arg" ]; then
    (cd "$root" && "${java[@]}" -jar "$out/lectern.jar" build --content content --output "$site" >/dev/null)
  else
    java "$root/bench/Corpus.java" "$root/content" "$arg" "$out/content"
    echo "content/ × $arg: $(du -sh "$out/content" | cut -f1) of Markdown"
    /usr/bin/time -f "stages alone: wall %e s, peak memory %M KB" \
      "${java[@]}" -cp "$out/lectern.jar" "$root/bench/SearchStage.java" "$out/content" "$site"
  fi
fi
node "$root/bench/search-bench.js" "$site"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version)"

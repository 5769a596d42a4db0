#!/usr/bin/env bash
# Search benchmark for content/: index bytes (raw and gzip), bytes a browser downloads for its first query, and query
# latency p50/p95 in Node over a fixed query list. Targets: whole index ≤ 120 KB gzip; p95 ≤ 2 ms.
#   bench/search.sh            (builds content/ into a temp folder with the generator jar; needs java and node)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/lectern" --version >/dev/null   # builds the jar if needed
(cd "$root" && java -Xss16m -jar generator/target/lectern.jar build --content content --output "$out/site" >/dev/null)
node "$root/bench/search-bench.js" "$out/site"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version)"

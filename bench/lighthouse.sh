#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the home page and the largest guide page,
# mobile and desktop, in Debian's Chromium. Installs Lighthouse into bench/lighthouse on first run.
#   bench/lighthouse.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[ -d bench/lighthouse/node_modules/lighthouse ] || (cd bench/lighthouse && npm install --no-audit --no-fund --silent)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./lectern build --output "$out/site" >&2
node bench/lighthouse/run.mjs "$out/site"

#!/usr/bin/env bash
# Builds content/ and writes screenshots of the site (home, guide, question, search, dark scheme, 390 px phone, 404…)
# as PNGs into a folder, so anyone can look at the theme without a browser at hand.
#   bench/screenshots.sh [folder]       (default: screenshots/; needs Debian's chromium)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$root/screenshots}")"
cd "$root"
[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund >&2)
./lectern build >&2
LECTERN_SITE="$root/site" node tests/browser/screenshots.js "$out"

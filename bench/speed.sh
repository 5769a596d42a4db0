#!/usr/bin/env bash
# Speed and scale: whole-process builds of content/ at 1×, 10× and 100× its volume (bench/Corpus.java makes the
# copies: distinct titles, slugs and first paragraphs), each run RUNS times (median and range of wall time, CPU time
# (user + system) and peak memory), pages written per second; Hugo and MkDocs on the same corpora when installed
# (Debian: apt-get install hugo mkdocs mkdocs-material); then how long an edit to one guide takes to reach the open
# page under `lectern serve`, and to settle the whole site (a warm JVM, content/ at 1×; EDITS=9 edits, 2 of them
# warm-up). Lectern runs through its launcher, as authors run it.
#   bench/speed.sh [factor ...]          (default: 1 10 100; `serve` alone: only the edits under serve)
#   RUNS=5 bench/speed.sh 1 10           (default RUNS=3; a factor of 100 or more runs once unless RUNS100 is set)
#   MKDOCS_MAX=10 bench/speed.sh 100     (MkDocs only up to that factor: it takes minutes at 100×)
# Lectern writes a page per guide and per question, plus the search index; Hugo (with a one-line layout) writes one
# page per document and no index; MkDocs Material one page per document and its search index.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
factors=("$@")
[ ${#factors[@]} -eq 0 ] && factors=(1 10 100)
[ "${factors[*]}" = serve ] && factors=()   # bench/speed.sh serve: only the edits under serve
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/lectern" --version >/dev/null   # builds the jar (and a start-up cache) if needed, outside the measurement
# as authors run it: the launcher picks the Java and its start-up cache (LECTERN_JAVA=…/java or LECTERN_AOT=0 to compare)
lectern_java=("$root/lectern")

# timed OUT_FILE cmd… → appends "wall_s cpu_s peak_mb" to OUT_FILE
timed() {
  local out="$1"; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/log" 2>&1 || { echo "failed: $*" >&2; tail -5 "$work/log" >&2; return 1; }
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time" >> "$out"
}
# stats FILE COLUMN → "median (min–max)"
stats() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ a[NR] = $1 } END { m = a[int((NR + 1) / 2)]; if (NR > 1) printf "%s (%s–%s)", m, a[1], a[NR]; else printf "%s", m }'
}
row() {  # tool factor input_mb pages file
  local wall; wall=$(cut -d' ' -f1 "$5" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%-16s %5s× %9s %8s  %-22s %-22s %-18s %8s\n' "$1" "$2" "$3" "$4" "$(stats "$5" 1)" "$(stats "$5" 2)" "$(stats "$5" 3)" \
    "$(awk -v p="$4" -v w="$wall" 'BEGIN { if (p ~ /^[0-9]+$/ && w > 0) printf "%.0f", p / w; else print "-" }')"
}

printf '%-16s %6s %9s %8s  %-22s %-22s %-18s %8s\n' tool factor "input MB" pages "wall s" "cpu s" "peak MB" "pages/s"
for f in "${factors[@]}"; do
  corpus="$work/corpus-$f"
  if [ "$f" = 1 ]; then corpus="$root/content"; else java "$root/bench/Corpus.java" "$root/content" "$f" "$corpus"; fi
  input=$(du -sb "$corpus" | awk '{ printf "%.1f", $1 / 1048576 }')
  n="$runs"; [ "$f" -ge 100 ] && n="${RUNS100:-1}"
  : > "$work/lectern.times"
  for _ in $(seq "$n"); do timed "$work/lectern.times" "${lectern_java[@]}" build --content "$corpus" --output "$work/site-$f"; done
  pages=$(find "$work/site-$f" -name '*.html' | wc -l)
  row lectern "$f" "$input" "$pages" "$work/lectern.times"
  if command -v hugo >/dev/null; then
    h="$work/hugo-$f"; mkdir -p "$h/content" "$h/layouts/_default"
    printf 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$h/hugo.toml"
    echo '<!doctype html><title>{{ .Title }}</title>{{ .Content }}' > "$h/layouts/_default/single.html"
    echo '<!doctype html><title>{{ .Title }}</title>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}' > "$h/layouts/_default/list.html"
    for d in "$corpus"/*.md "$corpus"/*.txt; do [ -f "$d" ] && cp "$d" "$h/content/$(basename "${d%.*}").md"; done
    : > "$work/hugo.times"
    for _ in $(seq "$n"); do rm -rf "$h/public"; timed "$work/hugo.times" hugo --quiet -s "$h"; done
    row hugo "$f" "$input" "$(find "$h/public" -name '*.html' | wc -l)" "$work/hugo.times"
  fi
  if command -v mkdocs >/dev/null && [ "$f" -le "${MKDOCS_MAX:-1000}" ]; then
    m="$work/mkdocs-$f"; mkdir -p "$m/docs"
    theme=material   # Material when mkdocs can load it, else MkDocs' own theme
    mkdir -p "$work/probe/docs" && echo '# Probe' > "$work/probe/docs/index.md" && printf 'site_name: p\ntheme:\n  name: material\n' > "$work/probe/mkdocs.yml"
    mkdocs build -q -f "$work/probe/mkdocs.yml" -d "$work/probe/site" >/dev/null 2>&1 || theme=mkdocs
    printf 'site_name: bench\ntheme:\n  name: %s\n' "$theme" > "$m/mkdocs.yml"
    for d in "$corpus"/*.md "$corpus"/*.txt; do [ -f "$d" ] && cp "$d" "$m/docs/$(basename "${d%.*}").md"; done
    : > "$work/mkdocs.times"
    for _ in $(seq "$n"); do timed "$work/mkdocs.times" mkdocs build -q -f "$m/mkdocs.yml" -d "$m/site"; done
    row "mkdocs($theme)" "$f" "$input" "$(find "$m/site" -name '*.html' | wc -l)" "$work/mkdocs.times"
  fi
  [ "$f" != 1 ] && rm -rf "$corpus" "$work/site-$f" "$work/hugo-$f" "$work/mkdocs-$f"
done

# Edits under serve (bench/serve_edits.py): from the save until the open page, reloaded, shows the edit, and until
# the whole site is built again; the guide's first page is open, then a question's page of the same guide, then the
# first page of the biggest guide (the quick step renders all of a guide's sections, so it costs the most).
cp -r "$root/content" "$work/serve-content"
"${lectern_java[@]}" serve --content "$work/serve-content" --output "$work/serve-site" --port 0 > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 240); do grep -q '^Built' "$work/serve.log" && break; sleep 0.5; done
port="$(grep -o '127.0.0.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f2)"
guide="$(ls "$work"/serve-content/*.md | head -1)"
slug="$(basename "${guide%.*}")"
question="$(ls -d "$work/serve-site/$slug"/*/ | grep -v '/page-[0-9]*/$' | head -1)"
python3 "$root/bench/serve_edits.py" "$port" "$guide" "/$slug/index.html" "${EDITS:-9}"
python3 "$root/bench/serve_edits.py" "$port" "$guide" "/$slug/$(basename "$question")/index.html" "${EDITS:-9}"
biggest="$(ls -S "$work"/serve-content/*.md | head -1)"
python3 "$root/bench/serve_edits.py" "$port" "$biggest" "/$(basename "${biggest%.*}")/index.html" "${EDITS:-9}"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(LECTERN_SHOW_JAVA=1 "$root/lectern" --version 2>&1 >/dev/null)"

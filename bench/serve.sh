#!/usr/bin/env bash
# The preview server (`lectern serve`) over a one-guide site: how fast a page answers with no other client and with
# 200 clients that stall mid-request, and how long an edit takes to become a new site version (its pages shown first).
#   bench/serve.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
"$root/lectern" --version >/dev/null   # builds the jar if needed, outside the measurement
mkdir -p "$work/content"
printf '# Guide\n\n## S\n\n### Q1: First question?\n\nAn answer.\n' > "$work/content/g.md"
java -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$root/generator/target/lectern.jar" serve \
  --content "$work/content" --output "$work/site" --port 0 > "$work/out.txt" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do grep -q '^Built' "$work/out.txt" && break; sleep 0.5; done
port="$(grep -o '127.0.0.1:[0-9]*' "$work/out.txt" | head -1 | cut -d: -f2)"
python3 - "$port" "$work/content/g.md" <<'PY'
import socket, statistics, sys, time, urllib.request
port, guide = int(sys.argv[1]), sys.argv[2]
def get(path):
    return urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read()
def latency(n=100):
    t = []
    for _ in range(n):
        s = time.perf_counter(); get("/"); t.append((time.perf_counter() - s) * 1000)
    return "median %.1f ms, max %.1f ms over %d requests" % (statistics.median(t), max(t), n)
print("GET /, no other client:", latency())
stalled = []
for i in range(200):
    c = socket.create_connection(("127.0.0.1", port))
    if i % 2 == 0: c.sendall(b"GET / HT")   # half a request line; the others send nothing
    stalled.append(c)
print("GET /, 200 stalled clients:", latency())
for c in stalled: c.close()
edits = []
for i in range(5):
    before = get("/__lectern/version")
    s = time.perf_counter()
    open(guide, "w").write(f"# Guide\n\n## S\n\n### Q1: Edit {i}?\n\nAn answer.\n")
    while get("/__lectern/version") == before: time.sleep(0.01)
    edits.append((time.perf_counter() - s) * 1000)
while get("/__lectern/settled") != get("/__lectern/version"): time.sleep(0.01)  # the builds behind the edits end
print("edit to new version (the edited page first; no page open): median %.0f ms, max %.0f ms over 5 edits" % (statistics.median(edits), max(edits)))
PY
echo "whole builds committed for those 5 edits (an edit overtakes the build before it): $(( $(grep -c '^Built' "$work/out.txt") - 1 ))"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

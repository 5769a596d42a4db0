"""Edits under `lectern serve`, as an author sees them: a page is open (a client waits on the reload long poll, naming
the page, as the reload script does); a sentence is written into a guide; the clock runs from the save until the page,
fetched again after the version moved, shows the sentence (visible), and until the whole site is built again (settled).
    python3 bench/serve_edits.py PORT GUIDE_FILE PAGE_PATH [EDITS]
The first two edits warm the JVM and are not counted."""
import html as entities, re, statistics, sys, threading, time, urllib.request

port, guide, page = int(sys.argv[1]), sys.argv[2], sys.argv[3]
edits = int(sys.argv[4]) if len(sys.argv) > 4 else 9
base = f"http://127.0.0.1:{port}"
get = lambda p: urllib.request.urlopen(base + p, timeout=60).read().decode("utf-8")
original = open(guide, encoding="utf-8").read()
lines = original.split("\n")
# the sentence goes where the open page shows it: after the guide's title, or after its question's heading
title = entities.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", get(page), re.S).group(1))).strip()
at = next((i for i, l in enumerate(lines) if l.startswith("#") and title in l.replace("`", "")), None)
if at is None or page.count("/") < 3:
    at = next(i for i, l in enumerate(lines) if l.startswith("# "))

visible, settled, fetch = [], [], []
try:
    for i in range(edits):
        html = get(page)
        version = re.search(r'data-version="(\d+)" data-epoch="(\w+)"', html)
        answer = {}
        def wait():
            answer["at"] = time.perf_counter()
            answer["version"] = get(f"/__lectern/version?since={version.group(1)}&epoch={version.group(2)}&page={page}")
            answer["at"] = time.perf_counter()
        waiter = threading.Thread(target=wait)
        waiter.start()
        time.sleep(0.3)  # the wait has reached the server
        marker = f"Edit marker {i} {time.time_ns()}."
        start = time.perf_counter()
        with open(guide, "w", encoding="utf-8") as f:
            f.write("\n".join(lines[:at + 1] + ["", marker, ""] + lines[at + 1:]))
        waiter.join(60)
        shown = False
        while not shown and time.perf_counter() - start < 60:
            before = time.perf_counter()
            shown = marker in get(page)
            fetch.append((time.perf_counter() - before) * 1000)
        seen = time.perf_counter()
        while get("/__lectern/settled") != get("/__lectern/version") or get("/__lectern/version") == version.group(1):
            time.sleep(0.005)
        done = time.perf_counter()
        if i >= 2 and shown:
            visible.append((seen - start) * 1000)
            settled.append((done - start) * 1000)
        time.sleep(0.5)
finally:
    open(guide, "w", encoding="utf-8").write(original)

def stats(xs):
    return "median %.0f ms (%.0f–%.0f)" % (statistics.median(xs), min(xs), max(xs))
print(f"serve: edit to {guide.rsplit('/', 1)[1]} with {page} open, over {len(visible)} edits, warm JVM:")
print(f"  save → page shows the edit (reloaded): {stats(visible)}")
print(f"  save → whole site settled:             {stats(settled)}")
print(f"  page fetch: median {statistics.median(fetch):.1f} ms")

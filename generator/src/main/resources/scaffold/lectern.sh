#!/bin/sh
# Runs Lectern from the jar in .lectern/, so this folder builds with Java 17 or later and nothing else (here and in CI).
#   ./lectern build     content/ → site/
#   ./lectern serve     preview at http://127.0.0.1:8000/, rebuilt and reloaded on every change
#   ./lectern check     check every link of the built site
#   ./lectern --help    every command and option
set -eu
root=$(cd "$(dirname "$0")" && pwd)
jar="$root/.lectern/lectern.jar"
if [ ! -f "$jar" ]; then
  echo "lectern: $jar is missing; copy Lectern's jar (lectern.jar) there" >&2
  exit 2
fi
java=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; fi
if ! command -v "$java" >/dev/null 2>&1; then
  echo "lectern: java was not found; install Java 17 or later (or set JAVA_HOME)" >&2
  exit 2
fi
# Lectern reads file names and text as UTF-8 under any locale; a UTF-8 locale also keeps non-ASCII names readable in
# its messages (under POSIX, the default where LANG is unset, as on many CI machines, Java prints them as '?').
case "$(locale charmap 2>/dev/null || true)" in
  UTF-8 | utf8) ;;
  *) if locale -a 2>/dev/null | grep -qix 'c\.utf-\{0,1\}8'; then LC_ALL=C.UTF-8; export LC_ALL; fi ;;
esac
# The heap's bound: what the content folder can need, 8 MB per MB of the folder, at least 512 MB (the JVM
# would rather grow its heap than collect); LECTERN_HEAP (4g, 1500m) sets it instead.
heap="${LECTERN_HEAP:-}"
if [ -z "$heap" ]; then
  content=content prev=
  for arg in "$@"; do
    if [ "$prev" = --content ]; then content="$arg"; fi
    case "$arg" in --content=*) content="${arg#--content=}" ;; esac
    prev="$arg"
  done
  mb=$(du -sm "$content" 2>/dev/null || true)
  mb=${mb%%[!0-9]*}
  heap=$((8 * ${mb:-0}))
  if [ "$heap" -lt 512 ]; then heap=512; fi
  if [ "$heap" -le 30720 ]; then heap="${heap}m"; else heap=; fi
fi
# Transparent huge pages for the heap where Linux gives them on request: the collector faults fresh memory in 2 MB
# at a time, not 4 KB (asked for where the kernel does not offer them, the JVM would print a warning).
thp=
if grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then thp=-XX:+UseTransparentHugePages; fi
# A big thread stack: Markdown parsing recurses per nesting level. C1 only: a build is a short run. A young
# generation of at most 160 MB leaves the old one, which holds the site, room under the bound. A code space as big as
# with C2 spares a full collection per build (one each time compiled code grows by 15% of the space).
exec "$java" -Xss16m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxNewSize=160m -XX:ReservedCodeCacheSize=240m $thp ${heap:+-Xmx"$heap"} -jar "$jar" "$@"

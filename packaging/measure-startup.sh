#!/usr/bin/env bash
# Measures how long the app takes from launch to its window on screen, installed or from a checkout.
# Usage (needs an X display; on a server: xvfb-run -a -s "-screen 0 1920x1080x24" ...):
#   packaging/measure-startup.sh [launcher] [runs]     default: /opt/spindle/lib/launch/Spindle
#                                                      (what the menu entry starts), 3 runs
#   packaging/measure-startup.sh --checkout [runs]     ./mvnw -o -q javafx:run in this checkout
#                                                      (after ./mvnw package, which makes its AOT cache)
# For each run it prints the time until the Spindle window is viewable at its full size
# (polled with xwininfo every 20 ms, so within ~20 ms of the first frame), and, when the app
# supports it, the app's own "first frame" line (-Dspindle.startupTiming, passed through
# JAVA_TOOL_OPTIONS because jpackage launchers take no JVM options on their command line).
# It also prints the CPU time the app used until then (Linux): on a shared, busy machine the
# wall time is mostly waiting for a core. The first run after installing is the cold one; the
# page cache makes the others warm. The app's line also gives each start-up phase (wall ms since
# launch, and in brackets the FX thread's CPU ms in that phase).
# MEASURE_JAVA_OPTIONS adds JVM options, e.g. MEASURE_JAVA_OPTIONS=-XX:AOTMode=off to time a
# start without the installed AOT cache.
set -euo pipefail
launcher=${1:-/opt/spindle/lib/launch/Spindle}
runs=${2:-3}
made_launcher=""
if [ "$launcher" = --checkout ]; then
  # Maven's start is in the "window shown" figure (and its CPU is Maven's); the app's own
  # line counts from the start of the JVM that Maven forks.
  checkout=$(cd "$(dirname "$0")/.." && pwd)
  launcher=$(mktemp)
  made_launcher=$launcher
  printf '#!/bin/sh\ncd "%s" && exec ./mvnw -o -q -B -ntp javafx:run\n' "$checkout" > "$launcher"
  chmod +x "$launcher"
fi
command -v xwininfo >/dev/null || { echo "measure-startup.sh: needs xwininfo (x11-utils)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "measure-startup.sh: no DISPLAY (use xvfb-run)" >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log" $made_launcher' EXIT
shown_all=() cpu_all=() frame_all=() frame_cpu_all=() loads=()
for run in $(seq 1 "$runs"); do
  t0=$(date +%s%N)
  JAVA_TOOL_OPTIONS="-Dspindle.startupTiming=true -Dspindle.exitAfterFirstFrame=true ${MEASURE_JAVA_OPTIONS:-}" \
    "$launcher" >"$log" 2>&1 &
  pid=$!
  shown=""
  for _ in $(seq 1 3000); do   # at most a minute
    id=$(xwininfo -root -tree 2>/dev/null | awk '/\("dev.spindle.app.DesktopApp"/ {print $1; exit}')
    if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q 'IsViewable'; then
      width=$(xwininfo -id "$id" | awk '/Width:/ {print $2}')
      if [ "${width:-0}" -gt 100 ]; then
        shown=$(date +%s%N)
        # CPU time the app used so far (user + system, all threads): on a busy machine the
        # wall time mostly measures waiting for a core; this is what the start itself costs.
        cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat" 2>/dev/null || echo "?")
        break
      fi
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  # Give the app's own line (if it has the hook) up to 20 s to appear on a busy machine.
  for _ in $(seq 1 100); do
    grep -qi 'first frame' "$log" && break
    sleep 0.2
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -z "$shown" ]; then
    echo "run $run: no window within a minute; the app printed:"; cat "$log"; exit 1
  fi
  hook=$(grep -i 'first frame' "$log" || true)
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "run $run: window shown after $(( (shown - t0) / 1000000 )) ms, ${cpu} ms CPU, load $load${hook:+ ($hook)}"
  shown_all+=($(( (shown - t0) / 1000000 ))) cpu_all+=("$cpu") loads+=("$load")
  if [ -n "$hook" ]; then
    frame_all+=($(sed -E 's/.*first frame after ([0-9]+) ms.*/\1/' <<<"$hook"))
    frame_cpu_all+=($(sed -E 's/.*process cpu ([0-9]+).*/\1/' <<<"$hook"))
  fi
  sleep 1   # let the previous window go before the next run looks for one
done
median() { [ $# -gt 0 ] && printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}' || echo "?"; }
echo "median of $runs: window shown after $(median "${shown_all[@]}") ms ($(median "${cpu_all[@]}") ms CPU);" \
     "first frame $(median "${frame_all[@]}") ms after the app's JVM started ($(median "${frame_cpu_all[@]}") ms CPU);" \
     "load ${loads[*]}"

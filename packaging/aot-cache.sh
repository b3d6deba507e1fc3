#!/bin/sh
# Spindle's ahead-of-time cache (JDK 25, JEPs 483/514/515) for this installation: the classes the
# window loads and links on its way to the first frame, and their method profiles, recorded once
# by a training run and mapped by every later start. It roughly halves the CPU a start costs.
#
# Usage (the Linux packages' postinst/%post and prerm/%preun call it; build.sh tries it on the
# app-image):  sh <install dir>/lib/aot-cache.sh create|remove
#
# Why at install time and not at build time: the JVM accepts a cache only for the very module
# path it was made with (same directory, same jar sizes and modification times), and neither
# jpackage nor the package managers keep those from the build machine.
#
# The training run opens the window on JavaFX's headless platform with software rendering (no
# display needed), with a throw-away preferences directory (no student's progress is touched),
# and quits after the first frame. Any failure leaves no cache behind: the launchers' options
# (-XX:AOTCache=$APPDIR/spindle.aot -Xlog:aot*=off,cds*=off) then start without one, silently.
# build.sh replaces @JAVA_OPTIONS@ with the launchers' own options: a cache is used only with
# the options it was made with.
set -u
# The physical path, as lib/launch/* and jpackage's launchers (via /proc/self/exe) spell it.
lib=$(cd "$(dirname "$0")" && pwd -P)
cache="$lib/app/spindle.aot"

case "${1:-create}" in
  remove)
    rm -f "$cache" "$cache.config"
    exit 0 ;;
  create) ;;
  *) echo "usage: aot-cache.sh create|remove" >&2; exit 2 ;;
esac

rm -f "$cache" "$cache.config"
prefs=$(mktemp -d) || exit 1
status=0
# A training run that hangs must not hang the installation: 5 minutes at most.
timeout 300 "$lib/runtime/bin/java" -XX:AOTCacheOutput="$cache" @JAVA_OPTIONS@ \
  -Djava.util.prefs.userRoot="$prefs" -Djava.util.prefs.systemRoot="$prefs" \
  -Dglass.platform=Headless -Dprism.order=sw -Dspindle.exitAfterFirstFrame=true \
  --module-path "$lib/app/mods" -m dev.spindle/dev.spindle.app.SpindleApp >/dev/null 2>&1 || status=$?
rm -rf "$prefs"
if [ "$status" -ne 0 ] || [ ! -s "$cache" ]; then
  rm -f "$cache" "$cache.config"
  exit 1
fi
chmod 644 "$cache"
exit 0

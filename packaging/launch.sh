#!/bin/sh
# @NAME@: Spindle's @WHAT@, started straight on the bundled Java runtime with the same options as
# jpackage's launcher in bin/ (lib/app/*.cfg). The Linux packages point the menu entry, the .go
# file association and /usr/bin/spindle here.
#
# Why not bin/@NAME@: jpackage's Linux launcher asks the package managers which package owns it
# (rpm -qf, then dpkg -S and dpkg -L) before it starts Java, on every start. dpkg -S reads the
# whole package database: about half a second of a classroom laptop's start, for a path that is
# always lib/libapplauncher.so here. bin/ keeps jpackage's launchers for whoever calls them.
#
# build.sh fills in the placeholders. The options and the module path must stay exactly those
# that lib/aot-cache.sh trains the AOT cache with, or the JVM ignores the cache (silently, and
# the start is just slower).
#
# The AOT cache is named only when it is there: a cache the JVM cannot map (none was made, the
# training run failed) leaves it with no class data sharing at all, not even the runtime's own
# CDS archive (-Xshare:auto, the default), and the start is slower than without the option.
lib=$(dirname "$(dirname "$(readlink -f "$0")")")
aot=-Xshare:auto
[ -f "$lib/app/spindle.aot" ] && aot=-XX:AOTCache="$lib/app/spindle.aot"
exec "$lib/runtime/bin/java" -Djpackage.app-version=@VERSION@ @JAVA_OPTIONS@ \
  "$aot" -Xlog:aot*=off,cds*=off \
  --module-path "$lib/app/mods" -m @MODULE@ "$@"

#!/usr/bin/env bash
# Builds Spindle's installers for the operating system it runs on:
#   Linux   target/installer/dist/Spindle/ (app-image), spindle_<v>_<arch>.deb, spindle-<v>.<arch>.rpm
#   Windows target/installer/dist/Spindle/ (app-image), Spindle-<v>.msi   (needs WiX 3, or WiX 4/5 with wix.exe)
#   macOS   target/installer/dist/Spindle.app,          Spindle-<v>.dmg   (needs the Xcode command line tools)
#
# Usage: packaging/build.sh [--no-maven] [--reuse-image] [--type app-image|deb|rpm|msi|dmg ...]
#   --no-maven     use the existing target/spindle.jar and target/lib (what `./mvnw -Pinstaller package` does)
#   --reuse-image  only make the installers, from the runtime and jars of the previous run
#   --type      build only these (repeatable); default: every type of the current OS
# Environment: JAVA_HOME (a full JDK 25 with jlink and jpackage), SPINDLE_VERSION (overrides the
# pom's version), MAVEN_ARGS (extra arguments for the ./mvnw package step).
#
# How the image is made (see also ModulePlan.java):
#  1. ./mvnw package gives target/spindle.jar and its dependencies in target/lib.
#  2. ModulePlan sorts the jars: JavaFX's platform jars become jmods (so their native libraries
#     land in the runtime's lib/ or bin/ instead of being unpacked into ~/.openjfx at run time),
#     explicit third-party modules are linked, and Spindle's module with the automatic ones
#     (RichTextFX, Flowless, ReactFX, UndoFX, WellBehavedFX) travels on the app's module path.
#  3. jlink makes a compressed runtime with a CDS archive, from the JDK's own runtime image
#     (JEP 493: the JDK needs no jmods/ directory).
#  4. jpackage makes the app-image with two launchers, Spindle (the window) and spindle (the
#     command line), smoke-tests it, then makes the installers from the same inputs.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

die() { echo "packaging/build.sh: $*" >&2; exit 1; }
say() { echo "==> $*"; }
started=$(date +%s)

maven=yes
reuse=no
types=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-maven) maven=no ;;
    --reuse-image) reuse=yes; maven=no ;;
    --type) [ $# -ge 2 ] || die "--type needs a value"; types+=("$2"); shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (try --help)" ;;
  esac
  shift
done

# --- The platform ------------------------------------------------------------------------
exe=""
sep=":"
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; exe=".exe"; sep=";" ;;
  *) die "unsupported operating system: $(uname -s)" ;;
esac
if [ ${#types[@]} -eq 0 ]; then
  case "$os" in
    linux) types=(app-image deb rpm) ;;
    mac) types=(app-image dmg) ;;
    windows) types=(app-image msi) ;;
  esac
fi

# --- The JDK -----------------------------------------------------------------------------
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
[ -n "${JAVA_HOME:-}" ] || die "set JAVA_HOME to a JDK 25 (with jlink and jpackage)"
if [ "$os" = windows ]; then JAVA_HOME=$(cygpath -u "$JAVA_HOME"); fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
for tool in java jar jlink jmod jpackage; do
  [ -x "$JAVA_HOME/bin/$tool$exe" ] || die "$JAVA_HOME has no bin/$tool$exe: a full JDK 25 is needed"
done
feature=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}' | tr -d '\r')
[ "${feature%%.*}" -ge 25 ] 2>/dev/null || die "JAVA_HOME is Java $feature; Spindle needs JDK 25"

# --- Tools the installers need -------------------------------------------------------------
want() { for t in "${types[@]}"; do [ "$t" = "$1" ] && return 0; done; return 1; }
if [ "$os" = linux ] && want rpm && ! command -v rpmbuild >/dev/null; then
  # Other builds may share this machine: wait for dpkg's lock instead of failing on it.
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    say "installing rpm (for rpmbuild)"
    apt-get -o DPkg::Lock::Timeout=600 install -y -q rpm >/dev/null \
      || { apt-get -o DPkg::Lock::Timeout=600 update -q >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y -q rpm >/dev/null; } \
      || true
  fi
  if ! command -v rpmbuild >/dev/null; then
    echo "packaging/build.sh: no rpmbuild (install the 'rpm' package, or 'rpm-build' on Fedora); skipping the .rpm" >&2
    types=("${types[@]/rpm}")
  fi
fi
if [ "$os" = linux ] && want deb && { ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; }; then
  echo "packaging/build.sh: the .deb needs dpkg-deb and fakeroot; skipping it" >&2
  types=("${types[@]/deb}")
fi

# --- 1. The jars -------------------------------------------------------------------------
if [ "$maven" = yes ]; then
  say "./mvnw package (tests are CI's job: ./mvnw verify)"
  # shellcheck disable=SC2086
  ./mvnw -B -ntp -q -DskipTests ${MAVEN_ARGS:-} package
fi
[ -f target/spindle.jar ] && [ -d target/lib ] || die "no target/spindle.jar and target/lib: run ./mvnw package first"

out=target/installer
if [ "$reuse" = no ]; then
rm -rf "$out"
mkdir -p "$out"/{jmods,link,mods,icons,work,dist}

# --- 2. Where each jar goes --------------------------------------------------------------
say "sorting the modules"
java "$here/ModulePlan.java" target/spindle.jar target/lib | tr -d '\r' > "$out/plan.tsv"
roots=""
version=""
while IFS=$'\t' read -r kind value name; do
  case "$kind" in
    fx)
      # A JavaFX platform jar -> a jmod: classes and resources, native libraries as --libs.
      x="$out/work/$name"
      mkdir -p "$x/classes" "$x/libs"
      (cd "$x/classes" && jar xf "$root/$value")
      find "$x/classes" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dll' -o -name '*.dylib' \) \
        -exec mv {} "$x/libs/" \;
      rm -rf "$x/classes/META-INF/MANIFEST.MF" "$x/classes/javafx-swt.jar"  # SWT interop: unused
      jmod create --class-path "$x/classes" --libs "$x/libs" "$out/jmods/$name.jmod"
      ;;
    link) cp "$value" "$out/link/" ;;
    app) cp "$value" "$out/mods/" ;;
    skip) ;;
    roots) roots=$value ;;
    version) version=$value ;;
  esac
done < "$out/plan.tsv"
[ -n "$roots" ] || die "ModulePlan gave no modules"
else
  [ -f "$out/plan.tsv" ] || die "--reuse-image: no previous image in $out"
  version=$(awk -F'\t' '$1 == "version" {print $2}' "$out/plan.tsv")
  rm -f "$out"/dist/*.deb "$out"/dist/*.rpm "$out"/dist/*.msi "$out"/dist/*.dmg
fi

# Package managers want plain numbers: 0.1.0-SNAPSHOT -> 0.1.0.
version=${SPINDLE_VERSION:-${version%%-*}}
if [ "$os" = mac ] && [ "${version%%.*}" = 0 ]; then
  # macOS refuses bundle versions whose first number is 0.
  echo "packaging/build.sh: macOS needs a version >= 1; packaging $version as 1.0.0 (set SPINDLE_VERSION)" >&2
  version=1.0.0
fi

# --- 3. The runtime ----------------------------------------------------------------------
if [ "$reuse" = no ]; then
say "jlink: $roots"
# Linux: --add-options makes Java thread priorities count (Linux ignores them by default). As
# the runtime's own option it prints no warning for users who cannot raise a priority: they can
# still lower one, which is all Spindle does (the engine's carriers, and the window's JIT
# compiler threads below). Set on the command line instead, the JVM would warn at every start.
priorities=()
if [ "$os" = linux ]; then priorities=(--add-options="-XX:ThreadPriorityPolicy=1"); fi
jlink --module-path "$out/jmods$sep$out/link" --add-modules "$roots" "${priorities[@]}" \
  --compress zip-6 --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$out/runtime"
# The CDS archive for heaps over 32 GB is never used under the launchers' -Xmx2g.
rm -f "$out"/runtime/lib/server/classes_nocoops.jsa "$out"/runtime/bin/server/classes_nocoops.jsa

# --- 4. Icons, launchers, file association -----------------------------------------------
say "icons from resources/icons (rendered from packaging/icon.svg by ./mvnw -Picons)"
java -Djava.awt.headless=true "$here/IconSet.java" resources/icons "$out/icons"
fi
case "$os" in
  linux) icon="$out/icons/spindle.png"; cli=spindle ;;
  windows) icon="$out/icons/spindle.ico"; cli=spindle-cli ;;
  mac) icon="$out/icons/spindle.icns"; cli=spindle-cli ;;
esac

# JavaFX loads native code; 2 GB is ample for the VM and the visualizer's trace, and keeps a
# runaway program from eating a classroom laptop's memory.
java_options="--enable-native-access=javafx.graphics -Xmx2g"
# Linux: the window's start compiles much code at once on a 2-core laptop: the JIT compiler
# threads get a lower priority (nice 10) so that the FX thread builds the first frame first.
# That took the first frame from about 2.2 s to 1.9 s here; the command line keeps the default.
# Every OS: G1 aims at 40 ms pauses instead of its default 200 ms. Flat out with 100,000
# goroutines, young collections took up to 110 ms on 2 cores, and an input event waits for a
# pause; with the goal they mostly stay under 50 ms (worst seen: 79 ms), and the 800,000
# events take 2.7-2.9 s instead of 2.5-2.8 s.
window_options="$java_options -XX:MaxGCPauseMillis=40"
if [ "$os" = linux ]; then window_options="$window_options -XX:CompilerThreadPriority=10"; fi
# Linux: the AOT cache that the packages' postinst/%post makes on the installed image
# (packaging/aot-cache.sh says why there). The JVM prints an error when a cache is missing or
# stale; -Xlog:aot*=off,cds*=off keeps the console clean, the start is then just slower.
app_content=()
resources="$here/linux"
if [ "$os" = linux ]; then
  sed "s|@JAVA_OPTIONS@|$window_options|" "$here/aot-cache.sh" > "$out/aot-cache.sh"
  # lib/launch/Spindle and lib/launch/spindle: the packages' quick way in (launch.sh says why).
  rm -rf "$out/launch" && mkdir -p "$out/launch"
  for l in "Spindle|window|dev.spindle/dev.spindle.app.SpindleApp|$window_options" \
           "spindle|command line|dev.spindle/dev.spindle.cli.Main|$java_options"; do
    IFS='|' read -r name what module options <<<"$l"
    sed -e "s|@NAME@|$name|g" -e "s|@WHAT@|$what|" -e "s|@MODULE@|$module|" \
        -e "s|@VERSION@|$version|" -e "s|@JAVA_OPTIONS@|$options|" "$here/launch.sh" > "$out/launch/$name"
    chmod 755 "$out/launch/$name"
  done
  app_content=(--app-content "$out/aot-cache.sh" --app-content "$out/launch")
  # The menu entry starts lib/launch/Spindle; jpackage installs under /opt/<package name>.
  rm -rf "$out/linux-resources" && cp -r "$here/linux" "$out/linux-resources"
  sed -i "s|@WINDOW_LAUNCHER@|/opt/spindle/lib/launch/Spindle|" "$out/linux-resources/Spindle.desktop"
  resources="$out/linux-resources"
  java_options="$java_options -XX:AOTCache=\$APPDIR/spindle.aot -Xlog:aot*=off,cds*=off"
  window_options="$window_options -XX:AOTCache=\$APPDIR/spindle.aot -Xlog:aot*=off,cds*=off"
fi

{ cat "$here/cli-launcher.properties"; echo "java-options=$java_options"; echo "icon=$icon"; } \
  > "$out/$cli.properties"
{ cat "$here/go-files.properties"; echo "icon=$icon"; } > "$out/go-files.properties"

# The installers are made from these same arguments, not from the app-image (--app-image): that
# route loses the CLI launcher's "no menu entry" flag and the icon of the desktop entry.
image_args=(--runtime-image "$out/runtime"
            --module-path "$out/mods" --module dev.spindle/dev.spindle.app.SpindleApp
            --java-options "$window_options" --icon "$icon"
            --add-launcher "$cli=$out/$cli.properties" "${app_content[@]}")
common=(--name Spindle --app-version "$version" --vendor Spindle
        --description "Makes Go's concurrency visible"
        --copyright "Spindle contributors")

# --- 5. The app-image, then the installers from it ---------------------------------------
# Two of jpackage's lines are dropped, because they are false alarms here; any other output,
# and jpackage's exit status, pass through:
# - "No JDK Modules found": jpackage looks for java.base.jmod on the module path to link a
#   runtime; JDK 25 ships without jmods (JEP 493), and it is given a ready runtime
#   (--runtime-image) and links nothing.
# - "app-image dir not generated by jpackage" (rpm): what jpackage says when a spec template
#   names its own Requires (linux/spindle.spec does, see linux/README.md) and it therefore
#   skips its own library lookup. Spindle never passes a foreign --app-image.
jpackage_quiet() {
  jpackage "$@" > >(grep -v -e '^\[[0-9:.]*\] Warning: No JDK Modules found$' \
                            -e '^Warning: app-image dir not generated by jpackage\.$' || true) 2>&1
}
case "$os" in
  mac) image="$out/dist/Spindle.app"; cli_path="$image/Contents/MacOS/$cli" ;;
  *) image="$out/dist/Spindle"; cli_path="$image/bin/$cli$exe" ;;
esac
if [ "$reuse" = no ]; then
say "jpackage app-image"
jpackage_quiet --type app-image --dest "$out/dist" "${common[@]}" "${image_args[@]}"

# Smoke test: the command-line launcher starts and says nothing but its version.
printed=$("$cli_path" --version 2>&1 | tr -d '\r')
case "$printed" in
  *WARNING*|*Exception*|"") die "the image's $cli launcher printed: $printed" ;;
esac
say "image works: $cli --version -> $(echo "$printed" | head -1)"

# The installers make the AOT cache when they install; try the same training run here, so a
# build whose window cannot start (or whose cache the JVM refuses) is caught now.
if [ "$os" = linux ]; then
  t0=$(date +%s)
  sh "$image/lib/aot-cache.sh" create || die "the AOT training run failed (run $image/lib/aot-cache.sh by hand)"
  say "AOT cache made in $(( $(date +%s) - t0 )) s: $(du -m "$image/lib/app/spindle.aot" | cut -f1) MB (not part of the installers)"
  # The app-image's CLI with the cache: still nothing but its version on the console.
  printed=$("$cli_path" --version 2>&1 | tr -d '\r')
  case "$printed" in
    *WARNING*|*warning*|*error*|*Exception*|"") die "with the AOT cache the $cli launcher printed: $printed" ;;
  esac
fi
fi

for type in "${types[@]}"; do
  case "$type" in
    ""|app-image) continue ;;
    deb) extra=(--linux-package-name spindle --linux-app-category education
                --linux-menu-group Education
                --linux-shortcut --resource-dir "$resources") ;;
    rpm) extra=(--linux-package-name spindle --linux-app-category Applications/Education
                --linux-menu-group Education
                --linux-shortcut --resource-dir "$resources") ;;
    msi) extra=(--win-menu --win-menu-group Spindle --win-shortcut --win-dir-chooser
                --win-upgrade-uuid 6030d2d3-27f4-45a8-90f7-8df20ac43259) ;;
    dmg) extra=(--mac-package-identifier dev.spindle.app --mac-package-name Spindle
                --mac-app-category public.app-category.education) ;;
    *) die "unknown type $type for $os" ;;
  esac
  say "jpackage $type"
  jpackage_quiet --type "$type" --dest "$out/dist" "${common[@]}" "${image_args[@]}" \
    --file-associations "$out/go-files.properties" "${extra[@]}"
done

say "done in $(( $(date +%s) - started )) s:"
ls -l "$out/dist" | sed -n '2,$p'

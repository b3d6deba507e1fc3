#!/usr/bin/env bash
# Checks, in a few seconds and without building anything, that the installer inputs still fit
# the project: the things build.sh relies on but does not own (the module name, the two main
# classes, the icon renderings, the installer profile) and its own templates. Run it after
# changing packaging/ or when the project moves things around:  packaging/check.sh
# With target/spindle.jar and target/lib present (./mvnw package), it also runs ModulePlan.
set -uo pipefail
cd "$(dirname "$0")/.."

failures=0
fail() { echo "packaging/check.sh: $*" >&2; failures=$((failures + 1)); }
has() { grep -q -- "$2" "$1" 2>/dev/null || fail "$1 lacks: $2"; }

# The project's side: module, main classes, icons.
has src/main/java/module-info.java "module dev.spindle"
[ -f src/main/java/dev/spindle/app/SpindleApp.java ] || fail "no dev.spindle.app.SpindleApp (the Spindle launcher's main class)"
[ -f src/main/java/dev/spindle/cli/Main.java ] || fail "no dev.spindle.cli.Main (the spindle launcher's main class)"
[ -f packaging/icon.svg ] || fail "no packaging/icon.svg (the icon's one source)"
for size in 16 32 48 64 128 256 512; do
  [ -f "resources/icons/spindle-$size.png" ] || fail "no resources/icons/spindle-$size.png (./mvnw -Picons renders it)"
done
has pom.xml "<id>installer</id>"
has pom.xml "packaging/build.sh"
has pom.xml "<app.main>dev.spindle.app.SpindleApp</app.main>"
has pom.xml "<cli.main>dev.spindle.cli.Main</cli.main>"
has packaging/build.sh "dev.spindle/dev.spindle.app.SpindleApp"
has packaging/cli-launcher.properties "module=dev.spindle/dev.spindle.cli.Main"

# packaging's own inputs.
bash -n packaging/build.sh || fail "packaging/build.sh does not parse"
has packaging/go-files.properties "extension=go"
has packaging/go-files.properties "mime-type=text/x-go"
for placeholder in DESKTOP_COMMANDS_INSTALL; do has packaging/linux/postinst "$placeholder"; done
for placeholder in DESKTOP_COMMANDS_UNINSTALL COMMON_SCRIPTS DESKTOP_SCRIPTS; do has packaging/linux/prerm "$placeholder"; done
for placeholder in DESKTOP_COMMANDS_INSTALL DESKTOP_COMMANDS_UNINSTALL APPLICATION_DIRECTORY; do has packaging/linux/spindle.spec "$placeholder"; done
has packaging/linux/control "Depends: libgtk-3-0"
has packaging/linux/spindle.spec "Requires: gtk3"
has packaging/linux/Spindle.desktop "Exec=@WINDOW_LAUNCHER@ %f"
has packaging/build.sh "@WINDOW_LAUNCHER@"
# The quick launchers (lib/launch/*): the same options and module path as the AOT training run.
sh -n packaging/launch.sh || fail "packaging/launch.sh does not parse"
has packaging/launch.sh '--module-path "$lib/app/mods"'
has packaging/aot-cache.sh '--module-path "$lib/app/mods"'
has packaging/linux/postinst "lib/launch/spindle /usr/bin/spindle"
has packaging/linux/spindle.spec "lib/launch/spindle /usr/bin/spindle"
has packaging/linux/Spindle.desktop "DESKTOP_MIMES"
has .github/workflows/release.yml "-Pinstaller package"
# The AOT cache: made by the packages' scripts on the installed image, by a training run that
# quits after the first frame (SpindleApp's property), removed again on uninstall.
sh -n packaging/aot-cache.sh || fail "packaging/aot-cache.sh does not parse"
has packaging/aot-cache.sh "@JAVA_OPTIONS@"
has src/main/java/dev/spindle/app/SpindleApp.java '"spindle.exitAfterFirstFrame"'
has packaging/linux/postinst "aot-cache.sh create"
has packaging/linux/prerm "aot-cache.sh remove"
has packaging/linux/spindle.spec "aot-cache.sh create"
has packaging/linux/spindle.spec "lib/app/spindle.aot"

# With a build at hand: every jar finds a place, and the app's module is on the module path.
if [ -f target/spindle.jar ] && [ -d target/lib ] && command -v java >/dev/null; then
  if plan=$(java packaging/ModulePlan.java target/spindle.jar target/lib 2>&1); then
    grep -q $'^app\ttarget/spindle.jar\tdev.spindle' <<<"$plan" || fail "ModulePlan did not put dev.spindle on the module path"
    grep -q $'^roots\t.*javafx.graphics' <<<"$plan" || fail "ModulePlan found no JavaFX platform jar to link"
  else
    fail "ModulePlan failed: $plan"
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "packaging/check.sh: $failures problem(s)" >&2
  exit 1
fi
echo "packaging/check.sh: the installer inputs are consistent"

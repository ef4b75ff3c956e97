#!/usr/bin/env bash
# packaging/test-deb.sh: the .deb as a new user gets it. Builds it (./run.sh
# --package), removes every build dependency again, installs the package with
# apt (which must bring all that the programs need), then checks the installed
# programs: kartoteka-cli --version, kartoteka --version and --help without a
# display, the menu entry, the icons, the plugins and Qt's translations, and
# a screenshot of the window's first start under Xvfb that must not be empty.
# Run as root on Debian 12, best in a pristine chroot, from the project's root:
#     /work/shared/tools/fresh-debian.sh packaging/test-deb.sh
# It removes packages: do not run it on a machine you develop on.
# The screenshot is left in ${KARTOTEKA_TEST_OUT:-/tmp}/inst.png.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${KARTOTEKA_TEST_OUT:-/tmp}
export DEBIAN_FRONTEND=noninteractive
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "build the package"
./run.sh --package
deb=$(ls -t build/release/kartoteka_*.deb | head -1)
cp "$deb" /tmp/
deb=/tmp/$(basename "$deb")
dpkg-deb --field "$deb" Package Version Depends Recommends

step "remove the build dependencies (the package must bring what it needs)"
source packaging/build-helpers.sh
apt-get purge -y -qq --auto-remove "${deps_debian_build[@]}" "${deps_debian_package[@]}" >/dev/null
for gone in qt6-base-dev libqt6core6 libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n; do
    ! dpkg-query -W -f='${Status}\n' "$gone" 2>/dev/null | grep -q 'install ok installed' ||
        fail "$gone is still installed"
done

step "apt-get install $deb"
apt-get install -y -qq "$deb" >/tmp/apt-install.log 2>&1 || { cat /tmp/apt-install.log; fail "apt-get install"; }
tail -3 /tmp/apt-install.log

step "installed files"
for file in /usr/bin/kartoteka /usr/bin/kartoteka-cli \
    /usr/share/applications/kartoteka.desktop \
    /usr/share/metainfo/app.kartoteka.Kartoteka.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/kartoteka.svg \
    /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256,512x512}/apps/kartoteka.png \
    /usr/share/qt6/translations/qtbase_uk.qm /usr/share/qt6/translations/qtbase_ru.qm; do
    [[ -s $file ]] || fail "missing $file"
done
qtplugins=$(ls -d /usr/lib/*/qt6/plugins | head -1)
for plugin in sqldrivers/libqsqlite.so imageformats/libqsvg.so iconengines/libqsvgicon.so \
    platforms/libqxcb.so; do
    [[ -f $qtplugins/$plugin ]] || fail "missing Qt plugin $plugin"
done
echo "programs, menu entry, metainfo, icons, plugins and Qt's translations are there"

step "kartoteka-cli --version"
kartoteka-cli --version
step "kartoteka --version and --help without a display"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM kartoteka --version
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANG=uk_UA.UTF-8 kartoteka --help

step "first start of the installed kartoteka under Xvfb (a new user, Ukrainian)"
apt-get install -y -qq --no-install-recommends xvfb xauth imagemagick >/dev/null
home=$(mktemp -d)
Xvfb :57 -screen 0 1366x768x24 -nolisten tcp >/tmp/xvfb.log 2>&1 &
xvfb=$!
sleep 2
HOME=$home LANG=uk_UA.UTF-8 DISPLAY=:57 kartoteka >/tmp/kartoteka.log 2>&1 &
app=$!
sleep 15
kill -0 "$app" 2>/dev/null || { cat /tmp/kartoteka.log; kill "$xvfb"; fail "kartoteka exited"; }
import -display :57 -window root "$out/inst.png"
kill "$app" "$xvfb" 2>/dev/null || true
wait 2>/dev/null || true
colors=$(identify -format '%k' "$out/inst.png")
echo "$out/inst.png: $(identify -format '%wx%h' "$out/inst.png"), $colors colours"
# An empty screen is one colour; a window with text and its icon has hundreds.
((colors > 50)) || fail "the screenshot is empty ($colors colours)"
echo "kartoteka.log:"; cat /tmp/kartoteka.log
step "all package checks passed"

#!/bin/sh
# System packages the test suite needs on Debian 12: Ceph RGW for the real S3 server
# (tests/servers/rgw.py), Python's venv, the X/EGL/D-Bus/keyring libraries for the Qt and
# keyring tests, and the desktop-entry and AppStream validators. Idempotent: apt runs only
# when a package is missing, and `apt-get update` only then. Skips (exit 0) with a message when not root or without apt;
# the suite then falls back to moto for the S3 server.
set -eu

PACKAGES="ceph-mon ceph-osd radosgw ceph-common uuid-runtime curl openssl
python3 python3-venv
xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libegl1 libgl1
fonts-dejavu-core gnome-keyring dbus dbus-x11
desktop-file-utils appstream"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: no dpkg/apt here; skipping (install the equivalents of:" \
         $PACKAGES "by hand; without radosgw the tests use moto)" >&2
    exit 0
fi

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing="$missing $pkg"
done
if [ -z "$missing" ]; then
    echo "install-system-deps: all system packages present"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: not root, so not installing:$missing" >&2
    echo "install-system-deps: run 'sudo sh .ci/install-system-deps.sh' (without radosgw" \
         "the tests use moto instead)" >&2
    exit 0
fi

echo "install-system-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg run instead of failing on its lock.
APT="apt-get -q -o DPkg::Lock::Timeout=600"
$APT update
# shellcheck disable=SC2086  # word splitting of the package list is intended
$APT install -y --no-install-recommends $missing

#!/bin/sh
# Build the one-folder desktop program and check that it starts:
#   sh packaging/build.sh        -> dist/spacesgui/spacesgui (no Python needed to run it)
# Uses .venv (made by tests/run.sh or packaging/run.sh) and installs PyInstaller into it (the
# `build` extra) when missing. The smoke start runs offscreen with throw-away config and data
# directories and must exit 0 once the window is shown; any error fails the build.
set -eu
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
venv=.venv
[ -x "$venv/bin/python" ] || venv=.venv-app
if [ ! -x "$venv/bin/python" ]; then
    echo "build.sh: creating $venv with $PYTHON" >&2
    "$PYTHON" -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import spacesgui, PyInstaller' 2>/dev/null; then
    echo "build.sh: pip install -e '.[build]' into $venv" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[build]'
fi

# The .qm files are build products; the spec copies resources/ with them in it.
"$venv/bin/python" packaging/translations.py build >/dev/null
start=$(date +%s)
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/spacesgui.spec
end=$(date +%s)
size=$(du -sh dist/spacesgui | cut -f1)
echo "build.sh: built dist/spacesgui in $((end - start)) s, $size"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
start=$(date +%s)
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache" \
    timeout 120 dist/spacesgui/spacesgui --smoke-test
end=$(date +%s)
echo "build.sh: smoke start passed (window shown; $((end - start)) s wall clock including exit)"

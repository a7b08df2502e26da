#!/bin/sh
# Photograph the real window for the README: `sh packaging/readme_screenshot.sh` -> docs/window.png
# Runs packaging/screenshots/screenshot_window.py on the Local sandbox under a private Xvfb
# (xvfb-run; Debian package xvfb), so the shot has real window fonts and no user data.
set -eu
cd "$(dirname "$0")/.."
venv=.venv
[ -x "$venv/bin/python" ] || venv=.venv-app
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
PYTHONPATH=$(pwd) xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$venv/bin/python" packaging/screenshots/screenshot_window.py "$shots/window.png"
mkdir -p docs
cp "$shots/window.png" docs/window.png
echo "readme_screenshot: wrote docs/window.png ($(wc -c < docs/window.png) bytes)"

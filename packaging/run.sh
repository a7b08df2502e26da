#!/bin/sh
# Install and run spacesgui from a clone: `sh packaging/run.sh [--sandbox] [--debug]`.
# Reuses .venv if the test command made one, else creates .venv-app; installs the project with
# its `sandbox` extra (the offline sample server) only when pyproject.toml changed, then starts
# the app. Needs Python >= 3.11 and access to PyPI (or a configured mirror) on the first run.
set -eu
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ -x .venv/bin/python ]; then
    venv=.venv
else
    venv=.venv-app
    if [ ! -x "$venv/bin/python" ]; then
        echo "run.sh: creating $venv with $PYTHON" >&2
        "$PYTHON" -m venv "$venv"
    fi
fi

stamp="$venv/.spacesgui-app-installed"
want=$("$venv/bin/python" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml","rb").read()).hexdigest())')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] \
        || ! "$venv/bin/python" -c 'import spacesgui, moto' 2>/dev/null; then
    echo "run.sh: pip install -e '.[sandbox]' into $venv" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -e '.[sandbox]'
    echo "$want" > "$stamp"
fi

# The compiled translations (.qm) are build products: made from the .ts sources each start.
"$venv/bin/python" packaging/translations.py build >/dev/null
exec "$venv/bin/python" -m spacesgui "$@"

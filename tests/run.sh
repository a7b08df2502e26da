#!/bin/sh
# The test command (README: `sh tests/run.sh [pytest args]`). On Debian 12 as root from a
# clean clone it installs the system packages, creates .venv, installs the project with its
# test extras, then runs ruff, mypy, import-linter and pytest. Extra args go to pytest.
set -eu
cd "$(dirname "$0")/.."

sh .ci/install-system-deps.sh

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "run.sh: creating .venv with $PYTHON"
    "$PYTHON" -m venv .venv
fi
# Reinstall only when pyproject.toml changed since the last successful install.
stamp=.venv/.spacesgui-installed
want=$(.venv/bin/python -c 'import hashlib,sys; print(hashlib.sha256(open("pyproject.toml","rb").read()).hexdigest())')
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "run.sh: pip install -e '.[test,sandbox]'"
    .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,sandbox]'
    echo "$want" > "$stamp"
fi

echo "run.sh: ruff check"
.venv/bin/ruff check .
echo "run.sh: mypy"
.venv/bin/mypy
echo "run.sh: lint-imports"
.venv/bin/lint-imports
echo "run.sh: pytest $*"
QT_QPA_PLATFORM=offscreen
export QT_QPA_PLATFORM
exec .venv/bin/python -m pytest "$@"

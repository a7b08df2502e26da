#!/bin/sh
# The other tools benchmarks/peers.py runs: rclone and s3cmd from Debian, the aws CLI (v1, the
# one `pip install awscli` gives) from PyPI into its own virtualenv, so it never mixes with the
# project's dependencies. Idempotent.
set -eu
if ! command -v rclone >/dev/null 2>&1 || ! command -v s3cmd >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 install -y rclone s3cmd
fi
venv="$HOME/.cache/spacesgui-bench/aws"
if [ ! -x "$venv/bin/aws" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check awscli
fi
rclone version | head -n 1
s3cmd --version
"$venv/bin/aws" --version

"""Importing the app does not import the network stack: the window paints first.

requests and urllib3 take about as long to import as the window takes to build on a slow
machine; the first request (always off the GUI thread) imports them instead.
"""

from __future__ import annotations

import subprocess
import sys

NETWORK_STACK = ("requests", "urllib3")


def test_importing_the_app_leaves_the_network_stack_unimported() -> None:
    code = ("import sys, spacesgui.app; "
            f"print(' '.join(m for m in {NETWORK_STACK!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == ""


def test_a_request_still_finds_the_network_stack() -> None:
    # The lazy imports resolve: a client built without a request imports nothing, and the first
    # request's exception classes are the ones its transport catches.
    code = ("import sys; from spacesgui.s3.http import _retryable_exceptions; "
            "from spacesgui.s3.models.objects_stream import _stream_errors; "
            "assert 'requests' not in sys.modules; "
            "import requests; "
            "assert requests.ConnectionError in _retryable_exceptions(); "
            "assert requests.RequestException in _stream_errors()")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)

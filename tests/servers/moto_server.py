"""moto's in-process S3 server: the fallback where Ceph RGW is not installed (e.g. a laptop).

moto verifies no signatures and lacks several RGW behaviours; ServerInfo.lacking lists them
so tests declare them instead of skipping (see FEATURES in tests/servers/__init__.py).
"""

from __future__ import annotations

import logging
import time
from typing import Any

log = logging.getLogger(__name__)

ACCESS_KEY = "SPACESGUIMOTO0000001"  # moto accepts any key; fixed ones keep logs comparable
SECRET_KEY = "spacesgui-test-secret-moto-000000000001"


class MotoServer:
    """ThreadedMotoServer bound to 127.0.0.1 (its default is 0.0.0.0) on a kernel-chosen port."""

    def __init__(self) -> None:
        self._server: Any = None
        self.endpoint = ""
        self.timings: dict[str, float] = {}

    def start(self) -> None:
        began = time.monotonic()
        logging.getLogger("werkzeug").setLevel(logging.ERROR)  # else a stderr line per request
        from moto.server import ThreadedMotoServer

        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self._server.start()
        host, port = self._server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        self.timings["start"] = round(time.monotonic() - began, 3)
        log.info("moto up in %.2f s at %s", self.timings["start"], self.endpoint)

    def stop(self) -> None:
        if self._server is not None:
            began = time.monotonic()
            self._server.stop()
            self._server = None
            self.timings["stop"] = round(time.monotonic() - began, 3)

    def __enter__(self) -> MotoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

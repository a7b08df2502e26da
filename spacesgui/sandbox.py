"""The "Local sandbox": an in-process S3 server with sample data, for first runs and offline use.

moto's ThreadedMotoServer (the `sandbox` extra) runs in a thread of this process on 127.0.0.1 at
a free port; nothing is written to disk and everything is gone when the app exits. moto is
imported only here, and only when the sandbox starts, so a normal start-up never pays for it.
Everything in this module blocks (import, bind, seeding requests): call it from a worker thread.
"""

from __future__ import annotations

import logging
import struct
import threading
import zlib
from dataclasses import dataclass
from typing import Any

from spacesgui.s3.client import S3Client
from spacesgui.s3.headers import CannedAcl
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.texts import N_

log = logging.getLogger(__name__)

SANDBOX_ACCOUNT_ID = "sandbox"
# Shown in the interface, translated there (spacesgui.s3.texts).
SANDBOX_NAME = N_("sandbox", "Local sandbox")
SANDBOX_TOOLTIP = N_("sandbox",
                     "Offline sample data, not saved: a server inside this app (127.0.0.1).\n"
                     "Everything here is gone when the app closes.")
# moto checks no signature; any non-empty pair works, and none of it is a secret.
SANDBOX_ACCESS_KEY = "sandbox"
SANDBOX_SECRET_KEY = "sandbox-not-a-secret"  # noqa: S105 - see above
SANDBOX_REGION = "us-east-1"

README = """Welcome to spacesgui.

This is the Local sandbox: a small S3 server running inside the app, with sample buckets
so you can try everything offline. Nothing you do here is saved.

Try: drag files from your file manager onto this window to upload them, press F2 to rename,
Ctrl+Shift+C for a share link, Ctrl+I for properties, Del to delete.

When you are ready, choose "Add Spaces account..." to connect to DigitalOcean Spaces.
"""


class SandboxUnavailable(RuntimeError):
    """moto is not installed (the `sandbox` extra is missing)."""


def sample_png(width: int = 96, height: int = 64) -> bytes:
    """A small gradient PNG built by hand, so the sandbox needs no image library or GUI thread."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows += bytes((0x1F + (x * 2) % 200, 0x6F + y, 0xC0 - x // 2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


@dataclass(frozen=True, slots=True)
class SampleObject:
    bucket: str
    key: str
    body: bytes
    content_type: str
    acl: CannedAcl | None = None


def sample_objects() -> list[SampleObject]:
    text = "text/plain; charset=utf-8"
    csv = "\n".join(["month,visitors,downloads"]
                    + [f"2026-{m:02d},{1000 + m * 137},{200 + m * 31}" for m in range(1, 13)])
    objects = [
        SampleObject("sample-photos", "README.txt", README.encode(), text),
        SampleObject("sample-photos", "holiday/beach.png", sample_png(), "image/png"),
        SampleObject("sample-photos", "holiday/sunset.png", sample_png(64, 48), "image/png"),
        SampleObject("sample-photos", "holiday/notes.md",
                     b"# Holiday\n\n- beach\n- sunset\n", "text/markdown"),
        SampleObject("sample-photos", "holiday/2025/", b"", "application/x-directory"),
        SampleObject("sample-photos", "public/logo.png", sample_png(32, 32), "image/png",
                     acl="public-read"),
        SampleObject("sample-reports", "2026/stats.csv", csv.encode(), "text/csv"),
        SampleObject("sample-reports", "2026/summary.txt",
                     b"Twelve months of made-up numbers.\n", text),
        SampleObject("sample-reports", "archive/", b"", "application/x-directory"),
        SampleObject("sample-website", "index.html",
                     b"<!doctype html><title>Sandbox</title><h1>Hello from the sandbox</h1>\n",
                     "text/html", acl="public-read"),
        SampleObject("sample-website", "css/site.css", b"h1 { color: #0069ff; }\n", "text/css",
                     acl="public-read"),
    ]
    objects += [SampleObject("sample-reports", f"logs/day-{d:02d}.log",
                             f"day {d}: all quiet\n".encode() * d, text) for d in range(1, 31)]
    return objects


class Sandbox:
    """A started moto server plus the client that talks to it. Blocking: use off the GUI thread."""

    def __init__(self) -> None:
        self._server: Any = None
        self.endpoint = ""
        self._lock = threading.Lock()

    def start(self, *, seed: bool = True) -> str:
        """Start on 127.0.0.1 at a free port and (optionally) create the sample data."""
        try:
            from moto.server import ThreadedMotoServer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise SandboxUnavailable(
                "The local sandbox needs the 'sandbox' extra: pip install 'spacesgui[sandbox]'"
            ) from exc
        # werkzeug logs one line per request at INFO; the sandbox is not worth that noise.
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        with self._lock:
            # The default address is 0.0.0.0: never expose the sandbox to the network.
            server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
            server.start()
            self._server = server
            host, port = server.get_host_and_port()
            self.endpoint = f"http://{host}:{port}"
        log.info("sandbox S3 server on %s", self.endpoint)
        if seed:
            self.seed()
        return self.endpoint

    def client(self) -> S3Client:
        if not self.endpoint:
            raise RuntimeError("the sandbox is not running")
        return S3Client(endpoint=self.endpoint, region=SANDBOX_REGION,
                        access_key=SANDBOX_ACCESS_KEY, secret_key=SANDBOX_SECRET_KEY,
                        addressing="path")

    def seed(self) -> None:
        client = self.client()
        made: set[str] = set()
        for obj in sample_objects():
            if obj.bucket not in made:
                client.create_bucket(bucket=obj.bucket)
                made.add(obj.bucket)
            client.put_object(bucket=obj.bucket, key=obj.key, body=obj.body,
                              attributes=ObjectAttributes(content_type=obj.content_type,
                                                          acl=obj.acl))

    @property
    def running(self) -> bool:
        return self._server is not None

    def stop(self) -> None:
        """Stop the server and forget its data (moto keeps buckets in process-wide state)."""
        with self._lock:
            server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        try:
            from moto.backends import get_backend

            for account in get_backend("s3").values():
                for backend in account.values():
                    backend.reset()
        except Exception:  # clearing memory is a nicety; the server is already stopped
            log.debug("could not reset moto's S3 state", exc_info=True)
        log.info("sandbox S3 server stopped")

"""A stub HTTP/1.1 server on 127.0.0.1 that answers each request as the test's function says.

For answers no real server gives (hostile documents, scripted failures, rewritten listings) and
as the upstream in the fault proxy's own tests. Every request is recorded in `seen`; stop()
closes idle keep-alive connections and waits for every handler thread.

    def answer(request: StubRequest) -> Reply | Reset:
        return Reply(403, {"Content-Type": "application/xml"}, b"<Error>...</Error>")

    with StubServer(answer) as stub:
        ...client at stub.url...
        assert len(stub.seen) == 1

`scripted(*replies)` answers with the given replies in order, then 200 "ok".
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StubRequest:
    """One request as the stub received it."""

    at: float                   # time.monotonic() on arrival
    method: str
    path: str                   # path and query, as sent
    headers: dict[str, str]     # lower-case names
    body: bytes                 # de-chunked if it came chunked


@dataclass(frozen=True)
class Reply:
    """An answer. `body` may be a function giving the body in pieces, sent as they come."""

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | Callable[[], Iterable[bytes]] = b""
    length: int | None = None   # Content-Length for a body in pieces; bytes give their own
    chunked: bool = False       # send Transfer-Encoding: chunked instead of a length


class Reset:
    """Answer by resetting the connection (an RST, no response at all)."""


RESET: Final = Reset()

Answer = Callable[[StubRequest], "Reply | Reset"]


def scripted(*replies: Reply | Reset) -> Answer:
    """The replies in order, one per request; then 200 "ok" for every later request."""
    queue = list(replies)
    lock = threading.Lock()

    def answer(_request: StubRequest) -> Reply | Reset:
        with lock:
            return queue.pop(0) if queue else Reply(200, body=b"ok")
    return answer


class StubServer:
    """A threaded HTTP/1.1 server; start()/stop() or use as a context manager."""

    def __init__(self, answer: Answer) -> None:
        self.seen: list[StubRequest] = []
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, and 100 Continue for Expect

            def setup(self) -> None:
                super().setup()
                with stub._lock:
                    stub._conns.add(self.connection)

            def finish(self) -> None:
                with stub._lock:
                    stub._conns.discard(self.connection)
                with contextlib.suppress(OSError):
                    super().finish()

            def _serve(self) -> None:
                request = StubRequest(time.monotonic(), self.command, self.path,
                                      {k.lower(): v for k, v in self.headers.items()},
                                      self._read_body())
                with stub._lock:
                    stub.seen.append(request)
                reply = answer(request)
                if isinstance(reply, Reset):
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                try:
                    self._send(reply)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up reading: fine

            do_GET = do_PUT = do_HEAD = do_POST = do_DELETE = _serve  # noqa: N815 - http.server

            def _read_body(self) -> bytes:
                if "chunked" in self.headers.get("Transfer-Encoding", ""):
                    body = b""
                    while size := int(self.rfile.readline().split(b";")[0], 16):
                        body += self.rfile.read(size)
                        self.rfile.readline()
                    self.rfile.readline()
                    return body
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _send(self, reply: Reply) -> None:
                pieces = ([reply.body] if isinstance(reply.body, bytes)
                          else reply.body())
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    size = len(reply.body) if isinstance(reply.body, bytes) else reply.length
                    self.send_header("Content-Length", str(size or 0))
                self.end_headers()
                if self.command == "HEAD":
                    return
                for piece in pieces:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if reply.chunked
                                     else piece)
                if reply.chunked:
                    self.wfile.write(b"0\r\n\r\n")

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

        class Server(ThreadingHTTPServer):
            daemon_threads = False  # server_close() joins every handler thread
            block_on_close = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                # A client that resets its connection is what some tests are about.
                log.debug("stub server connection from %s failed", client_address,
                          exc_info=True)

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="stubserver",
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        with self._lock:  # idle keep-alive connections would hold their threads forever
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

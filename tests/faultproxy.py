"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1, for the failures a real server won't make.

Point the client's endpoint at `proxy.url`, or use `proxy.url` as the client's HTTP proxy
(a forward proxy, without CONNECT: a request for `http://host/path` is sent on upstream as
`/path`, and recorded with `absolute=True`). Requests are forwarded byte for byte (Host, path,
headers and body untouched), so a SigV4 signature made for the proxy's host:port is checked
by the upstream against exactly what was signed. Faults are queued: each applies to the next
N requests matching its optional method / path-substring / query-substring filter, first
match wins. `rate_limit(n)` instead answers SlowDown to whatever exceeds n requests a second,
as a server's own rate limit does.

    with FaultProxy(server.endpoint) as proxy:
        fault = proxy.slow_down(times=2, retry_after=1, method="PUT")
        ...client PUT through proxy.url...
        assert fault.hits == 2 and len(proxy.forwarded) == 1
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import select
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

FaultKind = Literal["respond", "reset", "reset-mid-body", "delay", "corrupt-body"]
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
            504: "Gateway Timeout"}
_ids = itertools.count(1)


@dataclass(frozen=True)
class Seen:
    """One request the proxy received; `fault` is the kind applied to it, if any."""

    method: str
    path: str
    query: str
    fault: FaultKind | None
    forwarded: bool
    headers: Mapping[str, str] = field(default_factory=dict)   # lower-case names
    at: float = 0.0                                             # time.monotonic() on arrival
    absolute: bool = False      # asked for as a forward proxy ("GET http://host/path")


@dataclass(eq=False)
class Fault:
    """A programmed fault. `hit` is set when it first fires, `spent` when its count is used up."""

    kind: FaultKind
    remaining: int
    method: str | None = None
    path: str | None = None
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    after_bytes: int | None = None
    seconds: float | None = None
    release: threading.Event | None = None
    query: str | None = None       # a substring of the query string, e.g. "uploads"
    hits: int = 0
    hit: threading.Event = field(default_factory=threading.Event)
    spent: threading.Event = field(default_factory=threading.Event)

    def matches(self, method: str, path: str, query: str = "") -> bool:
        return (self.remaining > 0 and (self.method is None or self.method == method.upper())
                and (self.path is None or self.path in path)
                and (self.query is None or self.query in query))


@dataclass(eq=False)
class RateLimit:
    """Refuse requests above `per_second` (a token bucket one second deep, as a server
    counting requests per second would), answering 503 SlowDown, optionally with Retry-After.
    Refused requests take no token."""

    per_second: float
    retry_after: int | None = None
    allowed: int = 0
    refused: int = 0
    _tokens: float = 0.0
    _last: float = 0.0

    def admit(self, now: float) -> bool:
        self._tokens = min(self.per_second, self._tokens + (now - self._last) * self.per_second)
        self._last = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            self.allowed += 1
            return True
        self.refused += 1
        return False


def _xml_error(code: str, message: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code>'
            f"<Message>{message}</Message><RequestId>tx-faultproxy</RequestId></Error>").encode()


class FaultProxy:
    """Threaded proxy to one upstream `http://host:port`; start()/stop() or use as a context."""

    def __init__(self, upstream: str, *, hold_timeout: float = 60.0) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname or not parts.port:
            raise ValueError(f"upstream must be http://host:port, not {upstream!r}")
        self.upstream = (parts.hostname, parts.port)
        self.hold_timeout = hold_timeout  # a delay fault never holds a request longer
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._rate_limit: RateLimit | None = None
        self._seen: list[Seen] = []
        self._conns: set[socket.socket] = set()
        self._stopping = threading.Event()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve_connection(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = False  # server_close() joins every handler thread
            block_on_close = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                log.debug("fault proxy connection from %s failed", client_address, exc_info=True)

        self._server = Server(("127.0.0.1", 0), Handler, bind_and_activate=True)
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="faultproxy",
                                        kwargs={"poll_interval": 0.05}, daemon=True)


    def start(self) -> FaultProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._server.shutdown()
        with self._lock:
            for conn in self._conns:  # wake handlers blocked reading an idle keep-alive socket
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


    def _add(self, fault: Fault) -> Fault:
        if fault.method:
            fault.method = fault.method.upper()
        with self._lock:
            self._faults.append(fault)
        return fault

    def slow_down(self, times: int = 1, *, retry_after: int | None = None,
                  method: str | None = None, path: str | None = None,
                  query: str | None = None) -> Fault:
        """Answer 503 with an S3 SlowDown error body, optionally with Retry-After."""
        return self._add(self._slow_down_fault(times, retry_after, method, path, query))

    @staticmethod
    def _slow_down_fault(times: int, retry_after: int | None, method: str | None,
                         path: str | None, query: str | None = None) -> Fault:
        headers = {"Content-Type": "application/xml"}
        if retry_after is not None:
            headers["Retry-After"] = str(retry_after)
        return Fault("respond", times, method, path, 503, headers,
                     _xml_error("SlowDown", "Please reduce your request rate."), query=query)

    def error(self, status: int, times: int = 1, *, body: bytes | None = None,
              content_type: str | None = None, method: str | None = None,
              path: str | None = None, query: str | None = None) -> Fault:
        """Answer `status`: 500/503 with an S3 XML error, 502/504 with a load balancer's HTML."""
        if body is None and status in (502, 504):
            body = f"<html><body><h1>{status} {_REASONS[status]}</h1></body></html>\n".encode()
            content_type = content_type or "text/html"
        elif body is None:
            code = {500: "InternalError", 503: "ServiceUnavailable"}.get(status, "Error")
            body = _xml_error(code, "Injected by the fault proxy.")
        headers = {"Content-Type": content_type or "application/xml"}
        return self._add(Fault("respond", times, method, path, status, headers, body,
                               query=query))

    def reset(self, times: int = 1, *, method: str | None = None,
              path: str | None = None, query: str | None = None) -> Fault:
        """Reset the connection (TCP RST) after reading the request head, before answering."""
        return self._add(Fault("reset", times, method, path, query=query))

    def reset_mid_body(self, times: int = 1, *, after_bytes: int | None = None,
                       method: str | None = None, path: str | None = None,
                  query: str | None = None) -> Fault:
        """Forward, relay the upstream's headers and `after_bytes` of its body (default: half
        the Content-Length), then reset the connection."""
        return self._add(Fault("reset-mid-body", times, method, path, after_bytes=after_bytes,
                               query=query))

    def delay(self, times: int = 1, *, seconds: float | None = None,
              release: threading.Event | None = None, method: str | None = None,
              path: str | None = None, query: str | None = None) -> Fault:
        """Hold the request for `seconds`, or until `release` is set (tests: use an event and
        wait for `fault.hit`, never sleep), then forward it."""
        if (seconds is None) == (release is None):
            raise ValueError("give exactly one of seconds= and release=")
        return self._add(Fault("delay", times, method, path, seconds=seconds, release=release,
                               query=query))

    def rate_limit(self, per_second: float | None, *,
                   retry_after: int | None = None) -> RateLimit | None:
        """From now on, refuse requests above `per_second` with 503 SlowDown (None: stop).
        Queued faults still come first."""
        with self._lock:
            self._rate_limit = None if per_second is None else RateLimit(
                per_second, retry_after, _tokens=per_second, _last=time.monotonic())
            return self._rate_limit

    def corrupt_body(self, times: int = 1, *, at_byte: int = 0, method: str | None = None,
                     path: str | None = None) -> Fault:
        """Forward the request with byte `at_byte` of its body inverted (what a faulty NIC,
        proxy or memory would do), framing and headers unchanged."""
        return self._add(Fault("corrupt-body", times, method, path, after_bytes=at_byte))

    def clear(self) -> None:
        """Drop unfired faults, the rate limit and the request log."""
        with self._lock:
            self._rate_limit = None
            self._faults.clear()
            self._seen.clear()


    @property
    def seen(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    @property
    def forwarded(self) -> list[Seen]:
        return [s for s in self.seen if s.forwarded]

    def count(self, method: str | None = None, path: str | None = None) -> int:
        """How many matching requests reached the upstream."""
        return sum(1 for s in self.forwarded if (method is None or s.method == method.upper())
                   and (path is None or path in s.path))


    def _take(self, method: str, path: str, query: str,
              headers: Mapping[str, str], *, absolute: bool = False) -> Fault | None:
        with self._lock:
            fault = next((f for f in self._faults if f.matches(method, path, query)), None)
            if fault is not None:
                fault.remaining -= 1
                fault.hits += 1
                if fault.remaining == 0:
                    self._faults.remove(fault)
            elif self._rate_limit is not None and not self._rate_limit.admit(time.monotonic()):
                fault = self._slow_down_fault(1, self._rate_limit.retry_after, None, None)
            forwarded = fault is None or fault.kind in ("delay", "reset-mid-body", "corrupt-body")
            self._seen.append(Seen(method, path, query, fault.kind if fault else None, forwarded,
                                   MappingProxyType(dict(headers)), time.monotonic(),
                                   absolute))
        if fault is not None:
            fault.hit.set()
            if fault.remaining == 0:
                fault.spent.set()
        return fault

    def _track(self, sock: socket.socket, add: bool) -> None:
        with self._lock:
            (self._conns.add if add else self._conns.discard)(sock)

    def _hold(self, fault: Fault) -> None:
        if fault.release is None:
            self._stopping.wait(fault.seconds)
            return
        deadline = time.monotonic() + self.hold_timeout
        while not fault.release.wait(0.05):
            if self._stopping.is_set() or time.monotonic() > deadline:
                return

    def _serve_connection(self, conn: socket.socket) -> None:
        self._track(conn, True)
        upstream: socket.socket | None = None
        up_rfile: io.BufferedReader | None = None
        rfile = conn.makefile("rb")
        try:
            while not self._stopping.is_set():
                head = _read_head(rfile)
                if head is None:
                    return
                method, target, headers = _parse_request(head)
                absolute = target.lower().startswith("http://")
                if absolute:    # a forward proxy's request: pass it on in origin form
                    target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
                    first, rest = head.split(b"\r\n", 1)
                    verb, _old, version = first.split(b" ", 2)
                    head = b" ".join((verb, target.encode("latin-1"), version)) + b"\r\n" + rest
                path, _, query = target.partition("?")
                fault = self._take(method, path, query, headers, absolute=absolute)
                expects_100 = "100-continue" in headers.get("expect", "").lower()
                wants_close = "close" in headers.get("connection", "").lower()
                if fault is not None and fault.kind == "reset":
                    _reset(conn)
                    return
                if fault is not None and fault.kind == "respond":
                    if not expects_100:  # read the body, or closing would send an RST
                        _copy_body(rfile, None, headers)
                    keep = not expects_100 and not wants_close
                    conn.sendall(_response(fault, method, keep_alive=keep))
                    if not keep:
                        return  # with Expect: 100-continue the client never sent its body
                    continue
                if fault is not None and fault.kind == "delay":
                    self._hold(fault)
                if upstream is None or up_rfile is None or _is_stale(upstream):
                    self._close_upstream(upstream, up_rfile)
                    upstream = socket.create_connection(self.upstream, timeout=300)
                    self._track(upstream, True)
                    up_rfile = upstream.makefile("rb")
                upstream.sendall(head)
                flip = fault.after_bytes if fault is not None and \
                    fault.kind == "corrupt-body" else None
                body_sent = not expects_100
                if body_sent:
                    _copy_body(rfile, upstream, headers, flip=flip)
                while True:
                    if not body_sent:  # whoever moves first: the upstream's 100, or the body
                        ready, _, _ = select.select([upstream, conn], [], [], self.hold_timeout)
                        if not ready:
                            raise TimeoutError("no 100 Continue and no request body")
                        if upstream not in ready:
                            _copy_body(rfile, upstream, headers, flip=flip)
                            body_sent = True
                            continue
                    status, resp_head, resp_headers = _read_response(up_rfile)
                    if status >= 200:
                        break
                    conn.sendall(resp_head)  # interim answers are relayed as they come
                    if status == 100 and not body_sent:
                        _copy_body(rfile, upstream, headers, flip=flip)
                        body_sent = True
                conn.sendall(resp_head)
                if fault is not None and fault.kind == "reset-mid-body":
                    limit = fault.after_bytes
                    if limit is None:
                        limit = int(resp_headers.get("content-length", "2")) // 2
                    _copy_body(up_rfile, conn, resp_headers, method=method, status=status,
                               limit=limit)
                    _reset(conn)
                    return
                until_close = _copy_body(up_rfile, conn, resp_headers, method=method,
                                         status=status)
                if until_close or wants_close or not body_sent or \
                        "close" in resp_headers.get("connection", "").lower():
                    return
        except (OSError, ValueError) as exc:
            log.debug("fault proxy connection ended: %r", exc)
        finally:
            self._track(conn, False)
            rfile.close()
            self._close_upstream(upstream, up_rfile)

    def _close_upstream(self, sock: socket.socket | None, rfile: io.BufferedReader | None) -> None:
        if rfile is not None:
            rfile.close()
        if sock is not None:
            self._track(sock, False)
            sock.close()


def _read_head(rfile: io.BufferedReader) -> bytes | None:
    """Bytes up to and including the blank line; None on a clean EOF between messages."""
    lines: list[bytes] = []
    while True:
        line = rfile.readline(65537)
        if not line:
            if lines:
                raise ValueError("connection closed inside a message head")
            return None
        lines.append(line)
        if line in (b"\r\n", b"\n"):
            return b"".join(lines)


def _headers(head: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in head.decode("latin-1").split("\r\n")[1:]:
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            found[key] = f"{found[key]}, {value.strip()}" if key in found else value.strip()
    return found


def _parse_request(head: bytes) -> tuple[str, str, dict[str, str]]:
    method, target, _version = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
    return method.upper(), target, _headers(head)


def _read_response(rfile: io.BufferedReader) -> tuple[int, bytes, dict[str, str]]:
    head = _read_head(rfile)
    if head is None:
        raise ConnectionError("upstream closed the connection without answering")
    return int(head.split(b" ", 2)[1]), head, _headers(head)


def _copy_body(src: io.BufferedReader, dst: socket.socket | None, headers: dict[str, str], *,
               method: str | None = None, status: int | None = None,
               limit: int | None = None, flip: int | None = None) -> bool:
    """Copy one message body by its framing (dst None: discard). Returns True when the body
    runs until the connection closes. Stops after `limit` bytes if given; inverts the byte at
    offset `flip` (counted in the bytes as framed) if given."""
    if status is not None and (method == "HEAD" or status in (204, 304) or status < 200):
        return False
    budget = [limit if limit is not None else -1]

    offset = [0]

    def put(data: bytes) -> bool:
        if flip is not None and offset[0] <= flip < offset[0] + len(data):
            at = flip - offset[0]
            data = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:]
        offset[0] += len(data)
        if budget[0] >= 0:
            data = data[:budget[0]]
            budget[0] -= len(data)
        if dst is not None and data:
            dst.sendall(data)
        return budget[0] != 0

    if "chunked" in headers.get("transfer-encoding", "").lower():
        _copy_chunked(src, put)
        return False
    if "content-length" in headers:
        _copy_exact(src, int(headers["content-length"]), put)
        return False
    if status is None:
        return False  # a request without framing has no body
    while chunk := src.read1(65536):
        if not put(chunk):
            break
    return True


def _copy_chunked(src: io.BufferedReader, put: Callable[[bytes], bool]) -> None:
    while True:
        size_line = src.readline(4096)
        if not size_line or not put(size_line):
            return
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while True:  # trailer section, then the blank line
                line = src.readline(65537)
                if not line or not put(line) or line in (b"\r\n", b"\n"):
                    return
        if not _copy_exact(src, size + 2, put):
            return


def _copy_exact(src: io.BufferedReader, count: int, put: Callable[[bytes], bool]) -> bool:
    while count > 0:
        chunk = src.read1(min(count, 65536))
        if not chunk:
            raise ConnectionError("connection closed inside a message body")
        count -= len(chunk)
        if not put(chunk):
            return False
    return True


def _response(fault: Fault, method: str, *, keep_alive: bool) -> bytes:
    reason = _REASONS.get(fault.status, "Error")
    headers = dict(fault.headers)
    headers["Content-Length"] = str(len(fault.body))
    headers["x-amz-request-id"] = f"tx-faultproxy-{next(_ids)}"
    headers["Connection"] = "keep-alive" if keep_alive else "close"
    lines = [f"HTTP/1.1 {fault.status} {reason}"] + [f"{k}: {v}" for k, v in headers.items()]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if method == "HEAD" else head + fault.body


def _reset(conn: socket.socket) -> None:
    """Close with SO_LINGER 0, which sends a TCP RST instead of a FIN."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()


def _is_stale(sock: socket.socket) -> bool:
    """A kept-alive upstream socket that is readable between messages has been closed."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)

"""The open body of a GetObject answer: read it in chunks, into a file, or not at all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import InvalidInput, NetworkError
from spacesgui.s3.models.objects import ObjectHead

if TYPE_CHECKING:
    import requests

DEFAULT_CHUNK = 1024 * 1024


@cache
def _stream_errors() -> tuple[type[Exception], ...]:
    # Imported here: a body exists only after a request, which imported the network stack.
    import requests
    import urllib3.exceptions
    return (urllib3.exceptions.HTTPError, requests.RequestException, OSError)


class GetObjectResult:
    """Metadata (`head`) plus the body, which stays on the wire until read; always close it.

    The body is the bytes as stored: a `Content-Encoding: gzip` object is not decompressed,
    because a file manager downloads files, not representations. A body shorter than the
    announced Content-Length raises NetworkError instead of passing for a complete download.
    """

    def __init__(self, head: ObjectHead, response: requests.Response) -> None:
        self.head = head
        self._response = response
        self._received = 0
        self._closed = False
        length = response.headers.get("Content-Length", "")
        self._expected = int(length) if length.isdigit() else None

    @property
    def received(self) -> int:
        return self._received

    @property
    def closed(self) -> bool:
        return self._closed

    def iter_chunks(self, chunk_size: int = DEFAULT_CHUNK, *,
                    cancel: CancelToken | None = None) -> Iterator[bytes]:
        """Yield the body in chunks of at most `chunk_size` bytes; closes when done or failed."""
        if chunk_size < 1:
            raise InvalidInput("The chunk size must be at least one byte")
        if self._closed:
            raise InvalidInput("This object body was already closed")
        try:
            stream = self._response.raw.stream(chunk_size, decode_content=False)
            for chunk in stream:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                self._received += len(chunk)
                yield chunk
        except _stream_errors() as exc:
            raise NetworkError(f"The download of {self.head.key!r} broke off after "
                               f"{self._received} bytes: {exc}") from exc
        finally:
            self.close()
        if self._expected is not None and self._received != self._expected:
            raise NetworkError(f"The download of {self.head.key!r} ended after {self._received} "
                               f"of {self._expected} bytes")

    def read(self, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole body in memory, for small objects; refuses more than `limit` bytes."""
        if self.head.content_length > limit:
            self.close()
            raise InvalidInput(f"The object has {self.head.content_length} bytes, more than the "
                               f"{limit} this call may hold in memory; stream it instead")
        return b"".join(self.iter_chunks())

    def write_to(self, target: BinaryIO, *, cancel: CancelToken | None = None,
                 on_progress: Callable[[int], None] | None = None,
                 chunk_size: int = DEFAULT_CHUNK) -> int:
        """Copy the body into an open binary file; returns the number of bytes written."""
        written = 0
        for chunk in self.iter_chunks(chunk_size, cancel=cancel):
            target.write(chunk)
            written += len(chunk)
            if on_progress is not None:
                on_progress(len(chunk))
        return written

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._response.close()

    def __enter__(self) -> GetObjectResult:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return (f"GetObjectResult(key={self.head.key!r}, length={self.head.content_length}, "
                f"received={self._received}, closed={self._closed})")

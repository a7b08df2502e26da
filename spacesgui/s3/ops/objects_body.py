"""Upload bodies: bytes or a seekable file, sent with a known length and never buffered."""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Iterator
from typing import BinaryIO

from spacesgui.s3.errors import InvalidInput

UploadBody = bytes | bytearray | memoryview | BinaryIO
_MD5_CHUNK = 1024 * 1024


class FileSlice(io.RawIOBase):
    """`length` bytes of a seekable file from `offset`, for one multipart part without copying.

    The transport rewinds with seek() on a retry, and requests learns the length from len().
    """

    def __init__(self, file: BinaryIO, offset: int, length: int) -> None:
        super().__init__()
        if offset < 0 or length < 0:
            raise InvalidInput("A file slice needs a non-negative offset and length")
        self._file = file
        self._offset = offset
        self._length = length
        self._pos = 0

    def __len__(self) -> int:
        # requests computes the bytes left as len() - tell(), so len() is the whole slice.
        return self._length

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, pos: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._length}[whence]
        self._pos = min(max(base + pos, 0), self._length)
        return self._pos

    def read(self, size: int | None = -1) -> bytes:
        remaining = self._length - self._pos
        if remaining <= 0:
            return b""
        want = remaining if size is None or size < 0 else min(size, remaining)
        self._file.seek(self._offset + self._pos)
        data = self._file.read(want)
        self._pos += len(data)
        return data

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self.read(64 * 1024):
            yield chunk


def prepare_body(body: UploadBody | None) -> tuple[bytes | BinaryIO, int]:
    """The body as the transport takes it, and its length (from the current file position)."""
    if body is None:
        return b"", 0
    if isinstance(body, bytes | bytearray | memoryview):
        data = bytes(body)
        return data, len(data)
    if not hasattr(body, "read") or not hasattr(body, "seek") or not hasattr(body, "tell"):
        raise InvalidInput("The body must be bytes or a binary file opened for reading")
    try:
        if isinstance(body, FileSlice):
            length = len(body) - body.tell()
        else:
            start = body.tell()
            end = body.seek(0, io.SEEK_END)
            body.seek(start)
            length = end - start
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"The body must be a seekable file with a known size: {exc}") from None
    if length <= 0:
        # requests sends an empty file as chunked transfer encoding, which S3 refuses.
        return b"", 0
    return body, length


def md5_base64(body: bytes | BinaryIO) -> str:
    """Content-MD5 of the body from its current position; a file is hashed in chunks, rewound."""
    digest = hashlib.md5()  # noqa: S324 - S3 asks for MD5
    if isinstance(body, bytes):
        digest.update(body)
    else:
        start = body.tell()
        while chunk := body.read(_MD5_CHUNK):
            digest.update(chunk)
        body.seek(start)
    return base64.b64encode(digest.digest()).decode()

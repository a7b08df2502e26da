"""Results of the multipart operations (create, part, part copy, complete) and their XML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from spacesgui.s3 import xml
from spacesgui.s3.errors import InvalidInput, MalformedResponse
from spacesgui.s3.models.objects import strip_etag

MAX_PARTS = 10_000


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class MultipartUpload:
    """A started upload: keep `upload_id` to add parts, complete or abort it."""

    bucket: str
    key: str
    upload_id: str


@dataclass(frozen=True, slots=True)
class UploadPartResult:
    part_number: int
    etag: str | None
    # "sha256" -> base64 when the server echoes one
    checksums: Mapping[str, str] = field(default_factory=_empty)

    def completed(self) -> CompletedPart:
        if self.etag is None:
            raise InvalidInput(f"Part {self.part_number} has no ETag to complete with")
        return CompletedPart(self.part_number, self.etag, **{
            f"checksum_{k}": v for k, v in self.checksums.items()
            if k in ("crc32", "crc32c", "sha1", "sha256")})


@dataclass(frozen=True, slots=True)
class UploadPartCopyResult:
    part_number: int
    etag: str | None
    last_modified: datetime | None
    copy_source_version_id: str | None = None

    def completed(self) -> CompletedPart:
        if self.etag is None:
            raise InvalidInput(f"Part {self.part_number} has no ETag to complete with")
        return CompletedPart(self.part_number, self.etag)


@dataclass(frozen=True, slots=True)
class CompletedPart:
    """One entry of CompleteMultipartUpload: the part number and the ETag its upload returned."""

    part_number: int
    etag: str
    checksum_crc32: str | None = None
    checksum_crc32c: str | None = None
    checksum_sha1: str | None = None
    checksum_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class CompleteMultipartUploadResult:
    """`etag` is None when the server sent an empty one.

    Ceph RGW 16.2 answers `<ETag></ETag>` although the object is fine; HeadObject then gives the
    real `<md5>-<parts>` ETag, so a caller that needs it should ask HeadObject.
    """

    bucket: str
    key: str
    etag: str | None
    location: str | None = None
    version_id: str | None = None


def check_part_number(part_number: int) -> int:
    if isinstance(part_number, bool) or not isinstance(part_number, int) or \
            not 1 <= part_number <= MAX_PARTS:
        raise InvalidInput(f"A part number is between 1 and {MAX_PARTS:,}, not {part_number!r}")
    return part_number


def check_upload_id(upload_id: str) -> str:
    if not upload_id or not upload_id.strip():
        raise InvalidInput("An upload id is required")
    return upload_id


def parse_initiate(root: xml.Element, *, bucket: str, key: str) -> MultipartUpload:
    if xml.local(root) != "InitiateMultipartUploadResult":
        raise MalformedResponse(f"Expected <InitiateMultipartUploadResult>, got "
                                f"<{xml.local(root)}>")
    upload_id = xml.need(root, "UploadId").strip()
    if not upload_id:
        raise MalformedResponse("The server started a multipart upload without an UploadId")
    return MultipartUpload(bucket=xml.text(root, "Bucket") or bucket,
                           key=xml.text(root, "Key") or key, upload_id=upload_id)


def parse_complete(root: xml.Element, *, bucket: str, key: str,
                   version_id: str | None) -> CompleteMultipartUploadResult:
    if xml.local(root) != "CompleteMultipartUploadResult":
        raise MalformedResponse(f"Expected <CompleteMultipartUploadResult>, got "
                                f"<{xml.local(root)}>")
    return CompleteMultipartUploadResult(
        bucket=xml.text(root, "Bucket") or bucket, key=xml.text(root, "Key") or key,
        etag=strip_etag(xml.text(root, "ETag")), location=xml.text(root, "Location") or None,
        version_id=version_id)


def build_complete_request(parts: Sequence[CompletedPart]) -> bytes:
    """The parts list, sorted: S3 rejects an unordered list with InvalidPartOrder."""
    if not parts:
        raise InvalidInput("Completing a multipart upload needs at least one part")
    ordered = sorted(parts, key=lambda p: p.part_number)
    seen: set[int] = set()
    root = xml.element("CompleteMultipartUpload")
    for part in ordered:
        check_part_number(part.part_number)
        if part.part_number in seen:
            raise InvalidInput(f"Part {part.part_number} is listed twice")
        seen.add(part.part_number)
        etag = strip_etag(part.etag)
        if not etag:
            raise InvalidInput(f"Part {part.part_number} has an empty ETag")
        item = xml.sub(root, "Part")
        xml.sub(item, "PartNumber", str(part.part_number))
        xml.sub(item, "ETag", f'"{etag}"')
        for name, value in (("ChecksumCRC32", part.checksum_crc32),
                            ("ChecksumCRC32C", part.checksum_crc32c),
                            ("ChecksumSHA1", part.checksum_sha1),
                            ("ChecksumSHA256", part.checksum_sha256)):
            if value is not None:
                xml.sub(item, name, value)
    return xml.to_bytes(root)

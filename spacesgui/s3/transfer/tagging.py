"""Tags on an object that a multipart upload or copy has just completed.

Ceph RGW 16.2 ignores x-amz-tagging on CreateMultipartUpload (measured) and then answers
GetObjectTagging with an empty 200, so the tags go on with PutObjectTagging after Complete,
which works everywhere, and are read back: the caller learns of tags that did not stick
instead of reporting success without them.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import S3Error


class TagsNotApplied(S3Error):
    """The object was written, but its tags are not the ones asked for."""


def apply_tags(client: S3Client, *, bucket: str, key: str, tags: Mapping[str, str],
               version_id: str | None = None, cancel: CancelToken | None = None) -> None:
    """Replace the tags of bucket/key (the version just written) and verify them."""
    wanted = dict(tags)
    client.put_object_tagging(bucket=bucket, key=key, tags=wanted, version_id=version_id,
                              cancel=cancel)
    stored = dict(client.get_object_tagging(bucket=bucket, key=key, version_id=version_id,
                                            cancel=cancel).tags)
    if stored != wanted:
        missing = sorted(set(wanted) - set(stored)) or sorted(stored)
        raise TagsNotApplied(
            f"{key} was stored, but the server kept {len(stored)} of its {len(wanted)} tags "
            f"(first missing or different: {missing[0][:60]!r})")

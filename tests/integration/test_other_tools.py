"""Objects other tools make, made with boto3 the way those tools make them, then read, shown
and saved by our code against the real server.

* `aws s3api create-multipart-upload --tagging`: RGW drops the tags and then answers
  GetObjectTagging with an empty 200.
* s3cmd: non-ASCII metadata travels as raw UTF-8 header bytes (`x-amz-meta-note: café`).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.transfer import properties as pm
from spacesgui.s3.transfer.common import MiB, TransferConfig
from spacesgui.s3.transfer.copying import copy_object_smart
from spacesgui.s3.transfer.upload import upload_file
from tests.faultproxy import FaultProxy
from tests.integration.helpers.other_tools import (
    make_multipart_with_tagging,
    put_s3cmd_style,
    s3cmd_like_client,
    wire_value,
)
from tests.integration.helpers.uploads import no_uploads, random_file
from tests.servers import BotoClient, ServerInfo

SMALL_PARTS = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB)
TAGS = {"team": "blue", "ünï": "çødé/+=.:@", "empty": ""}


def test_an_empty_tagging_answer_reads_as_no_tags(client: S3Client, boto_client: BotoClient,
                                                  bucket: str) -> None:
    make_multipart_with_tagging(boto_client, bucket, "from-cli.bin")
    assert dict(client.get_object_tagging(bucket=bucket, key="from-cli.bin").tags) == {}
    props = pm.load_object(client, bucket, "from-cli.bin")  # Properties opens it
    assert props.tags == {} and props.tags_error is None
    assert props.acl is not None and props.head.content_length == 1024


def test_properties_show_an_unreadable_part_as_unavailable(
        make_client: Callable[..., S3Client], proxy: FaultProxy, bucket: str,
        boto_client: BotoClient) -> None:
    """A tagging answer that is not S3 XML (a foreign namespace, as from a proxy) leaves the
    tags unknown and the rest of the object's properties readable."""
    boto_client.put_object(Bucket=bucket, Key="k", Body=b"x", Tagging="a=1")
    fault = proxy.error(200, body=b'<Tagging xmlns="urn:x"><TagSet/></Tagging>', method="GET")
    props = pm.load_object(make_client(proxy.url), bucket, "k")
    assert fault.hit.is_set()
    assert isinstance(props.tags_error, MalformedResponse) and props.tags is None
    assert props.acl is not None and props.head.content_length == 1


def test_upload_file_puts_tags_on_a_multipart_upload(client: S3Client, boto_client: BotoClient,
                                                     bucket: str, tmp_path: Path) -> None:
    path, _ = random_file(tmp_path, 6 * MiB)
    result = upload_file(client, bucket=bucket, key="tagged.bin", path=path, config=SMALL_PARTS,
                         attributes=ObjectAttributes(tagging=TAGS))
    assert result.parts == 2
    answer = boto_client.get_object_tagging(Bucket=bucket, Key="tagged.bin")
    assert {t["Key"]: t["Value"] for t in answer["TagSet"]} == TAGS
    assert no_uploads(boto_client, bucket)


def test_a_multipart_copy_with_new_tags_keeps_them(client: S3Client, boto_client: BotoClient,
                                                   bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="src", Body=os.urandom(6 * MiB))
    copy_object_smart(client, src_bucket=bucket, src_key="src", dst_bucket=bucket,
                      dst_key="dst", metadata_directive="REPLACE",
                      attributes=ObjectAttributes(tagging={"copied": "yes"}),
                      copy_threshold=5 * MiB, part_size=5 * MiB)
    answer = boto_client.get_object_tagging(Bucket=bucket, Key="dst")
    assert {t["Key"]: t["Value"] for t in answer["TagSet"]} == {"copied": "yes"}


# --- raw UTF-8 metadata ------------------------------------------------------------------

@pytest.fixture
def s3cmd_like(s3_server: ServerInfo) -> BotoClient:
    return s3cmd_like_client(s3_server)


def test_raw_utf8_metadata_is_shown_decoded(client: S3Client, s3cmd_like: BotoClient,
                                            boto_client: BotoClient, bucket: str) -> None:
    put_s3cmd_style(s3cmd_like, bucket, "note.txt", note="café", plain="ascii")
    assert wire_value(boto_client, bucket, "note.txt", "note") == "café".encode()
    head = client.head_object(bucket=bucket, key="note.txt")
    assert dict(head.metadata) == {"note": "café", "plain": "ascii"}
    assert pm.metadata_problems(list(head.metadata.items())) == []


def test_a_save_keeps_unedited_raw_metadata_byte_for_byte(
        client: S3Client, s3cmd_like: BotoClient, boto_client: BotoClient, bucket: str) -> None:
    put_s3cmd_style(s3cmd_like, bucket, "note.txt", note="café ☕")
    props = pm.load_object(client, bucket, "note.txt")
    edits = pm.Edits(fields={"cache_control": "max-age=60"},
                     metadata=(pm.PairEdit("note", "note", "café ☕"),))
    plan = pm.plan_for(props, edits)
    assert pm.apply_plan(client, bucket, plan, CancelToken()) == "headers"
    stored = boto_client.head_object(Bucket=bucket, Key="note.txt")
    assert stored["CacheControl"] == "max-age=60"
    assert wire_value(boto_client, bucket, "note.txt", "note") == "café ☕".encode()
    assert dict(client.head_object(bucket=bucket, key="note.txt").metadata) == {"note": "café ☕"}


def test_an_edited_non_ascii_value_is_written_as_an_encoded_word(
        client: S3Client, s3cmd_like: BotoClient, boto_client: BotoClient, bucket: str) -> None:
    put_s3cmd_style(s3cmd_like, bucket, "note.txt", note="café", other="naïve")
    props = pm.load_object(client, bucket, "note.txt")
    edits = pm.Edits(metadata=(pm.PairEdit("note", "note", "crème brûlée"),
                               pm.PairEdit(None, "added", "日本")))
    assert pm.metadata_problems([("note", "crème brûlée"), ("added", "日本")]) == []
    pm.apply_plan(client, bucket, pm.plan_for(props, edits), CancelToken())
    metadata = boto_client.head_object(Bucket=bucket, Key="note.txt")["Metadata"]
    assert metadata["note"] == "=?UTF-8?B?" + base64.b64encode(
        "crème brûlée".encode()).decode() + "?="
    assert wire_value(boto_client, bucket, "note.txt", "other") == "naïve".encode()  # untouched
    head = client.head_object(bucket=bucket, key="note.txt")
    assert dict(head.metadata) == {"note": "crème brûlée", "other": "naïve", "added": "日本"}


def test_a_multipart_copy_carries_raw_metadata_unchanged(
        client: S3Client, s3cmd_like: BotoClient, boto_client: BotoClient, bucket: str) -> None:
    s3cmd_like.raw_metadata.clear()
    s3cmd_like.raw_metadata["note"] = "café"
    s3cmd_like.put_object(Bucket=bucket, Key="big", Body=os.urandom(6 * MiB))
    copy_object_smart(client, src_bucket=bucket, src_key="big", dst_bucket=bucket,
                      dst_key="big-copy",
                      copy_threshold=5 * MiB, part_size=5 * MiB)
    assert wire_value(boto_client, bucket, "big-copy", "note") == "café".encode()


def test_a_line_break_in_metadata_is_refused_inline() -> None:
    problems = pm.metadata_problems([("note", "two\nlines"), ("ok", "café")])
    assert len(problems) == 1 and "line break" in problems[0]

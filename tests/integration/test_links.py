"""Links for a selection, an upload link and a saved upload form, used by plain `requests`.

The form is read back from the saved HTML and posted field by field, in document order, the way
a browser sends it (without running its script), so what the user hands on is what is tested.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import requests

from spacesgui.s3.client import S3Client
from spacesgui.s3.links import (
    LinkKind,
    as_csv,
    as_lines,
    expand_folders,
    object_links,
)
from spacesgui.s3.upload_form import UploadFormSpec, build_upload_form, upload_form_html
from tests.servers import ClientFactory, ServerInfo

SIGNATURES = pytest.mark.parametrize("signature", ["v4", "v2"])


def keys_in(boto: Any, bucket: str) -> set[str]:
    return {o["Key"] for o in boto.list_objects_v2(Bucket=bucket).get("Contents", [])}


def test_public_links_resolve_anonymously(client: S3Client, boto_client: Any,
                                          bucket: str) -> None:
    bodies = {"docs/a b.txt": b"alpha", "docs/sub/c+d.txt": b"gamma", "docs/e.txt": b"e"}
    for key, body in bodies.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=body, ACL="public-read")
    boto_client.put_object(Bucket=bucket, Key="docs/sub/", Body=b"")    # a folder marker
    objects = expand_folders(client, bucket, [("docs/a b.txt", 5)], ["docs/sub/"])
    assert objects == [("docs/a b.txt", 5), ("docs/sub/c+d.txt", 5)]
    links = object_links(client, bucket, objects, kind=LinkKind.PUBLIC, folder="docs/")
    lines = as_lines(links).splitlines()
    assert len(lines) == 2
    for url, key in zip(lines, ("docs/a b.txt", "docs/sub/c+d.txt"), strict=True):
        answer = requests.get(url, timeout=10)       # no credentials at all
        assert answer.status_code == 200, (url, answer.text)
        assert answer.content == bodies[key]
    rows = list(csv.reader(io.StringIO(as_csv(links))))
    assert rows[0] == ["name", "size", "url"]
    assert rows[1:] == [["a b.txt", "5", lines[0]], ["sub/c+d.txt", "5", lines[1]]]


@SIGNATURES
def test_presigned_links_resolve_as_they_are(client: S3Client, make_client: ClientFactory,
                                             boto_client: Any, bucket: str,
                                             s3_server: ServerInfo, signature: str) -> None:
    bodies = {"private/one.bin": b"\x00one", "private/t\u00fcr two.txt": b"two"}
    for key, body in bodies.items():
        boto_client.put_object(Bucket=bucket, Key=key, Body=body)
    signer = make_client(signature=signature)
    links = object_links(signer, bucket, expand_folders(client, bucket, [], ["private/"]),
                         kind=LinkKind.PRESIGNED, folder="private/", expires_in=600)
    assert len(links) == 2
    for link in links:
        assert s3_server.secret_key not in link.url
        assert requests.get(link.url, timeout=10).content == bodies[f"private/{link.name}"]
    # The public address of a private object is refused: the presigned one is what works.
    public = object_links(client, bucket, [("private/one.bin", 4)], kind=LinkKind.PUBLIC)
    assert requests.get(public[0].url, timeout=10).status_code == 403


@SIGNATURES
def test_upload_link_takes_one_put(make_client: ClientFactory, boto_client: Any, bucket: str,
                                   s3_server: ServerInfo, signature: str) -> None:
    signer = make_client(signature=signature)
    url = signer.presign("PUT", bucket=bucket, key="inbox/report.pdf", expires_in=600)
    assert s3_server.secret_key not in url
    answer = requests.put(url, data=b"%PDF-1.7 fake", timeout=10)
    assert answer.status_code == 200, answer.text
    assert boto_client.get_object(Bucket=bucket, Key="inbox/report.pdf")["Body"].read() \
        == b"%PDF-1.7 fake"
    assert requests.get(url, timeout=10).status_code == 403    # a PUT link reads nothing


class _FormReader(HTMLParser):
    """The form's action and its inputs in document order, as a browser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.method = ""
        self.enctype = ""
        self.fields: list[tuple[str, str]] = []
        self.file_field = ""
        self.accept = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.action, self.method, self.enctype = a["action"], a["method"], a["enctype"]
        elif tag == "input" and a.get("type") == "file":
            self.file_field, self.accept = a["name"], a.get("accept", "")
        elif tag == "input" and "name" in a:
            self.fields.append((a["name"], a.get("value", "")))


def _saved_form(tmp_path: Path, client: S3Client, spec: UploadFormSpec) -> _FormReader:
    form = build_upload_form(client, spec)
    path = tmp_path / "upload.html"
    path.write_text(upload_form_html(form, spec, expires_at=datetime.now().astimezone()
                                     + timedelta(seconds=spec.expires_in)), encoding="utf-8")
    reader = _FormReader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def _post(form: _FormReader, name: str, data: bytes, mime: str) -> requests.Response:
    assert form.method == "post" and form.enctype == "multipart/form-data"
    # requests sends `data` fields in order, then the files: the file part goes last.
    return requests.post(form.action, data=form.fields,
                         files=[(form.file_field, (name, data, mime))], timeout=30)


@SIGNATURES
def test_saved_form_takes_an_upload_and_refuses_a_big_one(
        make_client: ClientFactory, boto_client: Any, bucket: str, tmp_path: Path,
        s3_server: ServerInfo, signature: str) -> None:
    signer = make_client(signature=signature)
    spec = UploadFormSpec(bucket=bucket, folder="drop box/", expires_in=3600, max_size=1000)
    form = _saved_form(tmp_path, signer, spec)
    html = (tmp_path / "upload.html").read_text(encoding="utf-8")
    assert s3_server.secret_key not in html
    answer = _post(form, "hello world.txt", b"hello", "text/plain")
    assert answer.status_code == 201, answer.text
    assert b"<PostResponse>" in answer.content
    stored = boto_client.get_object(Bucket=bucket, Key="drop box/hello world.txt")
    assert stored["Body"].read() == b"hello"

    answer = _post(form, "big.bin", b"x" * 1001, "application/octet-stream")
    assert answer.status_code == 400, answer.text
    assert b"EntityTooLarge" in answer.content
    assert keys_in(boto_client, bucket) == {"drop box/hello world.txt"}


def test_saved_form_keeps_to_its_content_type(client: S3Client, boto_client: Any,
                                              bucket: str, tmp_path: Path) -> None:
    spec = UploadFormSpec(bucket=bucket, folder="pics/", expires_in=600, max_size=10_000,
                          content_type="image/")
    form = _saved_form(tmp_path, client, spec)
    assert form.accept == "image/*"
    # What the page's script does on choosing a file: Content-Type from the file's type.
    fields = [(n, "image/png" if n == "Content-Type" else v) for n, v in form.fields]
    answer = requests.post(form.action, data=fields,
                           files=[(form.file_field, ("a.png", b"\x89PNG", "image/png"))],
                           timeout=30)
    assert answer.status_code == 201, answer.text
    assert boto_client.head_object(Bucket=bucket, Key="pics/a.png")["ContentType"] == "image/png"
    # Without the script, the form's own default still satisfies the policy.
    assert _post(form, "b.png", b"\x89PNG", "image/png").status_code == 201
    # A Content-Type outside the family is refused by the server, whatever the page says.
    bad = [(n, "text/html" if n == "Content-Type" else v) for n, v in form.fields]
    answer = requests.post(form.action, data=bad,
                           files=[(form.file_field, ("x.html", b"<p>", "text/html"))], timeout=30)
    assert answer.status_code == 403, answer.text
    # Outside the folder is refused too.
    moved = [(n, "elsewhere/x.png" if n == "key" else v) for n, v in form.fields]
    answer = requests.post(form.action, data=moved,
                           files=[(form.file_field, ("x.png", b"\x89PNG", "image/png"))],
                           timeout=30)
    assert answer.status_code == 403, answer.text
    assert keys_in(boto_client, bucket) == {"pics/a.png", "pics/b.png"}

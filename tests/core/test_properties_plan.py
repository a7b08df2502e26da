"""The properties plan without a server: what a self-copy carries, and the > 5 GiB path."""

from __future__ import annotations

from typing import Any

import pytest

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.models.objects import ObjectHead
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.transfer import properties as pm
from spacesgui.s3.transfer.common import MAX_SINGLE_PUT


def head(**kw: Any) -> ObjectHead:
    base: dict[str, Any] = {"bucket": "b", "key": "k", "etag": "e" * 32, "content_length": 10,
                            "content_type": "text/plain", "last_modified": None,
                            "metadata": {"a": "1"}}
    return ObjectHead(**{**base, **kw})


def test_plan_carries_every_header_and_changes_only_edited_ones() -> None:
    props = pm.ObjectProps("k", head(cache_control="max-age=1", content_language="de",
                                     expires="Thu, 01 Jan 2030 00:00:00 GMT",
                                     storage_class="STANDARD"), {"t": "1"}, None)
    plan = pm.plan_for(props, pm.Edits(fields={"content_disposition": "inline"}))
    assert plan.copy == ObjectAttributes(
        content_type="text/plain", cache_control="max-age=1",
        content_disposition="inline", content_encoding=None, content_language="de",
        expires="Thu, 01 Jan 2030 00:00:00 GMT", metadata={"a": "1"},
        website_redirect_location=None, storage_class="STANDARD")
    assert plan.tags == {"t": "1"}  # given back after the copy
    assert pm.plan_for(props, pm.Edits(fields={"content_type": "text/plain"})).copy is None


def test_objects_over_5_gib_go_through_copy_object_smart(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def fake_smart(client: Any, **kwargs: Any) -> None:
        calls.append(kwargs)

    from spacesgui.s3.transfer import copying
    monkeypatch.setattr(copying, "copy_object_smart", fake_smart)

    class Client:
        acl_calls: list[dict[str, Any]] = []  # noqa: RUF012 - a test double

        def copy_object(self, **_kw: Any) -> None:
            raise AssertionError("CopyObject cannot take more than 5 GiB")

        def put_object_acl(self, **kw: Any) -> None:
            self.acl_calls.append(kw)

    size = MAX_SINGLE_PUT + 1
    props = pm.ObjectProps("big", head(key="big", content_length=size), {}, None)
    plan = pm.plan_for(props, pm.Edits(fields={"cache_control": "no-cache"}, acl="public-read"))
    client = Client()
    assert pm.apply_plan(client, "b", plan, CancelToken()) == "headers, permissions"  # type: ignore[arg-type]
    (call,) = calls
    assert call["metadata_directive"] == "REPLACE" and call["size"] == size
    attributes = call["attributes"]
    assert attributes.cache_control == "no-cache" and attributes.content_type == "text/plain"
    assert attributes.metadata == {"a": "1"} and attributes.acl == "public-read"
    assert client.acl_calls == [{"bucket": "b", "key": "big", "acl": "public-read",
                                 "cancel": call["control"].cancel}]

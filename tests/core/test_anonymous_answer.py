"""How an anonymous request's answer is told in one line."""

from __future__ import annotations

from spacesgui.s3.ops.anonymous import AnonymousAnswer


def test_listings_count_keys_and_say_when_there_are_more() -> None:
    assert AnonymousAnswer(200, "OK", key_count=1).summary() == "200 OK: 1 key listed"
    assert AnonymousAnswer(200, "OK", key_count=0).summary() == "200 OK: 0 keys listed"
    assert AnonymousAnswer(200, "OK", key_count=1000, truncated=True).summary() == \
        "200 OK: 1,000 keys listed (the first page; there are more)"


def test_downloads_give_their_size() -> None:
    assert AnonymousAnswer(200, "OK", "a.bin", size=1_234_567).summary() == \
        "200 OK: 1,234,567 bytes served"
    assert AnonymousAnswer(200, "OK", "a.bin").summary() == "200 OK"


def test_refusals_give_the_code_and_the_message() -> None:
    refused = AnonymousAnswer(403, "AccessDenied", code="AccessDenied", message="Access Denied")
    assert not refused.allowed
    assert refused.summary() == "403 AccessDenied: Access Denied"
    # A bodiless answer's code is named after its status; the message would only repeat it.
    assert AnonymousAnswer(404, "NotFound", code="NotFound", message="NotFound").summary() == \
        "404 NotFound"

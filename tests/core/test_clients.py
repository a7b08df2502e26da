import pytest

from spacesgui.clients import AccountNotReady, ClientRegistry
from spacesgui.errors import UserFacingError
from spacesgui.s3 import S3Client


def test_registry_hands_back_what_was_put_and_forgets_dropped_accounts():
    registry = ClientRegistry()
    client = S3Client(endpoint="http://127.0.0.1:9", region="nyc3", access_key="a",
                      secret_key="b")
    assert registry.get("acc") is None and "acc" not in registry
    registry.put("acc", client)
    assert registry.get("acc") is client and "acc" in registry
    registry.drop("acc")
    registry.drop("acc")  # dropping twice is harmless
    assert registry.get("acc") is None


def test_client_for_returns_the_client_or_says_the_account_is_not_ready():
    registry = ClientRegistry()
    client = S3Client(endpoint="http://127.0.0.1:9", region="nyc3", access_key="a",
                      secret_key="b")
    registry.name("acc", "Work Spaces")
    with pytest.raises(AccountNotReady) as raised:
        registry.client_for("acc")
    assert raised.value.account_id == "acc"
    assert "The account \u201cWork Spaces\u201d is not connected yet" in str(raised.value)
    assert isinstance(raised.value, UserFacingError)  # its text is written for the user
    registry.put("acc", client)
    assert registry.client_for("acc") is client
    with pytest.raises(AccountNotReady, match="\u201cother\u201d"):
        registry.client_for("other")  # no name known: the id is shown

from spacesgui.clients import ClientRegistry
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

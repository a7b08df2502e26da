"""Customer keys: generated, imported, exported and deleted through the vault; the config
keeps names and fingerprints only."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from spacesgui.config import Account, AppConfig, ConfigError, ConfigStore
from spacesgui.s3 import ServiceError, SSECustomerKey
from spacesgui.secrets import CustomerKeys, MemorySecretStore, SecretVault
from spacesgui.sse_keys import (
    CustomerKeyError,
    CustomerKeyRef,
    entry,
    fingerprint,
    generate,
    name_problem,
    named_by_md5,
    parse,
    refusal,
)

RAW = bytes(range(32))
TEXT = base64.b64encode(RAW).decode()


def test_generate_gives_distinct_256_bit_keys() -> None:
    first, second = generate(), generate()
    assert len(base64.b64decode(first)) == 32 and first != second


@pytest.mark.parametrize(("text", "says"), [
    ("", "Paste the key"),
    ("not base64!", "not valid base64"),
    (base64.b64encode(b"short").decode(), "this one is 5 bytes"),
    (base64.b64encode(bytes(33)).decode(), "this one is 33 bytes"),
])
def test_parse_explains_a_bad_key_without_echoing_it(text: str, says: str) -> None:
    with pytest.raises(CustomerKeyError) as caught:
        parse(text)
    assert says in str(caught.value)
    assert not text or text not in str(caught.value)


def test_parse_accepts_a_wrapped_key() -> None:
    assert parse(f"  {TEXT[:20]}\n{TEXT[20:]}\n") == RAW


def test_fingerprint_is_what_s3_sends_as_the_key_md5() -> None:
    expected = base64.b64encode(hashlib.md5(RAW).digest()).decode()  # noqa: S324 - S3's MD5
    assert fingerprint(TEXT) == expected == SSECustomerKey(RAW).key_md5


def test_name_problems() -> None:
    taken = (CustomerKeyRef("Backups", "x"),)
    assert name_problem("  ") == "Give the key a name."
    assert "already has a key" in (name_problem("backups", taken) or "")
    assert name_problem("Photos", taken) is None
    assert "control characters" in (name_problem("a\tb") or "")


def test_store_export_build_delete_in_the_keyring_namespace() -> None:
    store = MemorySecretStore()
    keys = CustomerKeys(SecretVault(store), "acct1")
    ref = keys.store("Backups", f"{TEXT}\n")
    assert ref == CustomerKeyRef("Backups", fingerprint(TEXT))
    assert store.get("acct1:sse-c:Backups") == TEXT == store.get(entry("acct1", "Backups"))
    assert store.get("acct1") is None  # the account's own secret key is a different entry
    assert keys.export("Backups") == TEXT
    assert keys.sse_c("Backups") == SSECustomerKey(RAW)
    assert TEXT not in repr(keys) and TEXT not in repr(keys.sse_c("Backups"))
    keys.delete("Backups")
    assert store.get(entry("acct1", "Backups")) is None
    with pytest.raises(CustomerKeyError, match="not in the keyring"):
        keys.export("Backups")


def test_account_keys_round_trip_through_the_config_without_key_material(tmp_path: Path) -> None:
    account = Account.new(name="Work", access_key_id="DO00KEY",
                          customer_keys=(CustomerKeyRef("Backups", fingerprint(TEXT)),
                                         CustomerKeyRef("Photos", "bWQ1")),
                          default_customer_key="Photos")
    assert account.problems() == []
    store = ConfigStore(tmp_path)
    store.save(AppConfig((account,)))
    assert store.load().accounts == (account,)
    written = store.path.read_text()
    assert TEXT not in written and '"default_customer_key": "Photos"' in written
    old = Account.new(name="Old", access_key_id="DO00KEY")  # a file from before customer keys
    data = json.loads(written)
    for field in ("customer_keys", "default_customer_key"):
        data["accounts"][0].pop(field)
    store.path.write_text(json.dumps(data))
    assert store.load().accounts[0].customer_keys == old.customer_keys == ()


def test_account_problems_name_a_missing_default_and_duplicates() -> None:
    account = Account.new(name="Work", access_key_id="DO00KEY",
                          customer_keys=(CustomerKeyRef("A", "x"), CustomerKeyRef("a", "y")),
                          default_customer_key="B")
    problems = " ".join(account.problems())
    assert "already has a key called \u201ca\u201d" in problems
    assert "default key \u201cB\u201d is not one" in problems


@pytest.mark.parametrize("item", [{"name": "A"}, {"name": "A", "md5": "x", "key": TEXT},
                                  "A", {"name": 1, "md5": "x"}])
def test_config_refuses_anything_but_name_and_fingerprint(tmp_path: Path, item: object) -> None:
    store = ConfigStore(tmp_path)
    store.path.write_text(json.dumps({"version": 1, "accounts": [
        {"id": "a1", "name": "Work", "customer_keys": [item]}]}))
    with pytest.raises(ConfigError) as caught:
        store.load()
    assert "customer_keys" in str(caught.value) and TEXT not in str(caught.value)


RGW_NO_KEY = ("Requests specifying Server Side Encryption with Customer provided keys must "
              "provide a valid encryption algorithm.")
AWS_NO_KEY = ("The object was stored using a form of Server Side Encryption. The correct "
              "parameters must be provided to retrieve the object.")
WRONG_KEY = "The calculated MD5 hash of the key did not match the hash that was provided."


@pytest.mark.parametrize(("code", "status", "message", "method", "expected"), [
    ("InvalidArgument", 400, RGW_NO_KEY, "GET", "key needed"),
    ("InvalidRequest", 400, AWS_NO_KEY, "GET", "key needed"),
    ("InvalidArgument", 400, WRONG_KEY, "GET", "wrong key"),
    ("AccessDenied", 403, WRONG_KEY, "GET", "wrong key"),
    ("BadRequest", 400, "Bad Request", "HEAD", "maybe key needed"),
    ("BadRequest", 400, "Bad Request", "GET", None),
    ("BadRequest", 400, "Bad Request", "HEAD bucket", None),
    ("InvalidArgument", 400, "Invalid range", "GET", None),
    ("NotFound", 404, "Not Found", "HEAD", None),
    ("AccessDenied", 403, "Access Denied", "GET", None),
])
def test_refusal_recognizes_a_missing_or_wrong_customer_key(
        code: str, status: int, message: str, method: str, expected: str | None) -> None:
    method, _, on = method.partition(" ")
    exc = ServiceError(code=code, message=message, status=status, method=method,
                       resource="photos" if on == "bucket" else "photos/cat.jpg")
    assert refusal(exc) == expected


def test_a_journal_fingerprint_finds_its_key_name() -> None:
    work, other = generate(), generate()
    refs = (CustomerKeyRef("work", fingerprint(work)), CustomerKeyRef("old", fingerprint(other)))
    assert named_by_md5(refs, fingerprint(other)) == "old"
    assert named_by_md5(refs, fingerprint(generate())) is None
    assert named_by_md5((), fingerprint(work)) is None

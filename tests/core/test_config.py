"""Account rules, client construction and the accounts.json store (atomic, 0600, no secrets)."""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from spacesgui.config import Account, AppConfig, ConfigError, ConfigStore, LoadResult
from spacesgui.s3.errors import InvalidInput


def spaces(**kw: object) -> Account:
    values: dict[str, object] = {"name": "Work", "region": "fra1",
                                 "access_key_id": "DO00ABCDEFGHIJKLMNOP"}
    values.update(kw)
    return Account.new(**values)


def test_new_makes_random_ids_never_the_key() -> None:
    a, b = spaces(), spaces()
    assert a.id != b.id and len(a.id) == 32 and a.access_key_id not in a.id
    with pytest.raises(TypeError):
        Account.new(id="chosen", name="x")


def test_valid_spaces_account_and_its_endpoint() -> None:
    account = spaces()
    assert account.problems() == []
    assert account.effective_endpoint() == "https://fra1.digitaloceanspaces.com"
    assert replace(account, endpoint="https://s3.example.com/").effective_endpoint() == (
        "https://s3.example.com")


@pytest.mark.parametrize(("changes", "expected"), [
    ({"name": "  "}, "Give the account a name."),
    ({"access_key_id": ""}, "Enter the access key ID."),
    ({"access_key_id": "DO00 X"}, "must not contain spaces"),
    ({"region": "frankfurt"}, "is not a Spaces region"),
    ({"provider": "s3"}, "Enter the endpoint"),
    ({"provider": "ftp"}, "Provider must be one of"),
    ({"addressing": "sideways"}, "Addressing must be one of"),
    ({"endpoint": "ftp://x"}, "must start with https://"),
    ({"endpoint": "https://user:pw@s3.example.com"}, "user name or password"),
    ({"endpoint": "https://s3.example.com/bucket"}, "without a bucket or path"),
    ({"endpoint": "https://s3.example.com", "region": ""}, "signing region"),
    ({"proxy": "http://user:pw@proxy:3128"}, "must not contain a user name or password"),
    ({"proxy": "proxy:3128"}, "Write the proxy as"),
    ({"ca_bundle": "relative/ca.pem"}, "full path"),
    ({"pinned_buckets": ("ok-bucket", "Bad_Bucket")}, "'Bad_Bucket' is not a valid bucket"),
])
def test_problems_explain_what_is_wrong(changes: dict[str, object], expected: str) -> None:
    account = replace(spaces(), **changes)  # type: ignore[arg-type]
    problems = account.problems()
    assert any(expected in p for p in problems), problems


def test_proxy_password_never_echoed() -> None:
    account = spaces(proxy="http://bob:hunter2secret@proxy:3128")
    assert not any("hunter2secret" in p for p in account.problems())
    with pytest.raises(InvalidInput) as info:
        account.make_client("s" * 40)
    assert "hunter2secret" not in str(info.value)


def test_make_client_passes_tls_and_proxy_settings() -> None:
    secret = "client-secret-0000000000000000000000000001"
    account = spaces(provider="s3", endpoint="https://s3.example.com:8443", region="eu-1",
                     ca_bundle="/etc/ssl/lab.pem", proxy="http://proxy:3128",
                     addressing="path", signature="v2")
    client = account.make_client(secret)
    assert client.endpoint == "https://s3.example.com:8443"
    assert (client.region, client.addressing, client.signature) == ("eu-1", "path", "v2")
    transport = client._transport
    assert transport.verify == "/etc/ssl/lab.pem"
    assert transport.proxies == {"http": "http://proxy:3128", "https": "http://proxy:3128"}
    assert replace(account, verify_tls=False).make_client(secret)._transport.verify is False
    assert spaces().make_client(secret)._transport.verify is True
    assert secret not in repr(client)
    with pytest.raises(InvalidInput):
        spaces(access_key_id="").make_client(secret)


def test_app_config_add_replace_remove_keeps_order() -> None:
    a, b = spaces(name="A"), spaces(name="B")
    config = AppConfig().with_account(a).with_account(b)
    renamed = replace(a, name="A2")
    config = config.with_account(renamed)
    assert [x.name for x in config.accounts] == ["A2", "B"]
    assert config.account(a.id) == renamed
    assert config.without_account(a.id).accounts == (b,)
    assert config.without_account("missing") == config


def test_store_round_trip_atomic_private_and_free_of_secrets(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path / "cfg")
    assert store.path == tmp_path / "cfg" / "accounts.json"
    assert store.load() == AppConfig()  # no file yet
    config = AppConfig((spaces(pinned_buckets=("one", "two")),
                        spaces(name="Lab", provider="s3", endpoint="http://127.0.0.1:7480",
                               region="us-east-1", verify_tls=False, proxy="http://p:1")))
    store.save(config)
    assert store.load() == config
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert [p.name for p in store.path.parent.iterdir()] == ["accounts.json"]  # no temp left
    data = json.loads(store.path.read_text())
    assert data["version"] == 1 and data["accounts"][0]["pinned_buckets"] == ["one", "two"]
    assert not any("secret" in key for entry in data["accounts"] for key in entry)
    store.save(config.without_account(config.accounts[0].id))
    assert len(store.load().accounts) == 1


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ConfigStore(tmp_path)
    store.save(AppConfig((spaces(),)))
    before = store.path.read_bytes()

    def boom(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        store.save(AppConfig())
    assert store.path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["accounts.json"]


@pytest.mark.parametrize(("text", "expected"), [
    ("{ this is not json", "damaged (line 1)"),
    ("[1, 2]", "not in the expected form"),
    ('{"version": 99, "accounts": []}', "newer version"),
    ('{"accounts": [{"name": "x"}]}', "has no 'id'"),
    ('{"accounts": [{"id": "a", "name": "x", "verify_tls": "yes"}]}', "wrong type"),
    ('{"accounts": [{"id": "a", "name": "x", "provider": "ftp"}]}', "'provider' must be"),
    ('{"accounts": [{"id": "a", "name": "x"}, {"id": "a", "name": "y"}]}', "same account twice"),
    ('{"accounts": [{"id": "a", "name": "x", "pinned_buckets": [1]}]}', "list of names"),
])
def test_load_rejects_bad_files_plainly_and_never_overwrites(tmp_path: Path, text: str,
                                                            expected: str) -> None:
    store = ConfigStore(tmp_path)
    store.path.write_text(text)
    with pytest.raises(ConfigError) as info:
        store.load()
    assert expected in str(info.value)
    assert store.path.read_text() == text


def test_load_ignores_unknown_fields_and_drops_secrets(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    store = ConfigStore(tmp_path)
    secret = "leaked-secret-0000000000000000000000000001"
    store.path.write_bytes(("\ufeff" + json.dumps({"accounts": [{
        "id": "abc", "name": "Old", "region": "ams3", "access_key_id": "DO00K",
        "future_option": 3, "secret_key": secret}]})).encode())
    with caplog.at_level(logging.WARNING):
        config = store.load()
    assert config.accounts[0].name == "Old" and config.accounts[0].region == "ams3"
    assert "future_option" in caplog.text and secret not in caplog.text
    store.save(config)
    assert secret not in store.path.read_text()


def test_default_directory_is_the_platform_config_dir(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    if os.name == "posix":
        assert ConfigStore().path == tmp_path / "spacesgui" / "accounts.json"


DAMAGED = b'{"version": 1, "accounts": [{"id": "a", "name": "Work"'  # cut off mid-way


def test_read_tells_a_first_run_from_a_damaged_file(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path)
    assert store.read() == LoadResult(AppConfig())  # no file: a first run, no problem
    store.path.write_bytes(DAMAGED)
    result = store.read()
    assert result.config == AppConfig()
    assert isinstance(result.problem, ConfigError)
    assert "damaged (line 1)" in str(result.problem) and result.problem.path == store.path
    store.path.write_text(json.dumps({"accounts": [{"name": "x"}]}))
    problem = store.read().problem  # an entry at fault still names the whole file
    assert problem is not None and problem.path == store.path and "has no 'id'" in str(problem)


def test_an_unreadable_file_is_a_problem_not_a_first_run(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path)
    store.path.mkdir()  # unreadable as a file for every user, root included
    result = store.read()
    assert result.problem is not None and "could not be read" in str(result.problem)
    assert result.problem.path == store.path


def test_save_never_overwrites_a_file_load_could_not_use(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path)
    store.path.write_bytes(DAMAGED)
    assert store.read().problem is not None
    with pytest.raises(ConfigError, match="not overwritten"):
        store.save(AppConfig((spaces(),)))
    assert store.path.read_bytes() == DAMAGED
    store.path.write_text('{"accounts": []}')  # fixed by hand: the next load clears the guard
    assert store.load() == AppConfig()
    store.save(AppConfig((spaces(),)))
    assert len(store.load().accounts) == 1


def test_start_fresh_keeps_the_damaged_bytes_beside_a_new_empty_file(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path)
    store.path.write_bytes(DAMAGED)
    assert store.read().problem is not None
    when = datetime(2026, 12, 4, 16, 5, 9)
    kept = store.start_fresh(now=when)
    assert kept == tmp_path / "accounts.json.damaged-20261204-160509"
    assert kept.read_bytes() == DAMAGED
    assert store.read() == LoadResult(AppConfig())
    store.save(AppConfig((spaces(),)))  # saving works again, into the new file
    assert kept.read_bytes() == DAMAGED
    store.path.write_bytes(b"again damaged")
    again = store.start_fresh(now=when)  # same second: an earlier kept copy is never replaced
    assert again == tmp_path / "accounts.json.damaged-20261204-160509-2"
    assert again.read_bytes() == b"again damaged" and kept.read_bytes() == DAMAGED


def test_start_fresh_moves_an_unreadable_file_aside_unread(tmp_path: Path) -> None:
    store = ConfigStore(tmp_path)
    store.path.mkdir()
    (store.path / "inside").write_bytes(b"x")
    assert store.read().problem is not None
    kept = store.start_fresh()
    assert kept is not None and kept.name.startswith("accounts.json.damaged-")
    assert (kept / "inside").read_bytes() == b"x"
    assert store.read() == LoadResult(AppConfig())


def test_start_fresh_that_cannot_move_the_file_changes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ConfigStore(tmp_path)
    store.path.write_bytes(DAMAGED)
    assert store.read().problem is not None

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with pytest.raises(ConfigError, match="could not be moved aside"):
        store.start_fresh()
    assert store.path.read_bytes() == DAMAGED
    with pytest.raises(ConfigError):  # still guarded
        store.save(AppConfig())

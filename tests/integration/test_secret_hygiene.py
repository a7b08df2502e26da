"""After a whole scripted session the secret is nowhere: not in the config dir, the log files,
any exception text, or the repr of the objects that travel with it (principle 3)."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from spacesgui.config import Account, AppConfig, ConfigStore
from spacesgui.connection_check import check_connection
from spacesgui.importers import ImportCandidate
from spacesgui.logs import setup_logging
from spacesgui.s3 import S3Error, ServiceError
from spacesgui.secrets import MemorySecretStore, SecretVault
from tests.servers import ServerInfo

WRONG_SECRET = "wrong-secret-Zq9vXw/+00000000000000000001"


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    directory = tmp_path / "logs"
    setup_logging(directory, level=logging.DEBUG)
    yield directory
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def exception_texts(exc: BaseException) -> list[str]:
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))]


def test_secret_appears_nowhere_after_a_session(s3_server: ServerInfo, bucket: str,
                                                tmp_path: Path, log_dir: Path) -> None:
    secret = s3_server.secret_key
    log = logging.getLogger("spacesgui.session")
    store = ConfigStore(tmp_path / "config")
    account = Account.new(name="Lab", provider="s3", region=s3_server.region,
                          endpoint=s3_server.endpoint, access_key_id=s3_server.access_key,
                          addressing="path")
    vault = SecretVault(MemorySecretStore())
    vault.set(account.id, secret)
    store.save(AppConfig((account,)))
    assert store.load().accounts == (account,)

    stored = vault.get(account.id)
    assert stored == secret
    client = account.make_client(stored)
    steps = list(check_connection(account, stored))
    assert all(s.ok for s in steps), steps
    client.put_object(bucket=bucket, key="notes/hello.txt", body=b"hello")
    page = client.list_objects_page(bucket=bucket, prefix="notes/")
    assert [o.key for o in page.objects] == ["notes/hello.txt"]
    with client.get_object(bucket=bucket, key="notes/hello.txt") as result:
        assert result.read() == b"hello"
    url = client.presign("GET", bucket=bucket, key="notes/hello.txt", expires_in=60)
    log.debug("shared link %s", url)  # a presigned link's signature must be masked too

    collected: list[BaseException] = []
    try:
        client.list_objects_page(bucket="t-no-such-bucket-hygiene")
    except ServiceError as exc:
        assert exc.code == "NoSuchBucket"
        collected.append(exc)
        log.warning("listing failed", exc_info=exc)
    wrong = Account.new(name="Wrong", provider="s3", region=s3_server.region,
                        endpoint=s3_server.endpoint, access_key_id=s3_server.access_key,
                        addressing="path")
    vault.set(wrong.id, WRONG_SECRET, session_only=True)
    try:
        wrong.make_client(WRONG_SECRET).list_buckets()
    except S3Error as exc:
        collected.append(exc)
        log.exception("wrong secret")
    wrong_steps = list(check_connection(wrong, WRONG_SECRET))
    if not s3_server.lacks("auth"):
        assert len(collected) == 2 and wrong_steps[1].ok is False
    try:
        Account.new(name="Bad", proxy=f"http://u:{secret}@proxy:1",
                    access_key_id="AK").make_client(secret)
    except S3Error as exc:
        collected.append(exc)
        log.exception("bad proxy")
    log.info("the keys were %s and %s", secret, WRONG_SECRET)  # a careless line, masked

    for handler in logging.getLogger().handlers:
        handler.flush()
    log_files = list(log_dir.rglob("*"))
    assert log_files and "listing failed" in (log_dir / "spacesgui.log").read_text()
    assert "X-Amz-Signature=***" in (log_dir / "spacesgui.log").read_text()
    forbidden = [secret, WRONG_SECRET, quote(secret, safe=""), quote(WRONG_SECRET, safe="")]
    signature = url.split("X-Amz-Signature=")[1]
    for path in [*store.path.parent.rglob("*"), *log_files]:
        if path.is_file():
            data = path.read_bytes()
            for text in [*forbidden, signature]:
                assert text.encode() not in data, f"{text[:6]}... found in {path.name}"
    for exc in collected:
        for text in exception_texts(exc):
            assert not any(f in text for f in forbidden), type(exc).__name__
    for step in steps + wrong_steps:
        assert not any(f in repr(step) for f in forbidden)
    candidate = ImportCandidate("s3cmd ~/.s3cfg", account, secret)
    for obj in (account, wrong, candidate, vault, vault.primary, store, client):
        assert not any(f in repr(obj) for f in forbidden), type(obj).__name__

"""SecretVault and KeyringSecretStore with injected backends: no real keyring is touched here
(tests/integration/test_keyring.py runs the real GNOME Keyring)."""

from __future__ import annotations

import threading
from typing import Any

import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from spacesgui.logs import redact
from spacesgui.secrets import (
    NOT_STORED,
    UNCONFIRMED,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStoreUnavailable,
    SecretVault,
)
from tests.late_keyring import LateKeyring

SECRET = "vault-secret-Zq9vXw/+000000000000000000001"


class DictBackend:
    """A keyring backend in memory that records the threads calls ran on."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.threads: set[str] = set()

    def get_password(self, service: str, user: str) -> str | None:
        self.threads.add(threading.current_thread().name)
        return self.items.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.items[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        if (service, user) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, user)]


class RaisingBackend:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def get_password(self, *_args: str) -> str | None:
        raise self.exc

    set_password = delete_password = get_password


class BlockingBackend:
    """Stands in for an unlock prompt nobody answers: every call waits for `release`."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()

    def get_password(self, service: str, user: str) -> str | None:
        self.entered.set()
        self.release.wait(30)
        return "late"


def test_keyring_store_round_trip_off_the_calling_thread() -> None:
    backend = DictBackend()
    store = KeyringSecretStore("svc", backend=backend)
    store.check()
    assert store.get("acct") is None
    store.set("acct", SECRET)
    assert backend.items == {("svc", "acct"): SECRET}
    assert store.get("acct") == SECRET
    store.set("acct", "second-secret-000000001")
    assert store.get("acct") == "second-secret-000000001"
    store.delete("acct")
    store.delete("acct")  # deleting what is gone is fine
    assert backend.items == {}
    assert threading.current_thread().name not in backend.threads
    assert all(name.startswith("keyring-") for name in backend.threads)
    assert SECRET not in repr(store)


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(),
                                     keyring.backends.null.Keyring()])
def test_fail_and_null_backends_are_unavailable(backend: Any) -> None:
    store = KeyringSecretStore(backend=backend)
    for call in (store.check, lambda: store.get("a"), lambda: store.set("a", SECRET)):
        with pytest.raises(SecretStoreUnavailable) as info:
            call()
        assert "No keyring is available" in info.value.reason
        assert SECRET not in str(info.value)


@pytest.mark.parametrize(("exc", "words"), [
    (keyring.errors.KeyringLocked("Failed to unlock the collection!"), "locked"),
    (keyring.errors.InitError("Failed to create the collection: Prompt dismissed.."), "locked"),
    (keyring.errors.InitError("Failed to connect to bus"), "could not be opened"),
    (keyring.errors.NoKeyringError("none"), "No keyring"),
    (RuntimeError(f"D-Bus said no to {SECRET}"), "refused the request (RuntimeError)"),
])
def test_backend_failures_become_plain_reasons(exc: BaseException, words: str) -> None:
    store = KeyringSecretStore(backend=RaisingBackend(exc))
    with pytest.raises(SecretStoreUnavailable) as info:
        store.set("a", SECRET)
    assert words in info.value.reason
    assert SECRET not in info.value.reason
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_a_prompt_nobody_answers_is_reported_not_waited_for() -> None:
    backend = BlockingBackend()
    store = KeyringSecretStore(backend=backend, timeout=0.3)
    try:
        with pytest.raises(SecretStoreUnavailable) as info:
            store.check()
        assert "did not answer in time" in info.value.reason
        assert backend.entered.is_set()
        # The stuck call still holds the lock: the next one also gives up instead of racing.
        other = KeyringSecretStore(backend=DictBackend(), timeout=0.3)
        with pytest.raises(SecretStoreUnavailable):
            other.get("a")
    finally:
        backend.release.set()
    # Once the prompt is answered, the lock comes back and calls work again.
    assert KeyringSecretStore(backend=DictBackend(), timeout=5).get("a") is None


def test_vault_prefers_session_then_keyring_and_registers_secrets() -> None:
    primary = MemorySecretStore()
    vault = SecretVault(primary)
    vault.set("a", SECRET)
    assert primary.get("a") == SECRET and not vault.session_only("a")
    assert redact(f"x {SECRET} y") == "x *** y"
    vault.set("a", "session-secret-0000000001", session_only=True)
    assert vault.session_only("a") and vault.get("a") == "session-secret-0000000001"
    vault.set("a", SECRET)  # stored for good again: the session copy goes
    assert not vault.session_only("a") and vault.get("a") == SECRET
    vault.delete("a")
    assert vault.get("a") is None and primary.get("a") is None
    assert SECRET not in repr(vault) and "session" not in repr(primary).lower()


def test_vault_with_no_keyring_keeps_the_secret_for_the_session_only() -> None:
    vault = SecretVault(KeyringSecretStore(backend=keyring.backends.fail.Keyring()))
    with pytest.raises(SecretStoreUnavailable):
        vault.set("a", SECRET)
    assert not vault.session_only("a")
    vault.set("a", SECRET, session_only=True)
    assert vault.session_only("a") and vault.get("a") == SECRET
    vault.delete("a")  # nothing was in the keyring: no error
    assert not vault.session_only("a")
    with pytest.raises(SecretStoreUnavailable):
        vault.delete("b")  # may have been in the keyring: the user must hear of it


def test_keyring_store_is_cheap_to_build(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(keyring, "get_keyring", lambda: calls.append("x") or DictBackend())
    store = KeyringSecretStore()
    assert calls == []  # the backend is resolved by the first call, on a worker thread
    assert store.get("a") is None and calls == ["x"]


# --- a write that times out and lands later ------------------------------------------------

def test_a_late_write_that_lands_is_read_back_as_stored() -> None:
    backend = LateKeyring(delay=0.7)
    store = KeyringSecretStore("svc", backend=backend, timeout=0.5)
    store.set("acct", SECRET)  # timed out after 0.5 s; the read-back waits for the write
    assert backend.landed.is_set()
    assert backend.items == {("svc", "acct"): SECRET}
    assert store.get("acct") == SECRET


def test_a_late_write_that_fails_is_reported_as_not_stored() -> None:
    backend = LateKeyring(delay=0.7, fail=True)
    backend.items[("svc", "acct")] = "previous-secret-00000000001"
    store = KeyringSecretStore("svc", backend=backend, timeout=0.5)
    with pytest.raises(SecretStoreUnavailable) as info:
        store.set("acct", SECRET)
    assert info.value.reason == NOT_STORED
    assert store.get("acct") == "previous-secret-00000000001"
    assert SECRET not in info.value.reason


def test_a_write_still_pending_after_the_read_back_is_reported_as_unknown() -> None:
    backend = LateKeyring(delay=30)
    store = KeyringSecretStore("svc", backend=backend, timeout=0.2)
    try:
        with pytest.raises(SecretStoreUnavailable) as info:
            store.set("acct", SECRET)
        assert info.value.reason == UNCONFIRMED
        assert not backend.landed.is_set()
    finally:
        backend.release.set()
    assert backend.landed.wait(5)
    assert KeyringSecretStore("svc", backend=backend, timeout=5).get("acct") == SECRET


def test_the_vault_keeps_no_session_copy_of_a_late_write_that_landed() -> None:
    backend = LateKeyring(delay=0.7)
    vault = SecretVault(KeyringSecretStore("svc", backend=backend, timeout=0.5))
    vault.set("acct", SECRET)
    assert not vault.session_only("acct")
    assert vault.get("acct") == SECRET

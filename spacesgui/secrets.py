"""Secret keys: the OS keyring through `keyring`, or memory for this session when the user says so.

There is no plaintext fallback. When the keyring is missing (keyring's fail backend), locked,
or refuses, SecretStoreUnavailable says so in plain words and the UI offers "keep for this
session only" (SecretVault with session_only=True).

Every keyring call runs under ONE module-level lock (vorta found backends are not thread-safe)
and in a helper thread with a time limit: with a display, an unlock prompt can block a call
until someone answers it, and the app must report "locked" instead of hanging a worker forever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from spacesgui.errors import UserFacingError
from spacesgui.logs import register_secret
from spacesgui.s3.headers import SSECustomerKey
from spacesgui.sse_keys import (
    CustomerKeyError,
    CustomerKeyRef,
    entry,
    fingerprint,
    normalized,
    parse,
)

log = logging.getLogger(__name__)

SERVICE = "spacesgui"
DEFAULT_TIMEOUT = 30.0
_KEYRING_LOCK = threading.Lock()
_PROBE_USER = "spacesgui-availability-check"
_T = TypeVar("_T")

NO_KEYRING = ("No keyring is available on this system, so the secret key cannot be stored "
              "safely.")
LOCKED = "The keyring is locked and was not unlocked."
TIMED_OUT = ("The keyring did not answer in time; it may be waiting for you to unlock it in "
             "another window.")
NOT_STORED = ("The keyring did not answer in time, and reading it back shows the secret key "
              "was not stored.")
UNCONFIRMED = ("The keyring did not answer in time, and it could not be read back either, so "
               "it is not known whether the secret key was stored.")


class SecretStore(Protocol):
    def get(self, account_id: str) -> str | None: ...
    def set(self, account_id: str, secret: str) -> None: ...
    def delete(self, account_id: str) -> None: ...


class SecretStoreUnavailable(UserFacingError):
    """The keyring cannot be used; `reason` is a sentence for the user (never holds a secret)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Abandoned(SecretStoreUnavailable):
    """A keyring call was started and then given up on; it may still complete later."""


class MemorySecretStore:
    """Secrets in a dict: for tests, and for secrets the user keeps for this session only."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"MemorySecretStore({len(self._secrets)} secrets)"

    def get(self, account_id: str) -> str | None:
        with self._lock:
            return self._secrets.get(account_id)

    def set(self, account_id: str, secret: str) -> None:
        with self._lock:
            self._secrets[account_id] = secret

    def delete(self, account_id: str) -> None:
        with self._lock:
            self._secrets.pop(account_id, None)

    def __contains__(self, account_id: object) -> bool:
        with self._lock:
            return account_id in self._secrets


def _backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_unusable(backend: Any) -> bool:
    """keyring's fail and null backends, or a chainer with nothing behind it."""
    name = _backend_name(backend)
    if name.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        return True
    if name.startswith("keyring.backends.chainer."):
        return not getattr(backend, "backends", ())
    return False


def _unavailable_for(exc: BaseException) -> SecretStoreUnavailable:
    """Turn a keyring/D-Bus failure into a plain reason; only the type name is logged."""
    import keyring.errors

    if isinstance(exc, SecretStoreUnavailable):
        return exc
    if isinstance(exc, keyring.errors.NoKeyringError):
        return SecretStoreUnavailable(NO_KEYRING)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return SecretStoreUnavailable(LOCKED)
    text = str(exc)
    if "dismissed" in text.lower() or "locked" in text.lower() or "unlock" in text.lower():
        # gnome-keyring without a display cannot show its prompt and dismisses it at once.
        return SecretStoreUnavailable(f"{LOCKED} (The unlock prompt could not be shown.)")
    if isinstance(exc, keyring.errors.InitError):
        return SecretStoreUnavailable("The keyring could not be opened.")
    return SecretStoreUnavailable(f"The keyring refused the request ({type(exc).__name__}).")


class KeyringSecretStore:
    """Secrets in the OS keyring under `service`, one entry per account id.

    Args:
        backend: a keyring backend to use instead of keyring.get_keyring() (tests).
        timeout: seconds to wait for one keyring call before reporting it unavailable.
    """

    def __init__(self, service: str = SERVICE, *, backend: Any = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        # Cheap by design: resolving the backend probes D-Bus, so it waits for the first call,
        # which runs on a worker thread.
        self.service = service
        self.timeout = timeout
        self._backend = backend

    def __repr__(self) -> str:
        return f"KeyringSecretStore({self.service!r})"

    def _resolve(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
            log.info("keyring backend: %s", _backend_name(self._backend))
        if _is_unusable(self._backend):
            raise SecretStoreUnavailable(NO_KEYRING)
        return self._backend

    def _call(self, what: str, fn: Callable[[Any], _T]) -> _T:
        """Run fn(backend) under the lock in a helper thread, waiting at most `timeout`."""
        if not _KEYRING_LOCK.acquire(timeout=self.timeout):
            raise SecretStoreUnavailable(TIMED_OUT)
        call = _Call(fn, self._resolve)
        thread = threading.Thread(target=call.run, name=f"keyring-{what}", daemon=True)
        thread.start()
        if not call.done.wait(self.timeout) and call.abandon():
            # The helper thread still holds the lock and releases it once the backend
            # returns, so later calls queue behind it instead of racing it.
            log.warning("keyring %s did not return within %.0f s", what, self.timeout)
            raise _Abandoned(TIMED_OUT)
        _KEYRING_LOCK.release()
        if call.error is not None:
            exc = _unavailable_for(call.error)
            log.warning("keyring %s failed: %s", what, type(call.error).__name__)
            raise exc from None  # the chained D-Bus error text is of no use to the user
        result: _T = call.result
        return result

    def check(self) -> None:
        """Raise SecretStoreUnavailable unless the keyring works (call off the GUI thread)."""
        self._call("check", lambda b: b.get_password(self.service, _PROBE_USER))

    def get(self, account_id: str) -> str | None:
        value = self._call("get", lambda b: b.get_password(self.service, account_id))
        return value if isinstance(value, str) else None

    def set(self, account_id: str, secret: str) -> None:
        """Store `secret`. A write that timed out may still land, so the entry is read back
        and the error names what the keyring really holds: the read queues behind the late
        write (which keeps the lock until its backend returns), so it sees that write's end."""
        try:
            self._call("set", lambda b: b.set_password(self.service, account_id, secret))
            return
        except _Abandoned:
            pass
        try:
            stored = self.get(account_id)
        except SecretStoreUnavailable:
            raise SecretStoreUnavailable(UNCONFIRMED) from None
        if stored != secret:
            raise SecretStoreUnavailable(NOT_STORED)
        log.info("keyring set landed after its time limit; the secret is stored")

    def delete(self, account_id: str) -> None:
        """Remove the entry; deleting one that does not exist is not an error."""

        def remove(backend: Any) -> None:
            import keyring.errors

            if backend.get_password(self.service, account_id) is None:
                return
            try:
                backend.delete_password(self.service, account_id)
            except keyring.errors.PasswordDeleteError:
                if backend.get_password(self.service, account_id) is not None:
                    raise

        self._call("delete", remove)


class _Call:
    """One keyring call and who owns the lock when it ends: the caller, or (after a timeout)
    the helper thread itself."""

    def __init__(self, fn: Callable[[Any], Any], resolve: Callable[[], Any]) -> None:
        self._fn, self._resolve = fn, resolve
        self._state = threading.Lock()
        self._abandoned = False
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn(self._resolve())
        except BaseException as exc:  # handed to the caller, who raises it
            self.error = exc
        with self._state:
            self.done.set()
            if self._abandoned:
                _KEYRING_LOCK.release()

    def abandon(self) -> bool:
        """True if the call is still running and now owns the lock; False if it just ended."""
        with self._state:
            if self.done.is_set():
                return False
            self._abandoned = True
            return True


class SecretVault:
    """What the app uses: the keyring, plus secrets the user chose to keep for this session.

    Every secret handed in or out is registered with the log redaction, so it cannot reach a
    log file even through an exception message.
    """

    def __init__(self, primary: SecretStore, session: MemorySecretStore | None = None) -> None:
        self.primary = primary
        self._session = session if session is not None else MemorySecretStore()

    def __repr__(self) -> str:
        return f"SecretVault(primary={self.primary!r}, session={self._session!r})"

    def get(self, account_id: str) -> str | None:
        secret = self._session.get(account_id)
        if secret is None:
            secret = self.primary.get(account_id)
        if secret:
            register_secret(secret)
        return secret

    def set(self, account_id: str, secret: str, *, session_only: bool = False) -> None:
        """Store `secret`; SecretStoreUnavailable from the keyring is for the UI to offer
        session_only=True. A session-only secret is forgotten at exit."""
        register_secret(secret)
        if session_only:
            self._session.set(account_id, secret)
            return
        self.primary.set(account_id, secret)
        self._session.delete(account_id)

    def delete(self, account_id: str) -> None:
        was_session_only = account_id in self._session
        self._session.delete(account_id)
        try:
            self.primary.delete(account_id)
        except SecretStoreUnavailable:
            if not was_session_only:
                raise  # a stored secret stays behind; the user must hear of it

    def session_only(self, account_id: str) -> bool:
        """Whether the secret lives only in memory (no keyring call: safe on the GUI thread)."""
        return account_id in self._session


class CustomerKeys:
    """Store, read and delete one account's keys through the vault (blocking: a pool thread)."""

    def __init__(self, vault: SecretVault, account_id: str) -> None:
        self._vault = vault
        self._account_id = account_id

    def __repr__(self) -> str:
        return f"CustomerKeys({self._account_id!r})"

    def store(self, name: str, text: str) -> CustomerKeyRef:
        """Keep the key `text` (base64) under `name`; the ref goes into the config."""
        key = normalized(text)
        self._vault.set(entry(self._account_id, name), key)
        return CustomerKeyRef(name, fingerprint(key))

    def export(self, name: str) -> str:
        """The key as base64 text; CustomerKeyError when the keyring no longer has it."""
        text = self._vault.get(entry(self._account_id, name))
        if not text:
            raise CustomerKeyError(f"The key \u201c{name}\u201d is not in the keyring any more.")
        return text

    def sse_c(self, name: str) -> SSECustomerKey:
        """The core's key object for a request that reads or writes with this key."""
        return SSECustomerKey(parse(self.export(name)))

    def delete(self, name: str) -> None:
        self._vault.delete(entry(self._account_id, name))

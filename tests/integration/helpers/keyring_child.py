"""Runs inside a private D-Bus session with GNOME Keyring; prints one JSON line per step.

    python -m tests.integration.helpers.keyring_child roundtrip|check|vault|customer-keys

The secrets are made here, never passed in argv; the output says whether values matched,
and never prints a secret.
"""

from __future__ import annotations

import json
import secrets
import sys
import time

from spacesgui.secrets import (
    CustomerKeys,
    KeyringSecretStore,
    SecretStoreUnavailable,
    SecretVault,
)
from spacesgui.sse_keys import entry, fingerprint, generate

SERVICE = "spacesgui-test"


def emit(step: str, **values: object) -> None:
    print(json.dumps({"step": step, **values}), flush=True)


def roundtrip(store: KeyringSecretStore) -> None:
    import keyring

    account = secrets.token_hex(16)
    first, second = secrets.token_urlsafe(30), secrets.token_urlsafe(30)
    store.check()
    emit("check", ok=True, backend=type(keyring.get_keyring()).__module__)
    emit("get-missing", value_is_none=store.get(account) is None)
    store.set(account, first)
    emit("set", matches=store.get(account) == first,
         raw_matches=keyring.get_password(SERVICE, account) == first)
    store.set(account, second)
    emit("overwrite", matches=store.get(account) == second)
    store.delete(account)
    emit("delete", value_is_none=store.get(account) is None,
         raw_is_none=keyring.get_password(SERVICE, account) is None)
    store.delete(account)
    emit("delete-again", ok=True)


def check(store: KeyringSecretStore) -> None:
    start = time.monotonic()
    try:
        store.check()
    except SecretStoreUnavailable as exc:
        emit("check", ok=False, reason=exc.reason, seconds=time.monotonic() - start)
    else:
        emit("check", ok=True, seconds=time.monotonic() - start)


def vault(store: KeyringSecretStore) -> None:
    value = secrets.token_urlsafe(30)
    v = SecretVault(store)
    try:
        v.set("acct", value)
    except SecretStoreUnavailable as exc:
        emit("set", ok=False, reason=exc.reason)
        v.set("acct", value, session_only=True)
    emit("session", session_only=v.session_only("acct"), matches=v.get("acct") == value)


def customer_keys(store: KeyringSecretStore) -> None:
    import keyring

    key = generate()
    keys = CustomerKeys(SecretVault(store), "acct")
    ref = keys.store("Backups", key)
    emit("store", fingerprint_matches=ref.md5 == fingerprint(key),
         raw_matches=keyring.get_password(SERVICE, entry("acct", "Backups")) == key,
         account_entry_is_none=keyring.get_password(SERVICE, "acct") is None)
    emit("export", matches=keys.export("Backups") == key,
         md5_matches=keys.sse_c("Backups").key_md5 == ref.md5)
    keys.delete("Backups")
    emit("delete", raw_is_none=keyring.get_password(SERVICE, entry("acct", "Backups")) is None)


def main(argv: list[str]) -> int:
    mode = argv[0]
    store = KeyringSecretStore(SERVICE, timeout=float(argv[1]) if len(argv) > 1 else 10.0)
    try:
        {"roundtrip": roundtrip, "check": check, "vault": vault,
         "customer-keys": customer_keys}[mode](store)
    except SecretStoreUnavailable as exc:
        emit("unavailable", reason=exc.reason)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

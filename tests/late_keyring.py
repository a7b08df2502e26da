"""A keyring backend that answers late: set_password waits past the caller's time limit on
the keyring helper thread, and then lands (or fails), as a slow or prompting keyring does."""

from __future__ import annotations

import threading

import keyring.backend
import keyring.errors


class LateKeyring(keyring.backend.KeyringBackend):
    """In memory; each set_password waits `delay` seconds (or until `release` is set) first.

    `fail` makes the late write raise instead of landing; `landed` is set once it has ended.
    """

    priority = 0  # type: ignore[assignment]  # never chosen by keyring on its own

    def __init__(self, delay: float, *, fail: bool = False) -> None:
        super().__init__()
        self.delay, self.fail = delay, fail
        self.items: dict[tuple[str, str], str] = {}
        self.release = threading.Event()
        self.entered = threading.Event()
        self.landed = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entered.set()
        self.release.wait(self.delay)
        try:
            if self.fail:
                raise keyring.errors.PasswordSetError("the keyring refused the write")
            self.items[(service, username)] = password
        finally:
            self.landed.set()

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")

"""Customer keys (SSE-C) for reads and uploads: which key, and asking for it.

A read refused for want of the right key (`sse_keys.refusal`) is not shown as an error when the
account has keys: the user is asked which one, and the read is tried again with it. An upload
chosen in the upload dialog asks which key to encrypt with, the account's default first. The
keys themselves are read from the keyring on a worker thread, by name, when the transfer runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeGuard

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from spacesgui.errors import UserFacingError
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.options import SSECustomerKey
from spacesgui.sse_keys import CustomerKeyRef, refusal
from spacesgui.ui import boxes
from spacesgui.ui.errors import describe
from spacesgui.ui.translations import N_
from spacesgui.workers.transfer_jobs import PartialFailure

ADD_A_KEY = N_("key_choice",
               "This account has no customer keys yet: add the file's key in the account's "
               "Customer Keys tab (Accounts \u2192 Edit \u2192 Customer Keys), then try again.")


@dataclass(frozen=True, slots=True)
class KeySource:
    """One account's customer keys as a read uses them: `keys` (names and fingerprints, for
    the chooser) and `read(name)`, which blocks on the keyring (call it on a pool thread)."""

    keys: tuple[CustomerKeyRef, ...]
    read: Callable[[str], SSECustomerKey]


class NoCustomerKeys(UserFacingError):
    """A file needs a customer key that the account does not have."""


def needs_key(exc: object) -> TypeGuard[ServiceError]:
    """Whether `exc` (a task's or job's result) is a read refused for its customer key."""
    return isinstance(exc, ServiceError) and refusal(exc) is not None


def refused_read(result: object) -> ServiceError | None:
    """The refusal of a read for its customer key in a job's result: the job's own error, or
    for a folder download the first of its files' errors that is one; else None."""
    if needs_key(result):
        return result
    if isinstance(result, PartialFailure):
        return next((cause for cause in result.causes if needs_key(cause)), None)
    return None


def ask_for_key(parent: QWidget, source: KeySource | None, exc: BaseException,
                on_choice: Callable[[str], None]) -> QInputDialog | None:
    """When `exc` refused a read for its key and the account has keys, ask which one (the box
    is returned open); otherwise None, and the caller reports `explained(exc)` as usual."""
    if not needs_key(exc) or source is None or not source.keys:
        return None
    wrong = isinstance(exc, ServiceError) and refusal(exc) == "wrong key"
    text = (QCoreApplication.translate("key_choice",
                                       "The key chosen is not this file's key. Choose "
                                       "another:") if wrong else
            QCoreApplication.translate("key_choice",
                                       "This file is encrypted with a customer key. Read it with:"))
    return boxes.choose_key(parent, text, source.keys, on_choice)


def ask_upload_key(parent: QWidget, keys: tuple[CustomerKeyRef, ...], default: str | None,
                   on_choice: Callable[[str], object]) -> QInputDialog:
    """Ask which of `keys` to encrypt an upload with, `default` preselected; `on_choice` gets
    the key's name, or "" for no customer key."""
    return boxes.choose_key(
        parent, QCoreApplication.translate(
            "key_choice", "Encrypt the upload with which customer key?\nOnly that key can read "
            "the files again."), keys, on_choice, current=default or "",
        no_key=QCoreApplication.translate("key_choice", "No customer key (not encrypted with one)"),
        title=QCoreApplication.translate("key_choice", "Upload With Customer Key"),
        ok_text=QCoreApplication.translate("key_choice", "&Upload"))


def explained(exc: BaseException, source: KeySource | None) -> BaseException:
    """`exc`, or, for a file that needs a key on an account with none, the error saying how
    to add one."""
    if needs_key(exc) and (source is None or not source.keys):
        add_a_key = QCoreApplication.translate("key_choice", ADD_A_KEY)
        return NoCustomerKeys(f"{describe(exc)}\n\n{add_a_key}")
    return exc

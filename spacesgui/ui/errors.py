"""One route from an exception to the user: plain-language advice, never a traceback.

`describe` is the only place an exception becomes text for the user. It turns the core's typed
errors into a sentence that says what to do. Server text is untrusted, so it is only ever shown
as plain text, and an exception's own text is shown only for a `UserFacingError`, whose text our
own code writes for the user.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStatusBar, QWidget

from spacesgui.errors import UserFacingError
from spacesgui.s3 import (
    Cancelled,
    MalformedResponse,
    NetworkError,
    PermanentRedirect,
    ServiceError,
)
from spacesgui.secrets import SecretStoreUnavailable
from spacesgui.sse_keys import Refusal, refusal
from spacesgui.ui.translations import N_

log = logging.getLogger(__name__)

# Tables made at import: marked here, translated where used (context "errors").
DETAILS_IN_LOG = N_("errors", "The details are in the log.")

_ADVICE: dict[str, str] = {
    "AccessDenied": N_(
        "errors",
        "This is not allowed for this key. Keys limited to certain buckets cannot list all "
        "buckets or read bucket settings, and read-only keys cannot change anything."
    ),
    "SignatureDoesNotMatch": N_(
        "errors",
        "The server rejected the request's signature. Usually the secret key is wrong: copy it "
        "again from the control panel. If it is right, check that this computer's clock is set "
        "correctly."
    ),
    "RequestTimeTooSkewed": N_(
        "errors",
        "This computer's clock differs too much from the server's. Turn on automatic time "
        "(network time) and try again."
    ),
    "SlowDown": N_(
        "errors",
        "The server is busy and asked for fewer requests. Wait a minute and try again."),
    "ServiceUnavailable": N_(
        "errors",
        "The server is busy or briefly unavailable. Wait a minute and try again."),
    "NoSuchBucket": N_(
        "errors",
        "This bucket does not exist here. Check its name and the account's region: a bucket "
        "is only found at the endpoint of the region it was created in."
    ),
    "InvalidAccessKeyId": N_(
        "errors",
        "The server does not know this access key ID. Check that it was copied in full and that "
        "the key has not been deleted in the control panel."
    ),
    "NoSuchKey": N_("errors", "The file no longer exists; someone may have moved or deleted it."),
    "InvalidBucketName": N_("errors", "The server does not accept this bucket name."),
    "BucketAlreadyExists": N_(
        "errors", "That bucket name is taken; bucket names are shared by all users."),
    "BucketNotEmpty": N_("errors", "The bucket still contains files; delete them first."),
    "NotImplemented": N_("errors", "This server does not support that feature."),
}


_KEY_ADVICE: dict[Refusal, str] = {
    "key needed": N_(
        "errors",
        "This file is encrypted with a customer key (SSE-C), and the server reads it only with "
        "that key. Choose the key it was encrypted with; the account's keys are under Accounts "
        "\u2192 Edit \u2192 Customer Keys."
    ),
    "wrong key": N_(
        "errors",
        "This file is encrypted with a different customer key than the one chosen. Choose the "
        "key it was encrypted with; without it the file cannot be read."
    ),
    "maybe key needed": N_(
        "errors",
        "The server would not describe this file. It is most likely encrypted with a customer "
        "key (SSE-C): choose the key it was encrypted with."
    ),
}


def _tr(text: str) -> str:
    """The translation of a text of this module (all in the "errors" context)."""
    return QCoreApplication.translate("errors", text)


def _server_reference(exc: ServiceError) -> str:
    parts = [_tr(N_("errors", "Code: {code}")).format(code=exc.code)]
    if exc.request_id:
        parts.append(_tr(N_("errors", "Request ID: {request_id}")).format(
            request_id=exc.request_id))
    return " \u00b7 ".join(parts)


def _describe_service(exc: ServiceError) -> str:
    in_log = _tr(DETAILS_IN_LOG)
    if isinstance(exc, PermanentRedirect):
        where = exc.endpoint or _tr(N_("errors", "a different endpoint"))
        name = (_tr(N_("errors", "Bucket \u201c{bucket}\u201d")).format(bucket=exc.bucket)
                if exc.bucket else _tr(N_("errors", "This bucket")))
        advice = _tr(N_("errors", "{name} lives at {where}. Choose that region (or endpoint) "
                        "for the account and try again.")).format(name=name, where=where)
    elif (key_refusal := refusal(exc)) is not None:
        advice = _tr(_KEY_ADVICE[key_refusal])
    elif exc.code in _ADVICE:
        advice = _tr(_ADVICE[exc.code])
    elif exc.status == 403:
        advice = _tr(N_("errors", "The server refused this request for this key. {details}")
                     ).format(details=in_log)
    elif exc.status >= 500:
        advice = _tr(N_("errors", "The server had a problem (HTTP {status}). Try again later. "
                        "{details}")).format(status=exc.status, details=in_log)
    else:
        advice = _tr(N_("errors", "The server refused the request. {details}")).format(
            details=in_log)
    return f"{advice}\n{_server_reference(exc)}"


def _describe_network(exc: NetworkError) -> str:
    if exc.endpoint:
        text = N_("errors", "Could not reach {endpoint}. Check the address, your internet "
                  "connection and any proxy setting. ({error})")
    else:
        text = N_("errors", "Could not reach the server. Check the address, your internet "
                  "connection and any proxy setting. ({error})")
    return _tr(text).format(endpoint=exc.endpoint, error=exc)


def _describe_secret_store(exc: SecretStoreUnavailable) -> str:
    return _tr(N_("errors", "{reason} The secret key can be kept for this session only, and you "
                  "will be asked for it again next time.")).format(reason=exc.reason)


_MALFORMED = N_("errors", "The server sent an answer that is not a valid S3 response. The "
                "endpoint may not be an S3 server, or a proxy may be in the way. {details}")


def describe(exc: BaseException) -> str:
    """Plain-language advice for `exc`; ServiceErrors end with their code and request id."""
    if isinstance(exc, ServiceError):
        text = _describe_service(exc)
    elif isinstance(exc, NetworkError):
        text = _describe_network(exc)
    elif isinstance(exc, MalformedResponse):
        text = _tr(_MALFORMED).format(details=_tr(DETAILS_IN_LOG))
    elif isinstance(exc, SecretStoreUnavailable):
        text = _describe_secret_store(exc)
    elif isinstance(exc, Cancelled):
        text = _tr(N_("errors", "Cancelled."))
    elif isinstance(exc, UserFacingError):
        text = str(exc)  # written by our own code for the user, and never holds a secret
    else:
        text = _tr(N_("errors", "Something unexpected went wrong ({error}). {details}")).format(
            error=type(exc).__name__, details=_tr(DETAILS_IN_LOG))
    return text


def report(exc: BaseException) -> str:
    """describe(), then the server's own message and the reference lines describe() left out:
    for a place that shows one refusal in full (a settings page), each fact once."""
    text = describe(exc)
    lines = [text]
    if isinstance(exc, ServiceError) and exc.message:
        lines.append(_tr(N_("errors", "The server said: \u201c{message}\u201d")).format(
            message=exc.message))
    lines += [line for line in details(exc).splitlines() if line not in text]
    return "\n".join(lines)


def details(exc: BaseException) -> str:
    """The reference a support request needs: code, request id, host id, status, resource."""
    if not isinstance(exc, ServiceError):
        lines = [_tr(N_("errors", "Error: {error}")).format(error=type(exc).__name__)]
        request_id = exc.request_id if isinstance(exc, MalformedResponse) else None
        if request_id:
            lines.append(_tr(N_("errors", "Request ID: {request_id}")).format(
                request_id=request_id))
        return "\n".join(lines)
    lines = [_tr(N_("errors", "Code: {code}")).format(code=exc.code),
             _tr(N_("errors", "HTTP status: {status}")).format(status=exc.status)]
    for label, value in ((N_("errors", "Request ID"), exc.request_id),
                         (N_("errors", "Host ID"), exc.host_id),
                         (N_("errors", "Resource"), exc.resource),
                         (N_("errors", "Method"), exc.method)):
        if value:
            lines.append(f"{_tr(label)}: {value}")
    return "\n".join(lines)


class ErrorPresenter(QObject):
    """Shows errors: background ones in the status bar, ones the user asked for in a message box."""

    transient_shown = Signal(str)  # the status-bar text, also for windows without a status bar

    def __init__(self, window: QWidget, status_bar: QStatusBar | None = None) -> None:
        super().__init__(window)
        self._window = window
        if status_bar is None and isinstance(window, QMainWindow):
            status_bar = window.statusBar()
        self._status_bar = status_bar

    def transient(self, action: str, exc: BaseException) -> None:
        log.warning("%s failed", action, exc_info=exc)
        text = f"{action}: {describe(exc)}".replace("\n", " \u2014 ")
        if self._status_bar is not None:
            self._status_bar.showMessage(text, 10_000)
        self.transient_shown.emit(text)

    def blocking(self, action: str, exc: BaseException) -> QMessageBox:
        """Open a window-modal box that does not block the event loop (open(), not exec())."""
        log.warning("%s failed", action, exc_info=exc)
        box = QMessageBox(QMessageBox.Icon.Warning, action, describe(exc),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextFormat(Qt.TextFormat.PlainText)  # server text is untrusted
        box.setDetailedText(details(exc))
        box.open()
        return box

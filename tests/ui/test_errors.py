"""describe() gives advice per error kind; ErrorPresenter routes to status bar or message box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from spacesgui.s3 import (
    Cancelled,
    EncryptionNotApplied,
    InvalidInput,
    MalformedResponse,
    NetworkError,
    PermanentRedirect,
    ServiceError,
)
from spacesgui.secrets import SecretStoreUnavailable
from spacesgui.ui.errors import ErrorPresenter, describe, details


def service(code: str, status: int = 403, **kw: object) -> ServiceError:
    return ServiceError(code=code, message=f"{code} from server", status=status,
                        request_id="tx00000abc-req", host_id="host-77", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "status", "message", "method", "phrase"), [
    ("InvalidArgument", 400, "Requests specifying Server Side Encryption with Customer provided "
     "keys must provide a valid encryption algorithm.", "GET",
     "This file is encrypted with a customer key"),
    ("AccessDenied", 403, "The calculated MD5 hash of the key did not match the hash that was "
     "provided.", "GET", "different customer key than the one chosen"),
    ("BadRequest", 400, "Bad Request", "HEAD", "most likely encrypted with a customer key"),
])
def test_a_customer_key_refusal_says_to_choose_the_key(code: str, status: int, message: str,
                                                        method: str, phrase: str) -> None:
    text = describe(ServiceError(code=code, message=message, status=status, method=method,
                                 request_id="tx00000abc-req", resource="photos/cat.jpg"))
    assert phrase in text and "choose the key it was encrypted with" in text.casefold()
    assert f"Code: {code}" in text and "Request ID: tx00000abc-req" in text


@pytest.mark.parametrize(("code", "status", "phrase"), [
    ("AccessDenied", 403, "not allowed for this key"),
    ("SignatureDoesNotMatch", 403, "secret key is wrong"),
    ("SignatureDoesNotMatch", 403, "clock"),
    ("RequestTimeTooSkewed", 403, "clock"),
    ("SlowDown", 503, "Wait a minute"),
    ("NoSuchBucket", 404, "does not exist"),
    ("InvalidAccessKeyId", 403, "access key ID"),
])
def test_known_codes_give_advice_and_reference(code: str, status: int, phrase: str) -> None:
    text = describe(service(code, status))
    assert phrase in text
    assert f"Code: {code}" in text and "Request ID: tx00000abc-req" in text
    assert "log" not in text


def test_unknown_service_code_points_to_the_log_and_keeps_the_reference() -> None:
    text = describe(service("WeirdNewThing", 400))
    assert "details are in the log" in text.lower()
    assert "Code: WeirdNewThing" in text and "tx00000abc-req" in text
    assert "WeirdNewThing from server" not in text  # untrusted server text stays in the log


def test_permanent_redirect_names_the_endpoint() -> None:
    exc = PermanentRedirect(endpoint="https://ams3.digitaloceanspaces.com", bucket="photos",
                            code="PermanentRedirect", message="moved", status=301,
                            request_id="rid-1")
    text = describe(exc)
    assert "https://ams3.digitaloceanspaces.com" in text and "photos" in text
    assert "Request ID: rid-1" in text


def test_local_errors() -> None:
    assert "Could not reach https://x.example" in describe(
        NetworkError("connection refused", endpoint="https://x.example"))
    assert "not a valid S3 response" in describe(MalformedResponse("bad xml"))
    assert describe(InvalidInput("Bucket names are 3 to 63 characters.")) == (
        "Bucket names are 3 to 63 characters.")
    store = SecretStoreUnavailable("No keyring is available on this system.")
    store.reason = "No keyring is available on this system."
    assert describe(store).startswith("No keyring is available on this system.")
    assert "this session only" in describe(store)
    assert "unencrypted" in describe(EncryptionNotApplied("b/k", removed=True))
    assert describe(Cancelled("cancelled")) == "Cancelled."


def test_unknown_exception_says_log_and_hides_its_text() -> None:
    text = describe(RuntimeError("secret-ish internals"))
    assert "details are in the log" in text.lower()
    assert "internals" not in text


def test_details_list_code_request_and_host_id() -> None:
    text = details(service("AccessDenied"))
    assert "Code: AccessDenied" in text
    assert "Request ID: tx00000abc-req" in text
    assert "Host ID: host-77" in text


def test_transient_goes_to_the_status_bar(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    presenter = ErrorPresenter(window)
    with qtbot.waitSignal(presenter.transient_shown) as blocker:
        presenter.transient("Refresh", service("SlowDown", 503))
    message = window.statusBar().currentMessage()
    assert message == blocker.args[0]
    assert message.startswith("Refresh: ") and "\n" not in message
    assert "Code: SlowDown" in message


def test_blocking_opens_a_plain_text_box_without_blocking(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    box = ErrorPresenter(window).blocking("Delete", service("AccessDenied"))
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)  # open() returned, so the event loop was never blocked
    assert box.windowTitle() == "Delete"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "not allowed for this key" in box.text()
    assert "Host ID: host-77" in box.detailedText()
    assert box.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_errors_written_for_the_user_are_shown_as_they_are() -> None:
    """Every error with a UserFacingError base reaches the user by describe(), unchanged."""
    from spacesgui.config import ConfigError
    from spacesgui.errors import UserFacingError
    from spacesgui.s3.transfer.properties import ChangedMeanwhile
    from spacesgui.ui.dialogs.connection_steps import MissingSecret
    from spacesgui.ui.preview import NotPreviewable
    from spacesgui.workers.transfer_jobs import RestoredFailure

    for kind in (MissingSecret, ChangedMeanwhile, NotPreviewable, RestoredFailure, ConfigError,
                 InvalidInput, UserFacingError):
        text = f"A sentence for the user from {kind.__name__}."
        assert describe(kind(text)) == text


def test_a_failure_kept_over_a_restart_is_user_text() -> None:
    from spacesgui.workers.transfer_jobs import RestoredFailure, error_text

    hidden = error_text(RuntimeError("secret-ish internals"))
    assert "internals" not in hidden and "RuntimeError" in hidden
    assert error_text(InvalidInput("That key is too long.")) == "That key is too long."
    kept = error_text(service("SlowDown", 503))
    assert "Code: SlowDown" in kept and "tx00000abc-req" in kept
    assert describe(RestoredFailure(kept)) == kept


def test_report_says_each_fact_once() -> None:
    """A settings page shows a refusal in full: advice, the server's message, the reference."""
    from spacesgui.ui.errors import report

    exc = ServiceError(code="MethodNotAllowed", message="Logging is off here", status=405,
                       request_id="tx-1", host_id="host-9")
    text = report(exc)
    assert text.startswith(describe(exc))
    assert "The server said: \u201cLogging is off here\u201d" in text
    assert "HTTP status: 405" in text and "Host ID: host-9" in text
    assert text.count("Code: MethodNotAllowed") == 1 and text.count("Request ID: tx-1") == 1

"""Log redaction: signatures, Authorization, tokens and registered secrets never reach a file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from spacesgui.logs import RedactingFilter, redact, register_secret, setup_logging


@pytest.fixture
def logfile(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield path
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.parametrize(("line", "hidden"), [
    ("Authorization: AWS4-HMAC-SHA256 Credential=AK/20240101/nyc3/s3/aws4_request, "
     "SignedHeaders=host, Signature=deadbeefcafe", "deadbeefcafe"),
    ("{'Authorization': 'AWS AKID:c2lnbmF0dXJl'}", "c2lnbmF0dXJl"),
    ("GET https://b.nyc3.digitaloceanspaces.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256"
     "&X-Amz-Credential=AKIDX%2F20240101%2Fnyc3&X-Amz-Signature=0123abcd&x=1", "0123abcd"),
    ("?X-Amz-Credential=AKIDX%2F20240101%2Fnyc3&", "AKIDX"),
    ("https://h/k?AWSAccessKeyId=AK&Expires=1&Signature=abc%2Bdef", "abc%2Bdef"),
    ("x-amz-security-token: FwoGZXIvYXdzEXAMPLE", "FwoGZXIvYXdzEXAMPLE"),
    ("x-amz-server-side-encryption-customer-key: c3NlY2tleQ==", "c3NlY2tleQ=="),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG", "wJalrXUtnFEMI"),
    ("secret_key=abc123abc123", "abc123abc123"),
])
def test_patterns_mask_credentials(line: str, hidden: str) -> None:
    masked = redact(line)
    assert hidden not in masked and "***" in masked


def test_ordinary_text_is_left_alone() -> None:
    line = "SignatureDoesNotMatch on bucket/key (HTTP 403, request id tx-1); signature_v2 = True"
    assert redact(line) == line


def test_registered_secret_masked_in_message_args_and_traceback(logfile: Path) -> None:
    secret = "Registered/Secret+Key0000000000000000000001"
    register_secret(secret)
    log = logging.getLogger("spacesgui.test")
    log.info("value %s and quoted %s", secret, "Registered%2FSecret%2BKey0000000000000000000001")
    try:
        raise ValueError(f"boom with {secret}")
    except ValueError:
        log.exception("failed")
    log.debug("Authorization: AWS4-HMAC-SHA256 Signature=feedface1234")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logfile.read_text()
    assert "boom with ***" in text and "value *** and quoted ***" in text
    assert secret not in text and "feedface1234" not in text
    assert "Registered%2FSecret" not in text


def test_short_secrets_are_not_registered() -> None:
    register_secret("abc")
    assert redact("abc abcdef") == "abc abcdef"


def test_filter_works_on_any_handler() -> None:
    register_secret("filter-secret-000000000001")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "got %s",
                               ("filter-secret-000000000001",), None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "got ***"


def test_setup_logging_is_idempotent_and_private(logfile: Path) -> None:
    again = setup_logging(logfile.parent, level=logging.INFO)
    assert again == logfile and logfile.name == "spacesgui.log"
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_spacesgui", False)]
    assert len(ours) == 2
    assert (logfile.stat().st_mode & 0o077) == 0

"""Logging set-up: a rotating file under the platform's log dir plus stderr, both redacted.

Principle 3 (secrets never leave the keyring) covers logs: every handler set up here masks
signatures, Authorization headers, session tokens, SSE-C keys and every secret the vault has
handed out (register_secret), in the message, its arguments and any traceback.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path
from urllib.parse import quote

MASK = "***"
LOG_FILE = "spacesgui.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
# Shorter strings would mask ordinary words in the log; real secret keys are 40 characters.
MIN_SECRET_LENGTH = 6
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

# Each pattern keeps group 1 (the name) and masks what follows it.
_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Authorization: AWS4-HMAC-SHA256 Credential=..., Signature=...   /   AWS AKID:signature
    re.compile(r"(?i)(\bauthorization['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n]+"),
    re.compile(r"(?i)(\bx-amz-(?:signature|credential|security-token)['\"]?\s*[:=]\s*['\"]?)"
               r"[^&\s'\",;]+"),
    re.compile(r"(?i)(\bx-amz-(?:copy-source-)?server-side-encryption-customer-key"
               r"['\"]?\s*[:=]\s*['\"]?)[^&\s'\",;]+"),
    re.compile(r"(\bSignature['\"]?\s*[:=]\s*['\"]?)[^&\s'\",;]+"),
    re.compile(r"(?i)(\b(?:aws_)?secret(?:_access)?_key['\"]?\s*[:=]\s*['\"]?)[^\s'\",;]+"),
    re.compile(r"(?i)(\baws_session_token['\"]?\s*[:=]\s*['\"]?)[^\s'\",;]+"),
)

_secrets_lock = threading.Lock()
_secrets: set[str] = set()
_secret_re: re.Pattern[str] | None = None


def register_secret(secret: str) -> None:
    """Mask `secret` (and its URL-encoded form) in every log line from now on."""
    global _secret_re  # noqa: PLW0603 - one process-wide list, like the logging tree itself
    if not secret or len(secret) < MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        forms = {secret, quote(secret, safe=""), quote(secret, safe="/")}
        if forms <= _secrets:
            return
        _secrets.update(forms)
        ordered = sorted(_secrets, key=len, reverse=True)  # longest first: no partial masks
        _secret_re = re.compile("|".join(re.escape(s) for s in ordered))


def register_secrets(secrets: list[str] | tuple[str, ...] | set[str]) -> None:
    for secret in secrets:
        register_secret(secret)


def redact(text: str) -> str:
    """`text` with every known secret and credential-bearing value replaced by ***."""
    pattern = _secret_re
    if pattern is not None:
        text = pattern.sub(MASK, text)
    for rule in _PATTERNS:
        text = rule.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks credentials in a record before any handler formats it (attach to handlers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw parts, masked
            message = f"{record.msg!s} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class RedactingFormatter(logging.Formatter):
    """Masks the finished line as well: anything a filter could not see is caught here."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def default_log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("spacesgui", appauthor=False))


def setup_logging(log_dir: Path | None = None, *, level: int = logging.INFO) -> Path:
    """Send the root logger to <log_dir>/spacesgui.log (rotating) and stderr; returns the file.

    Calling again replaces the handlers this function installed (tests, a changed level).
    """
    directory = Path(log_dir) if log_dir is not None else default_log_dir()
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = directory / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_spacesgui", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False)
    # The log may hold bucket and object names; keep it private to the user like the config.
    if os.name == "posix":
        os.chmod(path, 0o600)
    stderr_handler = logging.StreamHandler(sys.stderr)
    for handler in (file_handler, stderr_handler):
        handler.setLevel(level)
        handler.addFilter(RedactingFilter())
        handler.setFormatter(RedactingFormatter(_FORMAT))
        setattr(handler, "_spacesgui", True)  # noqa: B010 - marks handlers we own
        root.addHandler(handler)
    root.setLevel(level)
    return path

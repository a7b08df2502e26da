"""The states an account and a queued job go through, and the kinds of job (no Qt here).

They are `StrEnum`s: each member equals its text, which is also what the transfer queue's state
file stores, so a saved queue reads back unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class AccountState(StrEnum):
    """Where an account is on its way to a usable client."""

    CONNECTING = "connecting"   # its secret is being read and its client built
    READY = "ready"             # its client is in the registry
    NEEDS_KEY = "needs key"     # no secret (not saved, or the keyring is locked)
    FAILED = "failed"           # the stored settings cannot make a client


class JobState(StrEnum):
    """A queued transfer's state, as the panel shows it."""

    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    THROTTLED = "throttled"     # running, but the server asked for fewer requests
    FAILED = "failed"
    DONE = "done"
    CANCELLED = "cancelled"


FINISHED_STATES = frozenset({JobState.DONE, JobState.CANCELLED})
ACTIVE_STATES = frozenset({JobState.RUNNING, JobState.THROTTLED})


class JobKind(StrEnum):
    """What a queued transfer does."""

    UPLOAD = "upload"
    FOLDER_UPLOAD = "folder-upload"
    DOWNLOAD = "download"
    PREFIX_DOWNLOAD = "prefix-download"
    COPY = "copy"
    MOVE = "move"
    DELETE = "delete"
    RENAME = "rename"
    ABORT_UPLOADS = "abort-uploads"    # incomplete multipart uploads, by key and upload id
    PROPERTIES = "properties"          # ACL, headers, metadata, tags of keys and folders


UPLOAD_KINDS = frozenset({JobKind.UPLOAD, JobKind.FOLDER_UPLOAD})
DOWNLOAD_KINDS = frozenset({JobKind.DOWNLOAD, JobKind.PREFIX_DOWNLOAD})

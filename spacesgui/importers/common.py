"""What every importer shares: the candidate type and turning an endpoint into an Account."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from spacesgui.config import Account, Addressing, DefaultAcl, Signature
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.spaces import is_spaces_host, region_from_endpoint

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 1024 * 1024  # far beyond any real config; refuses to slurp a wrong file
DEFAULT_REGION = "us-east-1"
Found = tuple[list["ImportCandidate"], list[str]]


@dataclass(frozen=True, slots=True)
class ImportCandidate:
    """An account found in another tool's config, with its secret (never in repr)."""

    source: str
    account: Account
    secret_key: str = field(repr=False)
    warnings: tuple[str, ...] = ()


class Unreadable(Exception):
    """The file cannot be read as text; the message says why in plain words."""


def display_path(path: Path, home: Path | None = None) -> str:
    """`path` with the home directory written as ~ (for sources and notes)."""
    home = home or Path.home()
    try:
        return "~/" + path.relative_to(home).as_posix()
    except ValueError:
        return str(path)


def read_text(path: Path) -> str:
    """The file as text; Unreadable with a short reason (never the content) otherwise."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise Unreadable(f"could not be read ({exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable("is too large to be a configuration file")
    if b"\x00" in data:
        raise Unreadable("is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # old files in a legacy encoding; keys are ASCII anyway


def build_account(*, name: str, endpoint: str, region: str, access_key: str,
                  https: bool = True, addressing: Addressing | None = None,
                  signature: Signature = "v4", default_acl: DefaultAcl = "private",
                  verify_tls: bool = True, ca_bundle: str | None = None,
                  proxy: str | None = None) -> tuple[Account, list[str]]:
    """An Account for `endpoint` (a URL or a bare host): Spaces hosts become a Spaces region,
    and a bucket host (bucket.fra1.digitaloceanspaces.com) also pins that bucket."""
    notes: list[str] = []
    text = endpoint.strip()
    if "://" not in text:
        text = ("https://" if https else "http://") + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        netloc = parts.netloc.rsplit("@", 1)[-1].lower()
    except ValueError:
        raise InvalidInput("its endpoint is not a valid address") from None
    if not host:
        raise InvalidInput("it names no endpoint")
    if parts.path not in ("", "/"):
        notes.append("The path after the endpoint's host was dropped.")
    if not verify_tls:
        notes.append("TLS certificate checks are off in the original settings.")
    pinned: tuple[str, ...] = ()
    if is_spaces_host(host):
        slug = region_from_endpoint(host)
        if slug is None:
            raise InvalidInput(f"{host} is not a Spaces endpoint this app understands")
        labels = host.lower().split(".")
        if len(labels) > 3 and labels[-3] == slug and labels[0] != slug:
            pinned = (".".join(labels[:-3]),)
        account = Account.new(name=name, provider="spaces", region=slug,
                              access_key_id=access_key, addressing=addressing or "auto",
                              signature=signature, default_acl=default_acl,
                              verify_tls=verify_tls, ca_bundle=ca_bundle, proxy=proxy,
                              pinned_buckets=pinned)
        return account, notes
    if not region.strip():
        region = DEFAULT_REGION
        notes.append(f"No region given; using {DEFAULT_REGION}.")
    account = Account.new(name=name, provider="s3", region=region.strip(),
                          endpoint=f"{parts.scheme.lower()}://{netloc}",
                          access_key_id=access_key, addressing=addressing or "path",
                          signature=signature, default_acl=default_acl, verify_tls=verify_tls,
                          ca_bundle=ca_bundle, proxy=proxy)
    return account, notes


def acl_choice(value: str, notes: list[str]) -> DefaultAcl:
    value = value.strip().lower()
    if value in ("", "private"):
        return "private"
    if value == "public-read":
        return "public-read"
    notes.append(f"Upload ACL {value!r} is not offered here; uploads will be private.")
    return "private"


def finish(source: str, account: Account, secret: str, notes: list[str],
           found: Found) -> None:
    """Add the candidate unless the account is unusable (then say why, without values)."""
    problems = account.connection_problems()
    if problems:
        found[1].append(f"{source}: skipped: {' '.join(problems)}")
        return
    found[0].append(ImportCandidate(source, account, secret, tuple(notes)))

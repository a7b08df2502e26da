"""rclone.conf: its `type = s3` remotes (DigitalOcean, Ceph, Minio, AWS, Other ...)."""

from __future__ import annotations

from pathlib import Path

from spacesgui.config import Addressing, Signature
from spacesgui.importers.common import (
    Found,
    ImportCandidate,
    Unreadable,
    acl_choice,
    build_account,
    display_path,
    finish,
    read_text,
)
from spacesgui.importers.ini import Section, parse_ini
from spacesgui.s3.errors import InvalidInput

ENCRYPTED_MARK = "RCLONE_ENCRYPT_V0:"


def parse_rclone(text: str, *, source: str = "~/.config/rclone/rclone.conf") -> Found:
    """Candidates and notes from the text of an rclone.conf; never raises."""
    if ENCRYPTED_MARK in text:
        return [], [f"{source}: the file is encrypted with a password, so its remotes cannot "
                    "be read. Add the accounts by hand, or decrypt it with `rclone config`."]
    ini = parse_ini(text)
    found: Found = ([], [f"{source}: {note}" for note in ini.notes])
    for section in ini.sections.values():
        _remote(section, f"rclone: {section.name}", found)
    return found


def _remote(section: Section, where: str, found: Found) -> None:
    kind = section.get("type")
    if kind != "s3":
        found[1].append(f"{where}: skipped: it is a {kind or 'typeless'} remote, not S3")
        return
    access, secret = section.get("access_key_id"), section.get("secret_access_key")
    if not access or not secret:
        if section.flag("env_auth"):
            reason = ("it takes its keys from the environment or instance metadata "
                      "(env_auth = true); add it by hand with a key")
        else:
            reason = f"it has no {'access key' if not access else 'secret key'}"
        found[1].append(f"{where}: skipped: {reason}")
        return
    provider = section.get("provider") or "Other"
    region = section.get("region")
    signature: Signature = "v2" if section.flag("v2_auth") else "v4"
    if region == "other-v2-signature":  # rclone's spelling for "sign with V2"
        region, signature = "", "v2"
    region = region or section.get("location_constraint")
    endpoint = section.get("endpoint")
    notes: list[str] = []
    if not endpoint:
        if provider.lower() != "aws":
            found[1].append(f"{where}: skipped: it names no endpoint")
            return
        endpoint = f"s3.{region or 'us-east-1'}.amazonaws.com"
        notes.append("No endpoint: this remote talks to Amazon S3.")
    addressing: Addressing | None = None
    if "force_path_style" in section.values:
        addressing = "path" if section.flag("force_path_style") else "virtual"
    try:
        account, more = build_account(
            name=section.name, endpoint=endpoint, region=region, access_key=access,
            addressing=addressing, signature=signature,
            default_acl=acl_choice(section.get("acl"), notes))
    except InvalidInput as exc:
        found[1].append(f"{where}: skipped: {exc}")
        return
    if provider == "DigitalOcean" and account.provider != "spaces":
        notes.append("The provider is DigitalOcean, but the endpoint is not a Spaces address.")
    finish(where, account, secret, notes + more, found)


def read_rclone(path: Path, *, home: Path | None = None) -> Found:
    shown = display_path(path, home)
    try:
        text = read_text(path)
    except Unreadable as exc:
        return [], [f"{shown} {exc}"]
    return parse_rclone(text, source=shown)


def from_rclone(path: str | Path) -> list[ImportCandidate]:
    """The S3 remotes of an rclone config file; a missing, broken or encrypted file gives none."""
    path = Path(path)
    return read_rclone(path)[0] if path.is_file() else []

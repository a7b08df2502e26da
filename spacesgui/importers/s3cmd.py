"""s3cmd's ~/.s3cfg, as `s3cmd --configure` writes it (one [default] section, maybe more)."""

from __future__ import annotations

from pathlib import Path

from spacesgui.config import Addressing
from spacesgui.importers.common import (
    DEFAULT_REGION,
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


def parse_s3cmd(text: str, *, source: str = "s3cmd ~/.s3cfg") -> Found:
    """Candidates and notes from the text of an .s3cfg; never raises."""
    ini = parse_ini(text)
    found: Found = ([], [f"{source}: {note}" for note in ini.notes])
    for section in ini.sections.values():
        where = source if section.name == "default" else f"{source} [{section.name}]"
        _section(section, where, found)
    if not ini.sections:
        found[1].append(f"{source}: no [default] section was found")
    return found


def _section(section: Section, where: str, found: Found) -> None:
    access, secret = section.get("access_key"), section.get("secret_key")
    if not access or not secret:
        missing = "access key" if not access else "secret key"
        found[1].append(f"{where}: skipped: it has no {missing}")
        return
    notes: list[str] = []
    if section.get("access_token"):
        notes.append("The session token (access_token) was not imported; temporary keys "
                     "stop working when it expires.")
    host_base = section.get("host_base") or "s3.amazonaws.com"
    host_bucket = section.get("host_bucket")
    # host_bucket holds %(bucket)s when the server routes bucket.host (virtual-host style).
    addressing: Addressing = "auto" if "%(bucket)s" in host_bucket or not host_bucket else "path"
    location = section.get("bucket_location")
    region = DEFAULT_REGION if location.upper() in ("", "US") else location
    proxy_host, proxy_port = section.get("proxy_host"), section.get("proxy_port")
    proxy = None
    if proxy_host:
        proxy = proxy_host if "://" in proxy_host else f"http://{proxy_host}"
        if proxy_port and proxy_port != "0":
            proxy = f"{proxy}:{proxy_port}"
    name = "s3cmd" if section.name == "default" else f"s3cmd {section.name}"
    try:
        account, more = build_account(
            name=name, endpoint=host_base, region=region, access_key=access,
            https=section.flag("use_https", default=True), addressing=addressing,
            signature="v2" if section.flag("signature_v2") else "v4",
            default_acl=acl_choice("public-read" if section.flag("acl_public") else "", notes),
            verify_tls=section.flag("check_ssl_certificate", default=True),
            ca_bundle=section.get("ca_certs_file") or None, proxy=proxy)
    except InvalidInput as exc:
        found[1].append(f"{where}: skipped: {exc}")
        return
    if not section.flag("use_https", default=True):
        notes.append("This profile does not use HTTPS; keys and data travel unencrypted.")
    finish(where, account, secret, notes + more, found)


def read_s3cmd(path: Path, *, home: Path | None = None) -> Found:
    source = f"s3cmd {display_path(path, home)}"
    try:
        text = read_text(path)
    except Unreadable as exc:
        return [], [f"{display_path(path, home)} {exc}"]
    return parse_s3cmd(text, source=source)


def from_s3cmd(path: str | Path) -> list[ImportCandidate]:
    """The accounts in an s3cmd config file; a missing or broken file gives none."""
    path = Path(path)
    return read_s3cmd(path)[0] if path.is_file() else []

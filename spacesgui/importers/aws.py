"""AWS CLI profiles: ~/.aws/credentials holds the keys, ~/.aws/config the rest.

The endpoint comes, as in the AWS CLI, from a [services name] block the profile names
(`services = name`, then `s3 =` / `  endpoint_url = ...`), else the profile's own nested
`s3 =` block, else its `endpoint_url`; without one the profile is Amazon S3 itself.
"""

from __future__ import annotations

from pathlib import Path

from spacesgui.config import Addressing, Signature
from spacesgui.importers.common import (
    DEFAULT_REGION,
    Found,
    ImportCandidate,
    Unreadable,
    build_account,
    finish,
    read_text,
)
from spacesgui.importers.ini import IniFile, Section, parse_ini
from spacesgui.s3.errors import InvalidInput

_NO_STATIC_KEYS = {"role_arn": "an assumed role", "sso_session": "AWS SSO",
                   "sso_start_url": "AWS SSO", "credential_process": "a credential process",
                   "web_identity_token_file": "a web identity token"}

_STYLES: dict[str, Addressing] = {"path": "path", "virtual": "virtual", "auto": "auto"}


def _profiles(config: IniFile) -> dict[str, Section]:
    """Profile name -> section of the config file ([default] or [profile name])."""
    out: dict[str, Section] = {}
    for name, section in config.sections.items():
        if name == "default":
            out["default"] = section
        elif name.startswith("profile "):
            out[name[len("profile "):].strip()] = section
    return out


def parse_aws(credentials: str, config: str, *, source: str = "aws") -> Found:
    """Candidates and notes from the texts of the credentials and config files; never raises."""
    creds, conf = parse_ini(credentials), parse_ini(config)
    found: Found = ([], [f"{source} credentials: {n}" for n in creds.notes]
                    + [f"{source} config: {n}" for n in conf.notes])
    profiles = _profiles(conf)
    names = list(dict.fromkeys([*creds.sections, *profiles]))
    for name in names:
        _profile(name, creds.sections.get(name), profiles.get(name), conf=conf, found=found,
                 source=source)
    return found


def _profile(name: str, keys: Section | None, settings: Section | None, *, conf: IniFile,
             found: Found, source: str) -> None:
    where = f"{source}: {name}"
    merged = Section(name)
    for part in (settings, keys):  # the credentials file wins, as in the AWS CLI
        if part is not None:
            merged.values.update(part.values)
            merged.nested.update(part.nested)
    access, secret = merged.get("aws_access_key_id"), merged.get("aws_secret_access_key")
    if not access or not secret:
        how = next((v for k, v in _NO_STATIC_KEYS.items() if merged.get(k)), None)
        if how:
            found[1].append(f"{where}: skipped: it signs in through {how}; only profiles with "
                            "stored keys can be imported")
        elif keys is not None or merged.get("endpoint_url"):
            missing = "access key" if not access else "secret key"
            found[1].append(f"{where}: skipped: it has no {missing}")
        return  # a settings-only profile (region, output) is not an account: say nothing
    if merged.get("aws_session_token"):
        found[1].append(f"{where}: skipped: its keys are temporary (they come with a session "
                        "token and expire)")
        return
    s3 = merged.nested.get("s3", {})
    services = conf.sections.get(f"services {merged.get('services')}")
    service_s3 = services.nested.get("s3", {}) if services else {}
    endpoint = (service_s3.get("endpoint_url") or s3.get("endpoint_url")
                or merged.get("endpoint_url"))
    region = merged.get("region")
    notes: list[str] = []
    if not endpoint:
        endpoint = f"https://s3.{region or DEFAULT_REGION}.amazonaws.com"
        notes.append("No endpoint_url: this profile talks to Amazon S3.")
    addressing = _STYLES.get(s3.get("addressing_style", "").lower())
    signature: Signature = "v2" if s3.get("signature_version", "").lower() == "s3" else "v4"
    try:
        account, more = build_account(name=name, endpoint=endpoint, region=region,
                                      access_key=access, addressing=addressing,
                                      signature=signature,
                                      ca_bundle=merged.get("ca_bundle") or None)
    except InvalidInput as exc:
        found[1].append(f"{where}: skipped: {exc}")
        return
    finish(where, account, secret, notes + more, found)


def _read(path: Path | None) -> tuple[str, str | None]:
    if path is None or not path.is_file():
        return "", None
    try:
        return read_text(path), None
    except Unreadable as exc:
        return "", f"{path.name} {exc}"


def read_aws(credentials_path: Path | None, config_path: Path | None) -> Found:
    creds, creds_error = _read(credentials_path)
    conf, conf_error = _read(config_path)
    found = parse_aws(creds, conf)
    found[1].extend(f"aws: {e}" for e in (creds_error, conf_error) if e)
    return found


def from_aws(credentials_path: str | Path | None,
             config_path: str | Path | None = None) -> list[ImportCandidate]:
    """The profiles with stored keys; missing or broken files give none."""
    return read_aws(Path(credentials_path) if credentials_path else None,
                    Path(config_path) if config_path else None)[0]

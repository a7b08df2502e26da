"""Accounts as frozen dataclasses, kept as JSON under the platform's config dir (no Qt).

Only what identifies an account is stored: the endpoint, region, access key id and options.
Secret keys live in the keyring (spacesgui.secrets) under the account's random `id`; a
"secret_key" found in the file is dropped on load, never written back.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from spacesgui.errors import UserFacingError
from spacesgui.s3 import S3Client
from spacesgui.s3.atomic_file import write_atomically
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.http import RetryPolicy, Timeouts
from spacesgui.s3.names import bucket_name_problems
from spacesgui.s3.spaces import endpoint_for, is_region_slug
from spacesgui.s3.transfer.upload_rules import UploadDefaults, UploadRule, rules_problems
from spacesgui.sse_keys import CustomerKeyRef, refs_problems

log = logging.getLogger(__name__)

Provider = Literal["spaces", "s3", "sandbox"]
Addressing = Literal["path", "virtual", "auto"]
Signature = Literal["v4", "v2"]
DefaultAcl = Literal["private", "public-read"]
FILE_NAME = "accounts.json"
FORMAT_VERSION = 1
_CHOICES: dict[str, tuple[str, ...]] = {
    "provider": get_args(Provider), "addressing": get_args(Addressing),
    "signature": get_args(Signature), "default_acl": get_args(DefaultAcl),
}
_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")
# Keys a hand-edited file might carry; dropped on load so they are never saved again.
_SECRET_FIELDS = frozenset({"secret", "secret_key", "secret_access_key", "aws_secret_access_key",
                            "password"})


class ConfigError(UserFacingError):
    """The config file cannot be used; the message is written for the user.

    `path` names the file at fault once the store has tried to load it, so the user can be
    shown where it is and offered to move it aside.
    """

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def endpoint_problem(endpoint: str) -> str | None:
    """Why `endpoint` cannot be an S3 endpoint URL, or None when it can."""
    text = endpoint.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - property access validates the port
    except ValueError:
        return f"The endpoint {text!r} is not a valid address."
    if parts.scheme not in ("http", "https"):
        return "The endpoint must start with https:// (or http:// for a local server)."
    if parts.username or parts.password:
        return "The endpoint must not contain a user name or password."
    if not parts.hostname:
        return "The endpoint has no host name."
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        return ("The endpoint is the server address alone, without a bucket or path "
                "(such as https://s3.example.com).")
    return None


def proxy_problem(proxy: str) -> str | None:
    """Why `proxy` cannot be used as a proxy URL, or None when it can."""
    try:
        parts = urlsplit(proxy.strip())
        parts.port  # noqa: B018 - property access validates the port
    except ValueError:
        return "The proxy address is not valid."
    if parts.username or parts.password or "@" in parts.netloc:
        # A password in a URL ends up in logs and crash reports; the user must not store one.
        return "A proxy address must not contain a user name or password."
    if parts.scheme not in _PROXY_SCHEMES or not parts.hostname:
        return "Write the proxy as http://host:port (or socks5://host:port)."
    return None


@dataclass(frozen=True, slots=True)
class Account:
    """One set of credentials for one server; `id` names its secret in the keyring."""

    id: str
    name: str
    provider: Provider = "spaces"
    region: str = "nyc3"
    endpoint: str | None = None
    access_key_id: str = ""
    addressing: Addressing = "auto"
    signature: Signature = "v4"
    default_acl: DefaultAcl = "private"
    verify_tls: bool = True
    ca_bundle: str | None = None
    proxy: str | None = None
    pinned_buckets: tuple[str, ...] = ()
    # Names and fingerprints only: the keys themselves live in the keyring (sse_keys).
    customer_keys: tuple[CustomerKeyRef, ...] = ()
    default_customer_key: str | None = None
    # Headers by file pattern for every upload (Cache-Control for *.html, ...).
    upload_rules: tuple[UploadRule, ...] = ()

    @staticmethod
    def new(**values: Any) -> Account:
        """An account with a fresh random id (never derived from the access key)."""
        if "id" in values:
            raise TypeError("Account.new makes its own id; use Account(...) to give one")
        return Account(id=uuid.uuid4().hex, **values)

    def problems(self) -> list[str]:
        """Everything wrong with this account, in plain language; empty when it can be used."""
        out = [] if self.name.strip() else ["Give the account a name."]
        return out + self.connection_problems() + rules_problems(self.upload_rules)

    def upload_defaults(self) -> UploadDefaults:
        """What every upload of this account gets. "private" sends no ACL header: it is what
        a new object gets anyway, and a bucket that refuses ACLs (owner-enforced) refuses it."""
        return UploadDefaults("public-read" if self.default_acl == "public-read" else None,
                              self.upload_rules)

    def connection_problems(self) -> list[str]:
        """The problems that would stop a client from working (the name does not matter)."""
        out: list[str] = [] if self.id else ["The account has no id."]
        for attr, allowed in _CHOICES.items():
            value = getattr(self, attr)
            if value not in allowed:
                out.append(f"{attr.replace('_', ' ').capitalize()} must be one of "
                           f"{', '.join(allowed)}, not {value!r}.")
        out += self._key_problems() + self._endpoint_problems()
        if self.ca_bundle is not None and not os.path.isabs(self.ca_bundle.strip()):
            out.append("Give the full path of the CA bundle file.")
        if self.proxy is not None and self.proxy.strip():
            problem = proxy_problem(self.proxy)
            if problem:
                out.append(problem)
        for bucket in self.pinned_buckets:
            reasons = bucket_name_problems(bucket)
            if reasons:
                out.append(f"Pinned bucket {bucket!r} is not a valid bucket name: "
                           + " ".join(reasons))
        return out + refs_problems(self.customer_keys, self.default_customer_key)

    def _key_problems(self) -> list[str]:
        key = self.access_key_id.strip()
        if not key:
            return ["Enter the access key ID."]
        if any(c.isspace() or not c.isprintable() for c in key):
            return ["The access key ID must not contain spaces or control characters."]
        return []

    def _endpoint_problems(self) -> list[str]:
        out: list[str] = []
        if self.endpoint and self.endpoint.strip():
            problem = endpoint_problem(self.endpoint)
            if problem:
                out.append(problem)
            if not self.region.strip():
                out.append("Enter the signing region (us-east-1 if the server does not say).")
        elif self.provider == "spaces":
            if not is_region_slug(self.region.strip().lower()):
                out.append(f"{self.region!r} is not a Spaces region (such as nyc3 or fra1).")
        else:
            out.append("Enter the endpoint of the S3-compatible server.")
        return out

    def effective_endpoint(self) -> str:
        """The endpoint requests go to: the custom one, else the Spaces region's."""
        if self.endpoint and self.endpoint.strip():
            return self.endpoint.strip().rstrip("/")
        return endpoint_for(self.region)

    def tls_verify(self) -> bool | str:
        """What requests takes as `verify`: a CA bundle path, or whether to check at all."""
        if not self.verify_tls:
            return False
        return self.ca_bundle.strip() if self.ca_bundle and self.ca_bundle.strip() else True

    def proxies(self) -> dict[str, str] | None:
        proxy = (self.proxy or "").strip()
        return {"http": proxy, "https": proxy} if proxy else None

    def make_client(self, secret_key: str, *, timeouts: Timeouts | None = None,
                    retry: RetryPolicy | None = None) -> S3Client:
        """A client for this account; no request is sent. InvalidInput if the account is not
        usable (the message never contains the secret)."""
        problems = self.connection_problems()
        if problems:
            raise InvalidInput(" ".join(problems))
        region = self.region.strip()
        return S3Client(endpoint=self.effective_endpoint(),
                        region=region.lower() if is_region_slug(region.lower()) else region,
                        access_key=self.access_key_id.strip(), secret_key=secret_key,
                        addressing=self.addressing, signature=self.signature,
                        verify=self.tls_verify(), proxies=self.proxies(), timeouts=timeouts,
                        retry=retry)


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Everything in accounts.json; edited by making a new one."""

    accounts: tuple[Account, ...] = ()

    def with_account(self, account: Account) -> AppConfig:
        """Replace the account with the same id in place, or append it."""
        for i, old in enumerate(self.accounts):
            if old.id == account.id:
                return replace(self, accounts=(*self.accounts[:i], account,
                                               *self.accounts[i + 1:]))
        return replace(self, accounts=(*self.accounts, account))

    def without_account(self, account_id: str) -> AppConfig:
        return replace(self, accounts=tuple(a for a in self.accounts if a.id != account_id))

    def account(self, account_id: str) -> Account | None:
        return next((a for a in self.accounts if a.id == account_id), None)


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The saved config, or an empty one together with the reason the file cannot be used.

    An unusable file is never the same as no file: `problem` tells a first run (None, no
    accounts) from accounts that exist but could not be read.
    """

    config: AppConfig
    problem: ConfigError | None = None


def account_to_json(account: Account) -> dict[str, Any]:
    data = {f.name: getattr(account, f.name) for f in fields(Account)}
    data["pinned_buckets"] = list(account.pinned_buckets)
    data["customer_keys"] = [{"name": k.name, "md5": k.md5} for k in account.customer_keys]
    data["upload_rules"] = [r.to_json() for r in account.upload_rules]
    return data


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,), "name": (str,), "provider": (str,), "region": (str,),
    "endpoint": (str, type(None)), "access_key_id": (str,), "addressing": (str,),
    "signature": (str,), "default_acl": (str,), "verify_tls": (bool,),
    "ca_bundle": (str, type(None)), "proxy": (str, type(None)), "pinned_buckets": (list,),
    "customer_keys": (list,), "default_customer_key": (str, type(None)),
    "upload_rules": (list,),
}


def account_from_json(data: Mapping[str, Any], where: str) -> Account:
    """An Account from its JSON object; ConfigError names the entry and the field at fault."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where} is not an object.")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SECRET_FIELDS:
            # Never echo the value: it is a secret that should not have been in the file.
            log.warning("%s: ignored a %r field; secret keys belong in the keyring", where, key)
            continue
        if key not in _FIELD_TYPES:
            log.warning("%s: ignored unknown field %r (written by a newer version?)", where, key)
            continue
        if not isinstance(value, _FIELD_TYPES[key]):
            raise ConfigError(f"{where}: the field {key!r} has the wrong type.")
        values[key] = value
    for required in ("id", "name"):
        if not values.get(required):
            raise ConfigError(f"{where} has no {required!r}.")
    pinned = values.get("pinned_buckets", [])
    if not all(isinstance(b, str) for b in pinned):
        raise ConfigError(f"{where}: 'pinned_buckets' must be a list of names.")
    values["pinned_buckets"] = tuple(pinned)
    values["customer_keys"] = _customer_keys_from_json(values.get("customer_keys", []), where)
    values["upload_rules"] = _upload_rules_from_json(values.get("upload_rules", []), where)
    for attr, allowed in _CHOICES.items():
        if attr in values and values[attr] not in allowed:
            raise ConfigError(f"{where}: {attr!r} must be one of {', '.join(allowed)}.")
    return Account(**values)


def _customer_keys_from_json(items: list[Any], where: str) -> tuple[CustomerKeyRef, ...]:
    refs = []
    for item in items:
        if (not isinstance(item, Mapping) or set(item) != {"name", "md5"}
                or not all(isinstance(v, str) for v in item.values())):
            # Only a name and a fingerprint belong here; anything else may be key material.
            raise ConfigError(f"{where}: 'customer_keys' must list a name and a fingerprint "
                              "for each key.")
        refs.append(CustomerKeyRef(item["name"], item["md5"]))
    return tuple(refs)


def _upload_rules_from_json(items: list[Any], where: str) -> tuple[UploadRule, ...]:
    """The readable rules; a damaged one is dropped with a warning, not the whole account
    (a rule only adds a header, so losing one is better than losing access to the account)."""
    rules = []
    for i, item in enumerate(items):
        try:
            rules.append(UploadRule.from_json(item))
        except ValueError as exc:
            log.warning("%s: dropped upload rule %d: %s", where, i + 1, exc)
    return tuple(rules)


class ConfigStore:
    """Reads and writes <config dir>/accounts.json. Blocking file I/O: call off the GUI thread
    where it matters (the file is small)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        if directory is None:
            from platformdirs import user_config_dir

            directory = user_config_dir("spacesgui", appauthor=False)
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME
        # Set while the file on disk could not be used: saving then would destroy it.
        self._unusable: ConfigError | None = None

    def __repr__(self) -> str:
        return f"ConfigStore({str(self.directory)!r})"

    def read(self) -> LoadResult:
        """The saved config, or why it cannot be used; an empty config when there is no file."""
        try:
            return LoadResult(self.load())
        except ConfigError as exc:
            return LoadResult(AppConfig(), exc)

    def load(self) -> AppConfig:
        """The saved config; an empty one when there is no file. ConfigError when unusable.

        After a ConfigError, save() refuses to write until a load succeeds or start_fresh()
        has moved the file aside.
        """
        try:
            config = self._parse()
        except ConfigError as exc:
            if exc.path is None:
                exc.path = self.path
            self._unusable = exc
            raise
        self._unusable = None
        return config

    def _parse(self) -> AppConfig:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return AppConfig()
        except OSError as exc:
            raise ConfigError(f"The account settings in {self.path} could not be read: "
                              f"{exc.strerror or exc}.") from None
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
            raise ConfigError(f"The account settings in {self.path} are damaged{where} and were "
                              "left untouched. Fix it, or move it away to start afresh."
                              ) from None
        if not isinstance(data, dict) or not isinstance(data.get("accounts", []), list):
            raise ConfigError(f"The account settings in {self.path} are not in the expected "
                              "form and were left untouched.")
        version = data.get("version", FORMAT_VERSION)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ConfigError(f"The account settings in {self.path} were written by a newer "
                              "version of spacesgui; update spacesgui to use them.")
        accounts = tuple(account_from_json(item, f"Account {i + 1} in {self.path.name}")
                         for i, item in enumerate(data.get("accounts", [])))
        ids = [a.id for a in accounts]
        if len(set(ids)) != len(ids):
            raise ConfigError(f"The account settings in {self.path} list the same account twice.")
        return AppConfig(accounts=accounts)

    def save(self, config: AppConfig) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of one.

        ConfigError, and nothing written, while the file on disk is one load() could not use.
        """
        if self._unusable is not None:
            raise ConfigError(f"The account settings in {self.path} could not be used, so they "
                              "were not overwritten. Fix the file, or start with a fresh one.",
                              path=self.path)
        payload = {"version": FORMAT_VERSION,
                   "accounts": [account_to_json(a) for a in config.accounts]}
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(self.path, text.encode("utf-8"), mode=0o600)


    def start_fresh(self, *, now: datetime | None = None) -> Path | None:
        """Keep the current file beside it as accounts.json.damaged-<time>, then save an
        empty config. Returns where the old file was kept (None if there was none).

        The old file is renamed, never read or rewritten, so its bytes survive whatever is
        wrong with it, even when it cannot be read at all.
        """
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        kept: Path | None = None
        if self.path.exists() or self.path.is_symlink():
            kept = self.directory / f"{FILE_NAME}.damaged-{stamp}"
            n = 2
            while kept.exists() or kept.is_symlink():  # never replace an earlier kept copy
                kept, n = self.directory / f"{FILE_NAME}.damaged-{stamp}-{n}", n + 1
            try:
                os.rename(self.path, kept)
            except OSError as exc:
                raise ConfigError(f"The account settings in {self.path} could not be moved "
                                  f"aside ({exc.strerror or exc}), so nothing was changed.",
                                  path=self.path) from None
        self._unusable = None
        try:
            self.save(AppConfig())
        except OSError as exc:
            where = f" The old file was kept as {kept}." if kept else ""
            raise ConfigError(f"A new file for the account settings could not be written in "
                              f"{self.directory} ({exc.strerror or exc}).{where}",
                              path=self.path) from None
        return kept

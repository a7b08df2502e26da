"""TEMPORARY stand-ins for the Qt-free modules of issue 5 until they land (removed afterwards)."""
# ruff: noqa
from __future__ import annotations

import json
import sys
import types
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any


def _config() -> types.ModuleType:
    m = types.ModuleType("spacesgui.config")
    from spacesgui.s3 import S3Client
    from spacesgui.s3.spaces import endpoint_for

    @dataclass(frozen=True, slots=True)
    class Account:
        id: str
        name: str
        provider: str = "spaces"
        region: str = "nyc3"
        endpoint: str | None = None
        access_key_id: str = ""
        addressing: str = "auto"
        signature: str = "v4"
        default_acl: str = "private"
        verify_tls: bool = True
        ca_bundle: str | None = None
        proxy: str | None = None
        pinned_buckets: tuple[str, ...] = ()

        def problems(self) -> list[str]:
            out = []
            if not self.name.strip():
                out.append("Give the account a name.")
            if not self.access_key_id.strip():
                out.append("Enter the access key ID.")
            if self.provider == "s3" and not self.endpoint:
                out.append("Enter the endpoint of the S3-compatible server.")
            if self.proxy and "@" in self.proxy:
                out.append("A proxy address must not contain a user name or password.")
            return out

        def effective_endpoint(self) -> str:
            return self.endpoint or endpoint_for(self.region)

        def make_client(self, secret_key: str) -> S3Client:
            verify: bool | str = self.ca_bundle or self.verify_tls
            proxies = {"http": self.proxy, "https": self.proxy} if self.proxy else None
            return S3Client(endpoint=self.effective_endpoint(), region=self.region,
                            access_key=self.access_key_id, secret_key=secret_key,
                            addressing=self.addressing, signature=self.signature,
                            verify=verify, proxies=proxies)

        @staticmethod
        def new(**fields: Any) -> "Account":
            return Account(id=uuid.uuid4().hex, **fields)

    @dataclass(frozen=True, slots=True)
    class AppConfig:
        accounts: tuple[Account, ...] = ()

        def with_account(self, account: Account) -> "AppConfig":
            for i, a in enumerate(self.accounts):
                if a.id == account.id:
                    return AppConfig(self.accounts[:i] + (account,) + self.accounts[i + 1:])
            return AppConfig(self.accounts + (account,))

        def without_account(self, account_id: str) -> "AppConfig":
            return AppConfig(tuple(a for a in self.accounts if a.id != account_id))

    class ConfigError(Exception):
        pass

    class ConfigStore:
        def __init__(self, directory=None):
            self.path = Path(directory or "/tmp/spacesgui-fake") / "accounts.json"

        def load(self):
            if not self.path.exists():
                return AppConfig()
            data = json.loads(self.path.read_text())
            return AppConfig(tuple(Account(**{**a, "pinned_buckets": tuple(a["pinned_buckets"])})
                                   for a in data["accounts"]))

        def save(self, config):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"accounts": [asdict(a) for a in config.accounts]}))

    m.Account, m.AppConfig, m.ConfigError, m.ConfigStore = Account, AppConfig, ConfigError, ConfigStore
    return m


def _secrets() -> types.ModuleType:
    m = types.ModuleType("spacesgui.secrets")

    class SecretStoreUnavailable(Exception):
        def __init__(self, reason: str) -> None:
            super().__init__(reason)
            self.reason = reason

    class MemorySecretStore:
        def __init__(self):
            self._d = {}

        def get(self, k):
            return self._d.get(k)

        def set(self, k, v):
            self._d[k] = v

        def delete(self, k):
            self._d.pop(k, None)

    class KeyringSecretStore(MemorySecretStore):
        def __init__(self, service="spacesgui"):
            super().__init__()

        def check(self):
            pass

    class SecretVault:
        def __init__(self, primary, session=None):
            self._p, self._s = primary, session or MemorySecretStore()

        def get(self, k):
            v = self._s.get(k)
            return v if v is not None else self._p.get(k)

        def set(self, k, v, *, session_only=False):
            if session_only:
                self._s.set(k, v)
            else:
                self._p.set(k, v)
                self._s.delete(k)

        def delete(self, k):
            self._s.delete(k)
            self._p.delete(k)

        def session_only(self, k):
            return self._s.get(k) is not None

    for n, v in dict(locals()).items():
        if isinstance(v, type):
            setattr(m, n, v)
    return m


def _importers() -> types.ModuleType:
    m = types.ModuleType("spacesgui.importers")

    @dataclass(frozen=True, slots=True)
    class ImportCandidate:
        source: str
        account: Any
        secret_key: str = field(repr=False)
        warnings: tuple[str, ...] = ()

    def discover_with_report(home=None):
        from spacesgui.config import Account
        return ([ImportCandidate("s3cmd ~/.s3cfg", Account.new(name="s3cmd", region="fra1",
                                                              access_key_id="DO00FAKE"), "sek")],
                ["~/.config/rclone/rclone.conf: could not be read"])

    m.ImportCandidate, m.discover_with_report = ImportCandidate, discover_with_report
    return m


def _check() -> types.ModuleType:
    m = types.ModuleType("spacesgui.connection_check")
    from spacesgui.s3 import S3Error, ServiceError

    @dataclass(frozen=True, slots=True)
    class CheckStep:
        name: str
        title: str
        ok: bool | None
        detail: str
        code: str | None = None
        request_id: str | None = None

    def check_connection(account, secret_key, *, cancel=None):
        client = account.make_client(secret_key)
        yield CheckStep("reach", "Reach the endpoint", True, f"{account.effective_endpoint()} answered")
        try:
            names = [b.name for b in client.list_buckets(cancel=cancel).buckets]
        except ServiceError as exc:
            yield CheckStep("authenticate", "Authenticate", False, str(exc), exc.code, exc.request_id)
            yield CheckStep("buckets", "List buckets", None, "Skipped")
            yield CheckStep("setting", "Read a bucket setting", None, "Skipped")
            return
        yield CheckStep("authenticate", "Authenticate", True, "The key was accepted")
        yield CheckStep("buckets", "List buckets", True, f"{len(names)} buckets")
        yield CheckStep("setting", "Read a bucket setting", True, "Versioning read")

    m.CheckStep, m.check_connection = CheckStep, check_connection
    return m


def install() -> None:
    for name, make in (("config", _config), ("secrets", _secrets), ("importers", _importers),
                       ("connection_check", _check)):
        full = f"spacesgui.{name}"
        try:
            __import__(full)
        except ImportError:
            mod = make()
            sys.modules[full] = mod
            import spacesgui
            setattr(spacesgui, name, mod)

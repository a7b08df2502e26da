"""What every new upload of an account gets: its default ACL, and headers chosen by file pattern.

A rule such as `*.html` -> `Cache-Control: no-cache` names a file pattern, one header and its
value. A pattern without "/" is matched against the file's name, one with "/" against the whole
key; matching ignores case, so `*.HTML` files get the `*.html` rules. Rules apply in order and
a later rule for the same header wins (metadata names are headers too, each on its own).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, get_args

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.headers import CannedAcl
from spacesgui.s3.options import ObjectAttributes

META_PREFIX = "x-amz-meta-"
# The headers a rule may set, by their lower-case name, and the ObjectAttributes field of each.
CONTENT_HEADERS: dict[str, str] = {
    "cache-control": "cache_control", "content-disposition": "content_disposition",
    "content-encoding": "content_encoding", "content-language": "content_language",
    "content-type": "content_type", "expires": "expires",
}
HEADER_NAMES = ("Cache-Control", "Content-Disposition", "Content-Encoding", "Content-Language",
                "Content-Type", "Expires", "x-amz-meta-")
"""What the editor offers (the last one to be completed with a metadata name)."""
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
ACLS: tuple[str, ...] = get_args(CannedAcl)


@dataclass(frozen=True, slots=True)
class UploadRule:
    """Files matching `pattern` are uploaded with `header: value`."""

    pattern: str
    header: str
    value: str

    def problems(self) -> list[str]:
        """Why this rule cannot be used, in plain language; empty when it can."""
        out: list[str] = []
        pattern, header = self.pattern.strip(), self.header.strip()
        if not pattern:
            out.append("A rule has no file pattern (such as *.html).")
        name = header.lower()
        if name.startswith(META_PREFIX):
            meta = header[len(META_PREFIX):]
            if not meta or not _TOKEN.fullmatch(meta):
                out.append(f"The header {header!r} needs a metadata name of letters, digits "
                           "and - _ . after x-amz-meta- (no spaces).")
        elif name not in CONTENT_HEADERS:
            out.append(f"The header {header!r} cannot be set by a rule; use one of "
                       f"{', '.join(HEADER_NAMES[:-1])} or x-amz-meta-<name>.")
        if not out:
            try:
                self.attributes(ObjectAttributes()).headers()
            except InvalidInput as exc:
                out.append(f"The rule for {pattern!r}: {exc}")
        return out

    def matches(self, key: str) -> bool:
        pattern = self.pattern.strip().lower()
        target = key.lower() if "/" in pattern else key.rsplit("/", 1)[-1].lower()
        return fnmatch.fnmatchcase(target, pattern)

    def attributes(self, base: ObjectAttributes) -> ObjectAttributes:
        """`base` with this rule's header set (the caller checked `problems()`)."""
        name = self.header.strip().lower()
        if name.startswith(META_PREFIX):
            metadata = dict(base.metadata or {})
            metadata[name[len(META_PREFIX):]] = self.value
            return replace(base, metadata=metadata)
        value: Any = self.value
        return replace(base, **{CONTENT_HEADERS[name]: value})

    def to_json(self) -> dict[str, str]:
        return {"pattern": self.pattern, "header": self.header, "value": self.value}

    @staticmethod
    def from_json(data: object) -> UploadRule:
        """ValueError when `data` is not a rule's three strings."""
        if (not isinstance(data, Mapping) or set(data) != {"pattern", "header", "value"}
                or not all(isinstance(v, str) for v in data.values())):
            raise ValueError("an upload rule must be a pattern, a header and a value")
        return UploadRule(data["pattern"], data["header"], data["value"])


def rules_problems(rules: Iterable[UploadRule]) -> list[str]:
    return [problem for rule in rules for problem in rule.problems()]


@dataclass(frozen=True, slots=True)
class UploadDefaults:
    """An account's default ACL (None: the bucket's default) and its rules, as a job keeps them."""

    acl: CannedAcl | None = None
    rules: tuple[UploadRule, ...] = ()

    def attributes_for(self, key: str, base: ObjectAttributes | None = None) -> ObjectAttributes:
        """What an upload to `key` sends: `base`, the ACL, then every matching rule.

        A rule that cannot be used (a damaged saved job) is skipped rather than failing the
        upload; the account editor refuses such rules when they are written.
        """
        attributes = base or ObjectAttributes()
        if self.acl is not None:
            attributes = replace(attributes, acl=self.acl)
        for rule in self.rules:
            if rule.matches(key) and not rule.problems():
                attributes = rule.attributes(attributes)
        return attributes

    def marker_attributes(self, base: ObjectAttributes) -> ObjectAttributes:
        """A folder marker gets the ACL only: the rules describe files."""
        return replace(base, acl=self.acl) if self.acl is not None else base

    def to_json(self) -> dict[str, Any]:
        return {"acl": self.acl, "rules": [r.to_json() for r in self.rules]}

    @staticmethod
    def from_json(data: object) -> UploadDefaults:
        """ValueError when `data` is not what to_json() writes."""
        if not isinstance(data, Mapping):
            raise ValueError("upload defaults must be an object")
        acl, rules = data.get("acl"), data.get("rules", [])
        if acl is not None and acl not in ACLS:
            raise ValueError(f"{acl!r} is not a canned ACL")
        if not isinstance(rules, list):
            raise ValueError("upload rules must be a list")
        return UploadDefaults(acl, tuple(UploadRule.from_json(r) for r in rules))

"""Lifecycle rules: delete objects or stale multipart uploads after a while.

Spaces runs only two kinds of action: Expiration and AbortIncompleteMultipartUpload. The model can
still read transitions and tag filters (another S3 server may send them), but `problems()` says
plainly that Spaces will not run them.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse
from spacesgui.s3.models.problem import Problem, duplicate_ids, messages
from spacesgui.s3.texts import N_, Text

MAX_LIFECYCLE_RULES = 1000
MAX_RULE_ID = 255


@dataclass(frozen=True, slots=True)
class LifecycleTransition:
    """A move to another storage class (read for completeness; Spaces has no other class)."""

    storage_class: str
    days: int | None = None
    date: datetime | None = None
    noncurrent: bool = False   # a NoncurrentVersionTransition: `days` counts from noncurrent


def _empty_tags() -> Mapping[str, str]:
    return types.MappingProxyType({})


@dataclass(frozen=True, slots=True)
class LifecycleRule:
    """One rule: which objects (a key prefix) and what happens to them, counted in days."""

    id: str | None = None
    prefix: str = ""
    enabled: bool = True
    expiration_days: int | None = None
    expiration_date: datetime | None = None     # must be midnight UTC
    expired_object_delete_marker: bool | None = None
    abort_incomplete_multipart_days: int | None = None
    noncurrent_expiration_days: int | None = None
    transitions: tuple[LifecycleTransition, ...] = ()
    tags: Mapping[str, str] = field(default_factory=_empty_tags)  # filter by tag: not on Spaces
    # Elements the reader met but cannot hold (such as Filter/ObjectSizeGreaterThan), as paths
    # below <Rule>; writing the rule back would drop them, so editors must not rewrite it.
    unrecognized: tuple[str, ...] = ()

    @property
    def has_expiration(self) -> bool:
        return any(v is not None for v in (self.expiration_days, self.expiration_date,
                                           self.expired_object_delete_marker))

    def problems(self, *, legacy: bool = False) -> list[str]:
        return messages(self.field_problems(legacy=legacy))

    def field_problems(self, row: int | None = None, *, legacy: bool = False) -> list[Problem]:
        """Each problem names the attribute at fault; "" when the rule as a whole is."""
        name = (N_("settings", "Lifecycle rule {id}").fill(id=repr(self.id)) if self.id
                else N_("settings", "A lifecycle rule"))
        found: list[Problem] = []

        def add(attr: str, message: Text, **values: object) -> None:
            found.append(Problem(attr, message.fill(rule=name, **values), row))

        if self.id is not None and len(self.id) > MAX_RULE_ID:
            add("id", N_("settings", "{rule}: an id is at most {max} characters"), max=MAX_RULE_ID)
        if not (self.has_expiration or self.abort_incomplete_multipart_days is not None
                or self.noncurrent_expiration_days is not None or self.transitions):
            add("", N_("settings", "{rule} does nothing: give it an expiration or an abort of "
                                   "incomplete multipart uploads"))
        given = [attr for attr, v in (("expiration_days", self.expiration_days),
                                      ("expiration_date", self.expiration_date),
                                      ("expired_object_delete_marker",
                                       self.expired_object_delete_marker)) if v is not None]
        if len(given) > 1:
            add(given[-1], N_("settings", "{rule}: an expiration is after a number of days, on "
                                          "a date, or for expired delete markers; choose one"))
        for attr, label, days in (
                ("expiration_days", N_("settings", "expiration"), self.expiration_days),
                ("abort_incomplete_multipart_days", N_("settings", "abort of incomplete uploads"),
                 self.abort_incomplete_multipart_days),
                ("noncurrent_expiration_days", N_("settings", "noncurrent-version expiration"),
                 self.noncurrent_expiration_days)):
            if days is not None and days < 1:
                add(attr, N_("settings", "{rule}: the {what} must be at least 1 day, not {days}"),
                    what=label, days=days)
        date = self.expiration_date
        if date is not None and not _is_midnight_utc(date):
            add("expiration_date", N_("settings", "{rule}: the expiration date must be midnight "
                                                  "UTC (00:00:00Z), not {date}"),
                date=date.isoformat())
        if self.transitions:
            add("transitions", N_("settings", "{rule}: Spaces does not support transitions to "
                                              "other storage classes; only Expiration and "
                                              "AbortIncompleteMultipartUpload run"))
        if self.tags:
            add("tags", N_("settings", "{rule}: Spaces does not support tag filters in lifecycle "
                                       "rules; filter by prefix only"))
            if legacy:
                add("tags", N_("settings", "{rule}: the legacy lifecycle format cannot filter by "
                                           "tag"))
        return found


def _is_midnight_utc(value: datetime) -> bool:
    if value.tzinfo is None or value.utcoffset() is None:
        return False
    utc = value.astimezone(UTC)
    return (utc.hour, utc.minute, utc.second, utc.microsecond) == (0, 0, 0, 0)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class LifecycleConfiguration:
    """All lifecycle rules of a bucket; no rules means none is set."""

    rules: tuple[LifecycleRule, ...] = ()
    # Read in the legacy form (<Prefix> directly in each rule). The form is how the document
    # was written, not what it means, so it takes no part in comparing configurations.
    legacy: bool = field(default=False, compare=False)

    def problems(self, *, legacy: bool = False) -> list[str]:
        return messages(self.field_problems(legacy=legacy))

    def field_problems(self, *, legacy: bool = False) -> list[Problem]:
        found: list[Problem] = []
        if not self.rules:
            found.append(Problem("rules", N_("settings", "A lifecycle configuration needs at "
                                                         "least one rule (delete the "
                                                         "configuration to remove all rules)")))
        if len(self.rules) > MAX_LIFECYCLE_RULES:
            found.append(Problem("rules", N_("settings", "At most {max} lifecycle rules are "
                                                         "allowed, not {count}").fill(
                                                             max=MAX_LIFECYCLE_RULES,
                                                             count=len(self.rules))))
        found.extend(duplicate_ids("lifecycle", [rule.id for rule in self.rules]))
        for row, rule in enumerate(self.rules):
            found.extend(rule.field_problems(row, legacy=legacy))
        return found

    def to_xml(self, *, legacy: bool = False) -> bytes:
        """`legacy=True`: the old PutBucketLifecycle form, with <Prefix> directly in each rule."""
        root = xml.element("LifecycleConfiguration")
        for rule in self.rules:
            _rule_to(xml.sub(root, "Rule"), rule, legacy=legacy)
        return xml.to_bytes(root)

    @classmethod
    def from_xml(cls, body: bytes | xml.Element) -> LifecycleConfiguration:
        """Reads both the current (<Filter>) and the legacy (<Prefix> in the rule) forms."""
        root = xml.parse(body) if isinstance(body, bytes) else body
        if xml.local(root) != "LifecycleConfiguration":
            raise MalformedResponse(f"Expected <LifecycleConfiguration>, got <{xml.local(root)}>")
        rules = list(xml.children(root, "Rule"))
        legacy = any(xml.child(el, "Filter") is None and xml.child(el, "Prefix") is not None
                     for el in rules)
        return cls(tuple(_rule_from(el) for el in rules), legacy=legacy)


def _rule_to(el: xml.Element, rule: LifecycleRule, *, legacy: bool) -> None:
    if rule.id is not None:
        xml.sub(el, "ID", rule.id)
    if legacy:
        xml.sub(el, "Prefix", rule.prefix)
    else:
        _filter(xml.sub(el, "Filter"), rule)
    xml.sub(el, "Status", "Enabled" if rule.enabled else "Disabled")
    for transition in rule.transitions:
        tag = "NoncurrentVersionTransition" if transition.noncurrent else "Transition"
        t = xml.sub(el, tag)
        if transition.date is not None:
            xml.sub(t, "Date", _iso(transition.date))
        if transition.days is not None:
            xml.sub(t, "NoncurrentDays" if transition.noncurrent else "Days",
                    str(transition.days))
        xml.sub(t, "StorageClass", transition.storage_class)
    if rule.has_expiration:
        exp = xml.sub(el, "Expiration")
        if rule.expiration_days is not None:
            xml.sub(exp, "Days", str(rule.expiration_days))
        if rule.expiration_date is not None:
            xml.sub(exp, "Date", _iso(rule.expiration_date))
        if rule.expired_object_delete_marker is not None:
            xml.sub(exp, "ExpiredObjectDeleteMarker",
                    str(rule.expired_object_delete_marker).lower())
    if rule.noncurrent_expiration_days is not None:
        nve = xml.sub(el, "NoncurrentVersionExpiration")
        xml.sub(nve, "NoncurrentDays", str(rule.noncurrent_expiration_days))
    if rule.abort_incomplete_multipart_days is not None:
        abort = xml.sub(el, "AbortIncompleteMultipartUpload")
        xml.sub(abort, "DaysAfterInitiation", str(rule.abort_incomplete_multipart_days))


def _filter(el: xml.Element, rule: LifecycleRule) -> None:
    if not rule.tags:
        xml.sub(el, "Prefix", rule.prefix)
        return
    if not rule.prefix and len(rule.tags) == 1:
        _tag(el, *next(iter(rule.tags.items())))
        return
    both = xml.sub(el, "And")
    if rule.prefix:
        xml.sub(both, "Prefix", rule.prefix)
    for key, value in rule.tags.items():
        _tag(both, key, value)


def _tag(parent: xml.Element, key: str, value: str) -> None:
    tag = xml.sub(parent, "Tag")
    xml.sub(tag, "Key", key)
    xml.sub(tag, "Value", value)


def _days(el: xml.Element | None, name: str) -> int | None:
    if el is None or xml.text(el, name) is None:
        return None
    return xml.int_text(el, name)


def _date(el: xml.Element | None) -> datetime | None:
    raw = xml.text(el, "Date")
    if raw is None:
        return None
    parsed = xml.parse_timestamp(raw)
    if parsed is None:
        raise MalformedResponse(f"Unreadable lifecycle date {raw[:40]!r}")
    return parsed


def _rule_from(el: xml.Element) -> LifecycleRule:
    prefix = xml.text(el, "Prefix")
    tags: dict[str, str] = {}
    filt = xml.child(el, "Filter")
    if filt is not None:
        both = xml.child(filt, "And")
        scope = both if both is not None else filt
        prefix = xml.text(scope, "Prefix", prefix)
        for tag in xml.children(scope, "Tag"):
            tags[xml.need(tag, "Key")] = xml.text(tag, "Value") or ""
    exp = xml.child(el, "Expiration")
    marker = xml.text(exp, "ExpiredObjectDeleteMarker")
    transitions = [
        LifecycleTransition(storage_class=xml.text(t, "StorageClass") or "",
                            days=_days(t, "Days"), date=_date(t))
        for t in xml.children(el, "Transition")
    ] + [
        LifecycleTransition(storage_class=xml.text(t, "StorageClass") or "",
                            days=_days(t, "NoncurrentDays"), noncurrent=True)
        for t in xml.children(el, "NoncurrentVersionTransition")
    ]
    return LifecycleRule(
        id=xml.text(el, "ID"),
        prefix=prefix or "",
        enabled=(xml.text(el, "Status") or "").strip() == "Enabled",
        expiration_days=_days(exp, "Days"),
        expiration_date=_date(exp),
        expired_object_delete_marker=None if marker is None else marker.strip() == "true",
        abort_incomplete_multipart_days=_days(xml.child(el, "AbortIncompleteMultipartUpload"),
                                              "DaysAfterInitiation"),
        noncurrent_expiration_days=_days(xml.child(el, "NoncurrentVersionExpiration"),
                                         "NoncurrentDays"),
        transitions=tuple(transitions),
        tags=types.MappingProxyType(tags),
        unrecognized=tuple(_unrecognized(el, _UNDERSTOOD, "")))


# What _rule_from reads, element by element; anything else is reported as unrecognized.
_Tree = Mapping[str, "_Tree | None"]
_TAG: _Tree = {"Key": None, "Value": None}
_UNDERSTOOD: _Tree = {
    "ID": None, "Prefix": None, "Status": None,
    "Filter": {"Prefix": None, "Tag": _TAG, "And": {"Prefix": None, "Tag": _TAG}},
    "Expiration": {"Days": None, "Date": None, "ExpiredObjectDeleteMarker": None},
    "Transition": {"Days": None, "Date": None, "StorageClass": None},
    "NoncurrentVersionTransition": {"NoncurrentDays": None, "StorageClass": None},
    "NoncurrentVersionExpiration": {"NoncurrentDays": None},
    "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": None},
}


def _unrecognized(el: xml.Element, understood: _Tree, path: str) -> list[str]:
    found: list[str] = []
    for kid in el:
        name = xml.local(kid)
        where = f"{path}{name}"
        if name not in understood:
            found.append(where)
            continue
        inner = understood[name]
        if inner is not None:
            found.extend(_unrecognized(kid, inner, where + "/"))
    return found

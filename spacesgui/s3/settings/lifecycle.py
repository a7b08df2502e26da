"""The lifecycle editor's model: Spaces' subset of rules, a read-only guard, and an expiry preview.

Spaces runs expirations (after days, on a date, of noncurrent versions, of expired delete
markers) and aborts of incomplete multipart uploads. A configuration using anything else (tag
filters, transitions, elements this client cannot read) is shown but never rewritten, because
writing it back would silently drop those parts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from spacesgui.s3.models.config_lifecycle import (
    MAX_LIFECYCLE_RULES,
    LifecycleConfiguration,
    LifecycleRule,
)
from spacesgui.s3.models.listing import ObjectSummary
from spacesgui.s3.settings.base import (
    ChangePlan,
    Fields,
    Problem,
    duplicate_row,
    fresh_id,
    insert_row,
    move_row,
    plan_change,
    pretty_xml,
    remove_row,
    rule_changes,
)

__all__ = [
    "MAX_LIFECYCLE_RULES",
    "ExpiryTally",
    "add_rule",
    "duplicate_rule",
    "expires_at",
    "lifecycle_plan",
    "lifecycle_problems",
    "midnight_utc",
    "move_rule",
    "new_rule",
    "read_only_reason",
    "remove_rule",
    "tally_expiring",
]


def read_only_reason(config: LifecycleConfiguration) -> str | None:
    """Why the editor must show `config` without letting it be changed; None when it may."""
    reasons: list[str] = []
    for index, rule in enumerate(config.rules):
        name = f"rule {index + 1}" + (f" ({rule.id!r})" if rule.id else "")
        if rule.tags:
            reasons.append(f"{name} filters by object tags")
        if rule.transitions:
            reasons.append(f"{name} moves objects to another storage class")
        if rule.unrecognized:
            reasons.append(f"{name} uses {', '.join(rule.unrecognized)}")
    if not reasons:
        return None
    return ("This configuration is shown read-only because " + "; ".join(reasons) + ". Spaces "
            "runs only expirations and aborts of incomplete uploads, filtered by prefix, and "
            "saving from here would drop the rest. Change it with a tool that understands it, "
            "or delete it and start again.")


def lifecycle_problems(config: LifecycleConfiguration) -> list[Problem]:
    """Why Apply must stay disabled; an empty table is valid and means "remove all rules"."""
    reason = read_only_reason(config)
    if reason is not None:
        return [Problem("", reason)]
    if not config.rules:
        return []
    return config.field_problems(legacy=config.legacy)


def midnight_utc(day: date) -> datetime:
    """The only time of day S3 accepts for an expiration date."""
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


# --- rows ----------------------------------------------------------------------------------

def new_rule(taken: Iterable[str | None] = ()) -> LifecycleRule:
    """What Add puts in the table: expire everything after 30 days (to be narrowed)."""
    return LifecycleRule(id=fresh_id("rule-1", list(taken)), expiration_days=30)


def add_rule(config: LifecycleConfiguration,
             rule: LifecycleRule | None = None) -> LifecycleConfiguration:
    """A rule at the end; the configuration keeps the form it was read in."""
    rule = rule or new_rule(r.id for r in config.rules)
    return replace(config, rules=insert_row(config.rules, len(config.rules), rule))


def duplicate_rule(config: LifecycleConfiguration, index: int) -> LifecycleConfiguration:
    taken = [rule.id for rule in config.rules]
    return replace(config, rules=duplicate_row(
        config.rules, index, lambda rule: replace(rule, id=fresh_id(rule.id, taken))))


def remove_rule(config: LifecycleConfiguration, index: int) -> LifecycleConfiguration:
    return replace(config, rules=remove_row(config.rules, index))


def move_rule(config: LifecycleConfiguration, index: int, offset: int) -> LifecycleConfiguration:
    return replace(config, rules=move_row(config.rules, index, offset))


# --- what will change ----------------------------------------------------------------------

def _days(days: int | None) -> str:
    if days is None:
        return ""
    return "1 day" if days == 1 else f"{days} days"


def _fields(rule: LifecycleRule) -> Fields:
    date_text = "" if rule.expiration_date is None else \
        rule.expiration_date.astimezone(UTC).strftime("%Y-%m-%d")
    marker = {None: "", True: "yes", False: "no"}[rule.expired_object_delete_marker]
    return (("prefix", repr(rule.prefix) if rule.prefix else "(whole bucket)"),
            ("status", "enabled" if rule.enabled else "disabled"),
            ("expire after", _days(rule.expiration_days)),
            ("expire on", date_text),
            ("remove expired delete markers", marker),
            ("expire noncurrent versions after", _days(rule.noncurrent_expiration_days)),
            ("abort incomplete uploads after", _days(rule.abort_incomplete_multipart_days)))


def _document(config: LifecycleConfiguration) -> str:
    return pretty_xml(config.to_xml(legacy=config.legacy)) if config.rules else ""


def lifecycle_plan(server: LifecycleConfiguration,
                   edited: LifecycleConfiguration) -> ChangePlan:
    """What Apply sends; the legacy form is kept when the server's rules were in it (send it
    with PutBucketLifecycle, the form's own operation, when `edited.legacy`)."""
    summary = rule_changes("lifecycle", server.rules, edited.rules,
                           rule_id=lambda rule: rule.id, fields=_fields)
    if not edited.rules:
        summary = ["Remove every lifecycle rule: nothing expires automatically any more."]
    elif edited.legacy:
        summary.append("The rules are sent in the legacy form (a Prefix in each rule), the "
                       "form the server holds them in.")
    return plan_change(_document(server), _document(edited), summary, name="lifecycle.xml",
                       delete=not edited.rules)


# --- preview: what would expire now --------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ExpiryTally:
    """A running count over listed objects, so a preview can show progress page by page."""

    examined: int = 0          # objects under the rule's prefix looked at so far
    expiring: int = 0          # of those, already due to expire
    expiring_bytes: int = 0
    undated: int = 0           # objects the listing gave no modification time (not counted)


def expires_at(rule: LifecycleRule, last_modified: datetime) -> datetime | None:
    """When the rule's current-version expiration is due for an object, or None if never.

    After N days means the object's time plus N days, rounded up to the next midnight UTC
    (how S3 and Ceph RGW count). A date applies to every matching object from that moment.
    """
    if rule.expiration_date is not None:
        return rule.expiration_date
    if rule.expiration_days is None:
        return None
    due = last_modified.astimezone(UTC) + timedelta(days=rule.expiration_days)
    midnight = due.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight if midnight == due else midnight + timedelta(days=1)


def tally_expiring(objects: Iterable[ObjectSummary], rule: LifecycleRule, *, now: datetime,
                   start: ExpiryTally = ExpiryTally()) -> ExpiryTally:
    """Add the objects (one listing page) that `rule` would expire at `now` to `start`.

    The rule is judged as if enabled, so a rule can be previewed before it is switched on.
    Only current versions are counted: noncurrent versions and delete markers need a listing
    of versions, which this preview does not make.

    Raises:
        ValueError: the rule filters by tags, which a listing cannot tell.
    """
    if rule.tags:
        raise ValueError("A rule that filters by tags cannot be previewed from a listing")
    examined, expiring, size, undated = (start.examined, start.expiring, start.expiring_bytes,
                                         start.undated)
    for summary in objects:
        if not summary.key.startswith(rule.prefix):
            continue
        examined += 1
        if summary.last_modified is None:
            undated += 1
            continue
        due = expires_at(rule, summary.last_modified)
        if due is not None and due <= now:
            expiring += 1
            size += summary.size
    return ExpiryTally(examined, expiring, size, undated)

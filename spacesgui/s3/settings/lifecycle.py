"""The lifecycle editor's model: Spaces' subset of rules, a read-only guard, and an expiry preview.

Spaces runs expirations (after days, on a date, of noncurrent versions, of expired delete
markers) and aborts of incomplete multipart uploads. A configuration using anything else (tag
filters, transitions, elements this client cannot read) is shown but never rewritten, because
writing it back would silently drop those parts.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.models.config_lifecycle import (
    MAX_LIFECYCLE_RULES,
    LifecycleConfiguration,
    LifecycleRule,
)
from spacesgui.s3.models.listing import ObjectPage, ObjectSummary
from spacesgui.s3.settings.base import (
    ChangePlan,
    Fields,
    Problem,
    duplicate_row,
    fresh_id,
    insert_row,
    move_row,
    parse_count,
    plan_change,
    pretty_xml,
    remove_row,
    rule_changes,
)
from spacesgui.s3.texts import N_, joined

__all__ = [
    "MAX_LIFECYCLE_RULES",
    "PREVIEW_LIMIT",
    "ExpiryKind",
    "ExpiryTally",
    "ObjectLister",
    "RuleDraft",
    "add_rule",
    "draft_actions",
    "draft_from_rule",
    "draft_rule",
    "drafts_config",
    "duplicate_draft",
    "duplicate_rule",
    "editor_rows",
    "expires_at",
    "lifecycle_plan",
    "lifecycle_problems",
    "midnight_utc",
    "move_rule",
    "new_draft",
    "new_rule",
    "preview_expiry",
    "read_only_reason",
    "remove_rule",
    "rule_actions",
    "tally_expiring",
    "with_abort_incomplete_rule",
    "with_delete_markers",
]

# Texts shown in the interface are marked in the "settings" context (see spacesgui.s3.texts).
_NUMBER_OF_DAYS = N_("settings", "The number of days")


def read_only_reason(config: LifecycleConfiguration) -> str | None:
    """Why the editor must show `config` without letting it be changed; None when it may."""
    reasons: list[str] = []
    for index, rule in enumerate(config.rules):
        name = (N_("settings", "rule {number} ({id})").fill(number=index + 1, id=repr(rule.id))
                if rule.id else N_("settings", "rule {number}").fill(number=index + 1))
        if rule.tags:
            reasons.append(N_("settings", "{rule} filters by object tags").fill(rule=name))
        if rule.transitions:
            reasons.append(N_("settings", "{rule} moves objects to another storage class").fill(
                rule=name))
        if rule.unrecognized:
            reasons.append(N_("settings", "{rule} uses {elements}").fill(
                rule=name, elements=", ".join(rule.unrecognized)))
    if not reasons:
        return None
    return N_("settings",
              "This configuration is shown read-only because {reasons}. Spaces runs only "
              "expirations and aborts of incomplete uploads, filtered by prefix, and saving from "
              "here would drop the rest. Change it with a tool that understands it, or remove "
              "every rule and start again.").fill(reasons=joined("; ", reasons))


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


ABORT_INCOMPLETE_RULE_ID = "abort-incomplete-uploads"


def _only_aborts_everywhere(rule: LifecycleRule) -> bool:
    """A rule for the whole bucket whose one action is aborting incomplete uploads."""
    bare = replace(rule, id=None, enabled=True, abort_incomplete_multipart_days=None)
    return (rule.abort_incomplete_multipart_days is not None
            and bare == LifecycleRule() and not rule.prefix)


def with_abort_incomplete_rule(config: LifecycleConfiguration,
                               days: int) -> LifecycleConfiguration:
    """`config` with one enabled rule aborting every incomplete upload after `days` days: it
    replaces a rule that did only that (or had that rule's id), keeping every other rule as it
    was and where it was. Raises ValueError for a configuration shown read-only."""
    reason = read_only_reason(config)
    if reason is not None:
        raise ValueError(reason)
    if days < 1:
        raise ValueError("the number of days must be at least 1")
    rules = list(config.rules)
    for index, rule in enumerate(rules):
        if rule.id == ABORT_INCOMPLETE_RULE_ID or _only_aborts_everywhere(rule):
            rules[index] = LifecycleRule(id=rule.id, abort_incomplete_multipart_days=days)
            return replace(config, rules=tuple(rules))
    return add_rule(config, LifecycleRule(id=ABORT_INCOMPLETE_RULE_ID,
                                          abort_incomplete_multipart_days=days))


# --- rules as the editor holds them ---------------------------------------------------------

class ExpiryKind(enum.Enum):
    """How a rule expires current versions: not at all, after a number of days, on a date."""

    NEVER = "never"
    AFTER_DAYS = "days"
    ON_DATE = "date"


@dataclass(frozen=True, slots=True)
class RuleDraft:
    """One rule as its editor holds it: numbers as typed, so a half-typed value survives.

    `days` is kept while another expiry kind is chosen, so switching back restores it.
    `delete_markers` keeps the server's explicit "false" apart from "not given". `extras` names
    what the rule does that the editor cannot hold (tag filters, transitions, unknown
    elements): a table with any extras is shown, never rewritten.
    """

    id: str = ""
    prefix: str = ""
    enabled: bool = True
    expiry: ExpiryKind = ExpiryKind.NEVER
    days: str = ""
    date: datetime | None = None
    delete_markers: bool | None = None
    noncurrent_days: str = ""
    abort_days: str = ""
    extras: tuple[str, ...] = ()


def _count_text(days: int | None) -> str:
    return "" if days is None else str(days)


def _extras(rule: LifecycleRule) -> tuple[str, ...]:
    found: list[str] = []
    if rule.tags:
        found.append(N_("settings", "only objects tagged {tags}").fill(
            tags=", ".join(f"{k}={v}" for k, v in rule.tags.items())))
    for move in rule.transitions:
        what = (N_("settings", "noncurrent versions") if move.noncurrent
                else N_("settings", "objects"))
        target = move.storage_class or "?"
        if move.days is not None:
            found.append(N_("settings", "moves {what} to {storage_class} after {days}").fill(
                what=what, storage_class=target, days=_days(move.days)))
        elif move.date is not None:
            found.append(N_("settings", "moves {what} to {storage_class} on {date}").fill(
                what=what, storage_class=target, date=f"{move.date.astimezone(UTC):%Y-%m-%d}"))
        else:
            found.append(N_("settings", "moves {what} to {storage_class}").fill(
                what=what, storage_class=target))
    found.extend(N_("settings", "uses {element}").fill(element=name)
                 for name in rule.unrecognized)
    return tuple(found)


def draft_from_rule(rule: LifecycleRule) -> RuleDraft:
    if rule.expiration_days is not None:
        expiry = ExpiryKind.AFTER_DAYS
    elif rule.expiration_date is not None:
        expiry = ExpiryKind.ON_DATE
    else:
        expiry = ExpiryKind.NEVER
    return RuleDraft(id=rule.id or "", prefix=rule.prefix, enabled=rule.enabled, expiry=expiry,
                     days=_count_text(rule.expiration_days), date=rule.expiration_date,
                     delete_markers=rule.expired_object_delete_marker,
                     noncurrent_days=_count_text(rule.noncurrent_expiration_days),
                     abort_days=_count_text(rule.abort_incomplete_multipart_days),
                     extras=_extras(rule))


def draft_rule(draft: RuleDraft, row: int | None = None
               ) -> tuple[LifecycleRule, list[Problem]]:
    """The rule a draft stands for, and what is wrong with the numbers as typed.

    A count that is not a whole number is left out of the rule (its problem says why); the
    rule's own checks (at least 1 day, one kind of expiration) come from `drafts_config`.
    """
    problems: list[Problem] = []

    def count(text: str, field: str, what: str) -> int | None:
        value, found = parse_count(text, field, minimum=0, row=row, what=what)
        problems.extend(found)
        return value

    days: int | None = None
    if draft.expiry is ExpiryKind.AFTER_DAYS:
        days = count(draft.days, "expiration_days", _NUMBER_OF_DAYS)
        if not draft.days.strip():
            problems.append(Problem("expiration_days", N_(
                "settings", "Type after how many days objects expire"), row))
    when = draft.date if draft.expiry is ExpiryKind.ON_DATE else None
    if draft.expiry is ExpiryKind.ON_DATE and when is None:
        problems.append(Problem("expiration_date", N_(
            "settings", "Choose the date objects expire on"), row))
    rule = LifecycleRule(
        id=draft.id or None, prefix=draft.prefix, enabled=draft.enabled,
        expiration_days=days, expiration_date=when,
        expired_object_delete_marker=draft.delete_markers,
        noncurrent_expiration_days=count(draft.noncurrent_days, "noncurrent_expiration_days",
                                         _NUMBER_OF_DAYS),
        abort_incomplete_multipart_days=count(draft.abort_days,
                                              "abort_incomplete_multipart_days",
                                              _NUMBER_OF_DAYS))
    return rule, problems


def drafts_config(drafts: Sequence[RuleDraft], *, legacy: bool
                  ) -> tuple[LifecycleConfiguration, list[Problem]]:
    """The configuration the editor's rows make, and every problem, each on its row and field.

    A row whose numbers could not be read does not also get "this rule does nothing": the
    number's own problem says what to fix.
    """
    rules: list[LifecycleRule] = []
    problems: list[Problem] = []
    for row, draft in enumerate(drafts):
        rule, found = draft_rule(draft, row)
        rules.append(rule)
        problems.extend(found)
    config = LifecycleConfiguration(tuple(rules), legacy=legacy)
    typed = {p.row for p in problems}
    problems.extend(p for p in lifecycle_problems(config)
                    if not (p.field == "" and p.row in typed))
    return config, sorted(problems, key=lambda p: (-1 if p.row is None else p.row))


def editor_rows(config: LifecycleConfiguration) -> tuple[tuple[RuleDraft, ...], str | None]:
    """The editor's rows for `config`, and why they must stay read-only (None: editable).

    Besides what `read_only_reason` names, a configuration the rows would not give back
    exactly (an empty ID element, both a number of days and a date) is read-only too, so
    opening and applying never changes what nobody touched.
    """
    drafts = tuple(draft_from_rule(rule) for rule in config.rules)
    reason = read_only_reason(config)
    if reason is None and drafts:
        back, _ = drafts_config(drafts, legacy=config.legacy)
        odd = [index for index, (a, b) in enumerate(zip(back.rules, config.rules, strict=True))
               if a != b]
        if odd:
            names = ", ".join(str(index + 1) for index in odd)
            reason = (f"This configuration is shown read-only because rule {names} holds values "
                      "this editor cannot show exactly, and saving from here would change "
                      "them. Change it with a tool that understands it, or remove every rule "
                      "and start again.")
    return drafts, reason


def new_draft(taken: Iterable[str | None] = ()) -> RuleDraft:
    """What Add puts in the table (see `new_rule`)."""
    return draft_from_rule(new_rule(taken))


def duplicate_draft(drafts: Sequence[RuleDraft], index: int) -> tuple[RuleDraft, ...]:
    """A copy of the row right after it, with a fresh ID."""
    taken: list[str | None] = [d.id for d in drafts]
    return duplicate_row(drafts, index,
                         lambda d: replace(d, id=fresh_id(d.id, taken) or "") if d.id else d)


def with_delete_markers(draft: RuleDraft, checked: bool) -> RuleDraft:
    """The draft with its checkbox set; unchecking keeps an explicit "false" the server sent."""
    if checked:
        return replace(draft, delete_markers=True)
    return replace(draft, delete_markers=False if draft.delete_markers is False else None)


def rule_actions(rule: LifecycleRule) -> str:
    """What a rule does, in a few words (a table cell)."""
    parts: list[str] = []
    if rule.expiration_days is not None:
        parts.append(N_("settings", "expire after {days}").fill(days=_days(rule.expiration_days)))
    if rule.expiration_date is not None:
        parts.append(N_("settings", "expire on {date}").fill(
            date=f"{rule.expiration_date.astimezone(UTC):%Y-%m-%d}"))
    if rule.expired_object_delete_marker:
        parts.append(N_("settings", "remove expired delete markers"))
    if rule.noncurrent_expiration_days is not None:
        parts.append(N_("settings", "noncurrent versions after {days}").fill(
            days=_days(rule.noncurrent_expiration_days)))
    if rule.abort_incomplete_multipart_days is not None:
        parts.append(N_("settings", "abort unfinished uploads after {days}").fill(
            days=_days(rule.abort_incomplete_multipart_days)))
    return joined("; ", parts) if parts else N_("settings", "nothing")


def draft_actions(draft: RuleDraft) -> str:
    """`rule_actions` of the draft, with what the editor cannot hold after it."""
    actions = rule_actions(draft_rule(draft)[0])
    if draft.extras and actions == "nothing":
        return joined("; ", draft.extras)
    return joined("; ", (actions, *draft.extras))


# --- what will change ----------------------------------------------------------------------

def _days(days: int | None) -> str:
    if days is None:
        return ""
    return N_("settings", "1 day") if days == 1 else N_("settings", "{count} days").fill(
        count=days)


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
    limited: bool = False      # the listing stopped at its limit with more objects left


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


PREVIEW_LIMIT = 100_000
"""Objects a preview looks at before it stops and says "at least"."""


class ObjectLister(Protocol):
    """The one listing call a preview makes (S3Client has it)."""

    def list_objects_page(self, *, bucket: str, prefix: str = "", delimiter: str = "/",
                          token: str | None = None, max_keys: int = 1000,
                          cancel: CancelToken | None = None) -> ObjectPage: ...


def preview_expiry(client: ObjectLister, *, bucket: str, rule: LifecycleRule, now: datetime,
                   limit: int = PREVIEW_LIMIT, cancel: CancelToken | None = None
                   ) -> Iterator[ExpiryTally]:
    """List the rule's prefix page by page and yield the running tally after each page.

    The listing stops after `limit` objects; the last tally then has `limited` set, and its
    counts are a lower bound. Each page request honours `cancel`.
    """
    if limit < 1:
        raise ValueError("the preview limit must be at least 1")
    tally = ExpiryTally()
    token: str | None = None
    while True:
        page = client.list_objects_page(bucket=bucket, prefix=rule.prefix, delimiter="",
                                        token=token, max_keys=min(1000, limit - tally.examined),
                                        cancel=cancel)
        tally = tally_expiring(page.objects, rule, now=now, start=tally)
        token = page.next_token
        if token is not None and tally.examined >= limit:
            yield replace(tally, limited=True)
            return
        yield tally
        if token is None:
            return

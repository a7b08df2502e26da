"""What every settings editor shares: problems, change plans, availability and row editing."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from lxml import etree

from spacesgui.s3 import xml
from spacesgui.s3.errors import ServiceError
from spacesgui.s3.models.problem import Problem, messages
from spacesgui.s3.texts import N_

__all__ = [
    "NO_CONFIGURATION_CODES",
    "Action",
    "ChangePlan",
    "Fields",
    "Problem",
    "duplicate_row",
    "fresh_id",
    "insert_row",
    "is_no_configuration",
    "messages",
    "move_row",
    "parse_count",
    "plan_change",
    "pretty_json",
    "pretty_xml",
    "remove_row",
    "rule_changes",
    "split_list",
    "unavailable_reason",
]

T = TypeVar("T")

# A GET of a setting that was never set answers with one of these: the setting is empty, which
# is not an error (the S3 operations already return an empty value for their own code).
NO_CONFIGURATION_CODES = frozenset({
    "NoSuchCORSConfiguration", "NoSuchLifecycleConfiguration", "NoSuchBucketPolicy",
    "NoSuchWebsiteConfiguration",
})

_UNAVAILABLE: dict[str, str] = {
    "NotImplemented": N_("settings", "This server does not offer this setting."),
    "MethodNotAllowed": N_("settings", "This server does not allow this setting on this bucket."),
    "AccessDenied": N_("settings",
                       "These credentials may not read this setting. On Spaces, bucket settings "
                       "need a key with full access; a key limited to certain buckets is "
                       "refused."),
}


def is_no_configuration(exc: BaseException) -> bool:
    """True when the server's refusal only says the setting was never set."""
    return isinstance(exc, ServiceError) and exc.code in NO_CONFIGURATION_CODES


def unavailable_reason(exc: BaseException) -> str | None:
    """Why a settings page cannot be used at all, or None when `exc` is an ordinary failure.

    A page read answered like this will be answered the same way next time, so the page is
    shown disabled with this text instead of being asked again on every visit.
    """
    if not isinstance(exc, ServiceError) or exc.code not in _UNAVAILABLE:
        return None
    # A 403 with another code (SignatureDoesNotMatch, RequestTimeTooSkewed) is a fault of the
    # request that may pass later, so only these codes (also given to bodiless answers by
    # their status) mark the page unavailable.
    answer = (N_("settings", "{reason} (the server answered {code}, HTTP {status}, Request ID: "
                             "{request_id})") if exc.request_id
              else N_("settings", "{reason} (the server answered {code}, HTTP {status})"))
    return answer.fill(reason=_UNAVAILABLE[exc.code], code=exc.code, status=exc.status,
                       request_id=exc.request_id)


# --- documents and plans -------------------------------------------------------------------

def pretty_xml(body: bytes | None) -> str:
    """One element per line, two-space indent, namespaces kept: the same bytes give the same
    text, so a diff shows only what differs."""
    if not body:
        return ""
    root = xml.parse(body)
    etree.indent(root, space="  ")
    return str(etree.tostring(root, encoding="unicode", pretty_print=True))


def pretty_json(text: str | None) -> str:
    """The policy re-indented with its key order kept; text that is not JSON is shown as is."""
    if text is None or not text.strip():
        return ""
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return text if text.endswith("\n") else text + "\n"
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


Action = Literal["none", "put", "delete"]


@dataclass(frozen=True, slots=True)
class ChangePlan:
    """What Apply would do, shown before it is done.

    `action` is the request to send ("put" the new document, "delete" the setting, or
    "none"); `summary` says it in sentences; `diff` is a unified diff of `before` (what the
    server holds) against `after` (what would be sent), both pretty-printed.
    """

    action: Action
    summary: tuple[str, ...]
    before: str
    after: str
    diff: str

    @property
    def changes(self) -> bool:
        return self.action != "none"


def plan_change(before: str, after: str, summary: Sequence[str], *, name: str,
                delete: bool = False) -> ChangePlan:
    """A plan from two pretty-printed documents; `delete` when the new state has no document.

    Args:
        name: the document's name in the diff header ("cors.xml", "policy.json").
    """
    if delete:
        after = ""
    if before == after:
        return ChangePlan("none", ("Nothing to change.",), before, after, "")
    action: Action = "delete" if delete else "put"
    diff = "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        fromfile=f"server/{name}", tofile=f"edited/{name}"))
    return ChangePlan(action, tuple(summary) or ("The document changes.",), before, after, diff)


# --- numbers typed as text ----------------------------------------------------------------

def parse_count(text: str, field: str, *, minimum: int, row: int | None = None,
                what: str = N_("settings", "The number")) -> tuple[int | None, list[Problem]]:
    """A whole number typed into `field`; blank is None (not set), anything else is checked."""
    stripped = text.strip()
    if not stripped:
        return None, []
    if not (stripped.isascii() and stripped.isdigit()):
        return None, [Problem(field, N_("settings", "{what} must be a whole number, not {text}")
                              .fill(what=what, text=repr(stripped)), row)]
    value = int(stripped)
    if value < minimum:
        return value, [Problem(field, N_("settings", "{what} must be at least {minimum}, not "
                                                     "{value}").fill(what=what, minimum=minimum,
                                                                     value=value), row)]
    return value, []


# --- rows of a rule table ------------------------------------------------------------------

def _check_row(rows: Sequence[T], index: int) -> None:
    if not 0 <= index < len(rows):
        raise IndexError(f"row {index} is outside 0..{len(rows) - 1}")


def insert_row(rows: Sequence[T], index: int, row: T) -> tuple[T, ...]:
    """`row` placed before `index` (len(rows) appends)."""
    if not 0 <= index <= len(rows):
        raise IndexError(f"row {index} is outside 0..{len(rows)}")
    return (*rows[:index], row, *rows[index:])


def remove_row(rows: Sequence[T], index: int) -> tuple[T, ...]:
    _check_row(rows, index)
    return (*rows[:index], *rows[index + 1:])


def move_row(rows: Sequence[T], index: int, offset: int) -> tuple[T, ...]:
    """The row at `index` moved by `offset` places (-1 up, +1 down), kept within the table."""
    _check_row(rows, index)
    target = min(max(index + offset, 0), len(rows) - 1)
    items = list(rows)
    items.insert(target, items.pop(index))
    return tuple(items)


def duplicate_row(rows: Sequence[T], index: int,
                  renamed: Callable[[T], T] | None = None) -> tuple[T, ...]:
    """A copy of the row placed right after it; `renamed` gives the copy a fresh id."""
    _check_row(rows, index)
    copy = renamed(rows[index]) if renamed is not None else rows[index]
    return insert_row(rows, index + 1, copy)


def fresh_id(wanted: str | None, taken: Sequence[str | None]) -> str | None:
    """`wanted`, or "wanted-2", "wanted-3"... when that id is already used; None stays None."""
    if wanted is None:
        return None
    used = {t for t in taken if t is not None}
    if wanted not in used:
        return wanted
    stem, number = wanted, 2
    head, _, tail = wanted.rpartition("-")
    if head and tail.isdigit():
        stem, number = head, int(tail) + 1
    while f"{stem}-{number}" in used:
        number += 1
    return f"{stem}-{number}"


def split_list(text: str) -> tuple[str, ...]:
    """Values typed one per line or separated by commas, trimmed, blanks dropped."""
    return tuple(part.strip() for line in text.splitlines() for part in line.split(",")
                 if part.strip())


# --- summaries of rule tables --------------------------------------------------------------

Fields = Sequence[tuple[str, str]]


def rule_changes(kind: str, before: Sequence[T], after: Sequence[T], *,
                 rule_id: Callable[[T], str | None],
                 fields: Callable[[T], Fields]) -> list[str]:
    """Sentences saying which rules are added, removed, changed (field by field) or reordered.

    Rules are paired first when identical, then by id, then in order among the rest, so that
    removing one rule in the middle reads as one removal rather than every later rule changing.
    """
    pairs = _pair_rules(before, after, rule_id)
    paired_after = {a for _, a in pairs}
    paired_before = {b for b, _ in pairs}
    lines: list[str] = []
    for index, rule in enumerate(before):
        if index not in paired_before:
            lines.append(f"Remove {_rule_name(kind, index, rule_id(rule))}.")
    for index, rule in enumerate(after):
        if index not in paired_after:
            shown = "; ".join(f"{label} {value}" for label, value in fields(rule) if value)
            lines.append(f"Add {_rule_name(kind, index, rule_id(rule))}: {shown}.")
    for b, a in sorted(pairs, key=lambda pair: pair[1]):
        old, new = dict(fields(before[b])), dict(fields(after[a]))
        for label in dict.fromkeys([*old, *new]):
            if old.get(label, "") != new.get(label, ""):
                name = _rule_name(kind, a, rule_id(after[a]))
                lines.append(f"{name[:1].upper()}{name[1:]}: {label} "
                             f"{old.get(label) or '(none)'} \u2192 {new.get(label) or '(none)'}.")
    order = [b for b, _ in sorted(pairs, key=lambda pair: pair[1])]
    if order != sorted(order):
        lines.append(f"The order of the {kind} rules changes.")
    return lines


def _rule_name(kind: str, index: int, rule_id: str | None) -> str:
    return f"{kind} rule {index + 1}" + (f" ({rule_id!r})" if rule_id else "")


def _pair_rules(before: Sequence[T], after: Sequence[T],
                rule_id: Callable[[T], str | None]) -> list[tuple[int, int]]:
    free_before = list(range(len(before)))
    free_after = list(range(len(after)))
    pairs: list[tuple[int, int]] = []

    def pair(match: Callable[[int, int], bool]) -> None:
        for a in list(free_after):
            for b in free_before:
                if match(b, a):
                    pairs.append((b, a))
                    free_before.remove(b)
                    free_after.remove(a)
                    break

    pair(lambda b, a: before[b] == after[a])
    pair(lambda b, a: rule_id(before[b]) is not None and rule_id(before[b]) == rule_id(after[a]))
    pair(lambda b, a: rule_id(before[b]) is None and rule_id(after[a]) is None)
    return pairs

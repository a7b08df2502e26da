"""One thing wrong with an edited setting, and where it is, so an editor can show it in place."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacesgui.s3.texts import N_

# Marked for the interface (spacesgui.s3.texts), one sentence per kind of rule.
_DUPLICATE_RULES = N_("settings", "Two {kind} rules share the id {id}; ids must be unique")
_DUPLICATE = {
    "CORS": N_("settings", "Two CORS rules share the id {id}; ids must be unique"),
    "lifecycle": N_("settings", "Two lifecycle rules share the id {id}; ids must be unique"),
    "policy": N_("settings", "Two policy rules share the id {id}; ids must be unique"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a value would be refused, and which field of which row says so.

    `field` is the model's attribute name ("allowed_origins", "expiration_days"), a JSON path
    for a policy ("Statement[1].Effect"), or "" when the whole row or document is at fault.
    `row` is the index of the rule in its configuration; None for document-level problems.
    `line` and `column` (1-based) point into edited text, where the text is the field.
    """

    field: str
    message: str
    row: int | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return self.message


def messages(problems: Iterable[Problem]) -> list[str]:
    """The sentences alone, for callers that show or raise all problems at once."""
    return [p.message for p in problems]


def duplicate_ids(kind: str, ids: list[str | None]) -> list[Problem]:
    """A problem on every row after the first that reuses an id: S3 refuses the document.

    `kind` is "CORS", "lifecycle" or "policy".
    """
    found: list[Problem] = []
    seen: set[str] = set()
    for row, rule_id in enumerate(ids):
        if rule_id is None:
            continue
        if rule_id in seen:
            found.append(Problem("id", _DUPLICATE.get(kind, _DUPLICATE_RULES).fill(
                kind=kind, id=repr(rule_id)), row))
        seen.add(rule_id)
    return found

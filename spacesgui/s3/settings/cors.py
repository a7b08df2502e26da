"""The CORS editor's model: a table of rules, edited as a copy, checked as it is typed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacesgui.s3.models.config import (
    CORS_METHODS,
    MAX_CORS_RULES,
    CorsConfiguration,
    CorsRule,
    origin_problem,
)
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
    split_list,
)
from spacesgui.s3.texts import N_, Text

__all__ = [
    "CORS_METHODS",
    "MAX_CORS_RULES",
    "CorsRow",
    "add_rule",
    "config_from_rows",
    "cors_plan",
    "cors_problems",
    "duplicate_rule",
    "move_rule",
    "new_rule",
    "origin_problem",
    "remove_rule",
    "row_message",
    "rows_from_config",
]


def new_rule() -> CorsRule:
    """What Add puts in the table: reads from anywhere, to be narrowed by the user."""
    return CorsRule(allowed_origins=("*",), allowed_methods=("GET", "HEAD"))


def add_rule(config: CorsConfiguration, rule: CorsRule | None = None) -> CorsConfiguration:
    return CorsConfiguration(insert_row(config.rules, len(config.rules), rule or new_rule()))


def duplicate_rule(config: CorsConfiguration, index: int) -> CorsConfiguration:
    """The copy follows the original; a copied id gets a number so ids stay unique."""
    taken = [rule.id for rule in config.rules]
    return CorsConfiguration(duplicate_row(
        config.rules, index, lambda rule: replace(rule, id=fresh_id(rule.id, taken))))


def remove_rule(config: CorsConfiguration, index: int) -> CorsConfiguration:
    return CorsConfiguration(remove_row(config.rules, index))


def move_rule(config: CorsConfiguration, index: int, offset: int) -> CorsConfiguration:
    """Order matters: the server answers a preflight with the first rule that matches."""
    return CorsConfiguration(move_row(config.rules, index, offset))


def cors_problems(config: CorsConfiguration) -> list[Problem]:
    """Why Apply must stay disabled; an empty table is valid and means "remove CORS"."""
    if not config.rules:
        return []
    return config.field_problems()


def _fields(rule: CorsRule) -> Fields:
    return (("origins", ", ".join(rule.allowed_origins)),
            ("methods", ", ".join(rule.allowed_methods)),
            ("allowed headers", ", ".join(rule.allowed_headers)),
            ("exposed headers", ", ".join(rule.expose_headers)),
            ("max age", "" if rule.max_age_seconds is None else f"{rule.max_age_seconds} s"))


def cors_plan(server: CorsConfiguration, edited: CorsConfiguration) -> ChangePlan:
    """What Apply sends: the whole rule set (PUT), or a DELETE when the table is empty."""
    before = pretty_xml(server.to_xml()) if server.rules else ""
    after = pretty_xml(edited.to_xml()) if edited.rules else ""
    summary = rule_changes("CORS", server.rules, edited.rules,
                           rule_id=lambda rule: rule.id, fields=_fields)
    if not edited.rules:
        summary = ["Remove every CORS rule: browsers on other sites can no longer call this "
                   "bucket."]
    return plan_change(before, after, summary, name="cors.xml", delete=not edited.rules)


# --- the table's rows: text as typed ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CorsRow:
    """One rule as the table edits it.

    Lists are kept as the text the user typed (commas or new lines between values) and the max
    age as typed, so a wrong number stays visible with its reason instead of being dropped.
    `methods` keeps what the server sent, even a method S3 would refuse, so it is reported.
    """

    id: str = ""
    origins: str = ""
    methods: tuple[str, ...] = ()
    allowed_headers: str = ""
    expose_headers: str = ""
    max_age: str = ""

    def with_method(self, method: str, on: bool) -> CorsRow:
        """`method` ticked or unticked; known methods keep S3's order, unknown ones stay last."""
        chosen = set(self.methods) - {method} | ({method} if on else set())
        known = [m for m in CORS_METHODS if m in chosen]
        return replace(self, methods=(*known, *(m for m in self.methods
                                                if m in chosen and m not in CORS_METHODS)))

    @classmethod
    def from_rule(cls, rule: CorsRule) -> CorsRow:
        return cls(id=rule.id or "", origins=", ".join(rule.allowed_origins),
                   methods=rule.allowed_methods,
                   allowed_headers=", ".join(rule.allowed_headers),
                   expose_headers=", ".join(rule.expose_headers),
                   max_age="" if rule.max_age_seconds is None else str(rule.max_age_seconds))


def rows_from_config(config: CorsConfiguration) -> tuple[CorsRow, ...]:
    return tuple(CorsRow.from_rule(rule) for rule in config.rules)


def new_row() -> CorsRow:
    return CorsRow.from_rule(new_rule())


def duplicate_row_of(rows: Sequence[CorsRow], index: int) -> tuple[CorsRow, ...]:
    """The copy follows the original; a copied id gets a number so ids stay unique."""
    taken = [row.id or None for row in rows]
    return duplicate_row(rows, index,
                         lambda row: replace(row, id=fresh_id(row.id or None, taken) or ""))


def config_from_rows(rows: Sequence[CorsRow]) -> tuple[CorsConfiguration, list[Problem]]:
    """The configuration the table stands for, and every reason it may not be sent.

    Each problem carries its row and the rule attribute at fault, so the table can mark the
    cell; a max age that is not a number is reported and left out of the configuration.
    """
    rules: list[CorsRule] = []
    found: list[Problem] = []
    for index, row in enumerate(rows):
        max_age, trouble = parse_count(row.max_age, "max_age_seconds", minimum=0, row=index,
                                       what="The max age")
        found.extend(trouble)
        rules.append(CorsRule(
            allowed_origins=split_list(row.origins), allowed_methods=row.methods,
            allowed_headers=split_list(row.allowed_headers),
            expose_headers=split_list(row.expose_headers),
            max_age_seconds=None if trouble else max_age, id=row.id.strip() or None))
    config = CorsConfiguration(tuple(rules))
    return config, found + cors_problems(config)


def row_message(problem: Problem, rule_id: str | None) -> str:
    """The problem's sentence led by its rule's number ("Rule 2 (web): ..."), for a list of
    reasons shown under the table."""
    if problem.row is None:
        return problem.message
    where = (N_("settings", "Rule {number} ({id})").fill(number=problem.row + 1, id=rule_id)
             if rule_id else N_("settings", "Rule {number}").fill(number=problem.row + 1))
    text = problem.message
    if isinstance(text, Text) and "rule" in text.values:   # the rule named as {rule}
        return text.fill(**{**text.values, "rule": where})
    return N_("settings", "{rule}: {problem}").fill(rule=where, problem=text)

"""The CORS editor's model: a table of rules, edited as a copy, checked as it is typed."""

from __future__ import annotations

from dataclasses import replace

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
    plan_change,
    pretty_xml,
    remove_row,
    rule_changes,
)

__all__ = [
    "CORS_METHODS",
    "MAX_CORS_RULES",
    "add_rule",
    "cors_plan",
    "cors_problems",
    "duplicate_rule",
    "move_rule",
    "new_rule",
    "origin_problem",
    "remove_rule",
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

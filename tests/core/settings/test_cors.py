"""The CORS editor's rules: origins, methods, limits, ids, row edits, round-trips and plans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3.models.config import CorsConfiguration, CorsRule
from spacesgui.s3.settings.cors import (
    CORS_METHODS,
    add_rule,
    cors_plan,
    cors_problems,
    duplicate_rule,
    move_rule,
    new_rule,
    origin_problem,
    remove_rule,
)

GOOD = CorsRule(("https://app.example.com",), ("GET",), id="web")


def fields_of(config: CorsConfiguration) -> list[tuple[str, int | None]]:
    return [(p.field, p.row) for p in cors_problems(config)]


@pytest.mark.parametrize("origin", [
    "*", "https://example.com", "http://localhost:8080", "https://*.example.com",
    "http://127.0.0.1:3000", "https://example.com:*", "https://[::1]:8443",
])
def test_origins_a_browser_can_send(origin: str) -> None:
    assert origin_problem(origin) is None
    assert cors_problems(CorsConfiguration((CorsRule((origin,), ("GET",)),))) == []


@pytest.mark.parametrize(("origin", "words"), [
    ("", "empty"),
    (" https://a.example", "spaces around"),
    ("https://*.*.example", "at most one *"),
    ("example.com", "web address"),
    ("ftp://example.com", "http:// or https://"),
    ("https://example.com/", "must not have a path"),
    ("https://example.com/app", "must not have a path"),
    ("https://", "no valid host"),
    ("https://exa mple.com", "no valid host"),
    ("https://example.com:99999", "invalid port"),
])
def test_origins_no_browser_sends(origin: str, words: str) -> None:
    problem = origin_problem(origin)
    assert problem is not None and words in problem
    (found,) = cors_problems(CorsConfiguration((GOOD, CorsRule((origin,), ("GET",)))))
    assert (found.field, found.row) == ("allowed_origins", 1)


@pytest.mark.parametrize(("rule", "field"), [
    (CorsRule((), ("GET",)), "allowed_origins"),
    (CorsRule(("*",), ()), "allowed_methods"),
    (CorsRule(("*",), ("PATCH",)), "allowed_methods"),
    (CorsRule(("*",), ("get",)), "allowed_methods"),
    (CorsRule(("*",), ("GET",), ("x-*-*",)), "allowed_headers"),
    (CorsRule(("*",), ("GET",), ("",)), "allowed_headers"),
    (CorsRule(("*",), ("GET",), expose_headers=(" ",)), "expose_headers"),
    (CorsRule(("*",), ("GET",), max_age_seconds=-1), "max_age_seconds"),
    (CorsRule(("*",), ("GET",), id="i" * 256), "id"),
])
def test_each_rule_problem_names_its_field(rule: CorsRule, field: str) -> None:
    assert fields_of(CorsConfiguration((rule,))) == [(field, 0)]


def test_passing_counterparts() -> None:
    rule = CorsRule(("*",), CORS_METHODS, ("x-amz-*", "content-type"), ("ETag",), 0, "i" * 255)
    assert cors_problems(CorsConfiguration((rule,))) == []


def test_duplicate_ids_are_refused_on_the_later_row() -> None:
    config = CorsConfiguration((GOOD, CorsRule(("*",), ("HEAD",)), GOOD))
    assert fields_of(config) == [("id", 2)]
    assert cors_problems(CorsConfiguration((GOOD, CorsRule(("*",), ("GET",), id="other")))) == []


def test_rule_limit_and_empty_table() -> None:
    assert cors_problems(CorsConfiguration((new_rule(),) * 100)) == []
    assert fields_of(CorsConfiguration((new_rule(),) * 101)) == [("rules", None)]
    assert cors_problems(CorsConfiguration()) == []          # empty table: delete CORS


def test_row_edits() -> None:
    config = add_rule(CorsConfiguration((GOOD,)))
    assert config.rules == (GOOD, new_rule())
    doubled = duplicate_rule(config, 0)
    assert [r.id for r in doubled.rules] == ["web", "web-2", None]
    assert doubled.rules[1].allowed_origins == GOOD.allowed_origins
    assert cors_problems(doubled) == []
    assert move_rule(doubled, 2, -2).rules[0] == new_rule()
    assert remove_rule(doubled, 1).rules == config.rules


_token = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12)
_rules = st.builds(
    CorsRule,
    allowed_origins=st.lists(st.one_of(st.just("*"), _token.map(lambda h: f"https://{h}.com")),
                             min_size=1, max_size=3).map(tuple),
    allowed_methods=st.lists(st.sampled_from(CORS_METHODS), min_size=1, max_size=5,
                             unique=True).map(tuple),
    allowed_headers=st.lists(_token, max_size=3).map(tuple),
    expose_headers=st.lists(_token, max_size=3).map(tuple),
    max_age_seconds=st.one_of(st.none(), st.integers(0, 10**6)),
    id=st.one_of(st.none(), _token))


@given(st.lists(_rules, min_size=1, max_size=5))
def test_round_trip_through_xml(rules: list[CorsRule]) -> None:
    config = CorsConfiguration(tuple(rules))
    assert CorsConfiguration.from_xml(config.to_xml()) == config


def test_plan_for_a_small_change() -> None:
    server = CorsConfiguration((GOOD,))
    edited = CorsConfiguration((CorsRule(("https://app.example.com", "https://b.example"),
                                         ("GET",), id="web", max_age_seconds=600),))
    plan = cors_plan(server, edited)
    assert plan.action == "put"
    assert plan.summary == (
        "CORS rule 1 ('web'): origins https://app.example.com \u2192 "
        "https://app.example.com, https://b.example.",
        "CORS rule 1 ('web'): max age (none) \u2192 600 s.")
    added = [line for line in plan.diff.splitlines() if line.startswith("+")]
    assert added == ["+++ edited/cors.xml", "+    <AllowedOrigin>https://b.example</AllowedOrigin>",
                     "+    <MaxAgeSeconds>600</MaxAgeSeconds>"]
    assert not [line for line in plan.diff.splitlines()
                if line.startswith("-") and not line.startswith("---")]


def test_plan_unchanged_new_and_deleted() -> None:
    server = CorsConfiguration((GOOD,))
    assert cors_plan(server, server).action == "none"
    created = cors_plan(CorsConfiguration(), server)
    assert created.action == "put" and created.before == ""
    assert created.summary == ("Add CORS rule 1 ('web'): origins https://app.example.com; "
                               "methods GET.",)
    deleted = cors_plan(server, CorsConfiguration())
    assert deleted.action == "delete" and deleted.after == ""
    assert "Remove every CORS rule" in deleted.summary[0]

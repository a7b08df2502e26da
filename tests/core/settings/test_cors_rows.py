"""The CORS table's rows: text as typed, tick-box methods, copies, the configuration made."""

from __future__ import annotations

from spacesgui.s3.models.config import CorsConfiguration, CorsRule
from spacesgui.s3.settings.cors import (
    CorsRow,
    config_from_rows,
    duplicate_row_of,
    new_row,
    row_message,
    rows_from_config,
)

RULE = CorsRule(("https://a.example", "https://*.b.example"), ("GET", "PUT"),
                allowed_headers=("content-type",), expose_headers=("ETag", "x-amz-request-id"),
                max_age_seconds=600, id="web")


def test_rows_round_trip_a_configuration() -> None:
    config = CorsConfiguration((RULE, CorsRule(("*",), ("HEAD",))))
    rows = rows_from_config(config)
    assert rows[0] == CorsRow(id="web", origins="https://a.example, https://*.b.example",
                              methods=("GET", "PUT"), allowed_headers="content-type",
                              expose_headers="ETag, x-amz-request-id", max_age="600")
    assert rows[1].id == "" and rows[1].max_age == ""
    assert config_from_rows(rows) == (config, [])


def test_lists_split_on_commas_and_lines() -> None:
    row = CorsRow(origins="https://a.example,\n https://c.example ,", methods=("GET",),
                  allowed_headers="a\nb", expose_headers="", max_age=" 30 ")
    config, problems = config_from_rows([row])
    assert problems == []
    assert config.rules[0].allowed_origins == ("https://a.example", "https://c.example")
    assert config.rules[0].allowed_headers == ("a", "b")
    assert config.rules[0].max_age_seconds == 30 and config.rules[0].id is None


def test_methods_ticked_keep_s3_order_and_unknown_ones_stay() -> None:
    row = CorsRow(methods=("PUT", "get"))
    assert row.with_method("GET", True).methods == ("GET", "PUT", "get")
    assert row.with_method("PUT", False).methods == ("get",)
    assert row.with_method("HEAD", True).with_method("DELETE", True).methods == (
        "PUT", "DELETE", "HEAD", "get")
    problems = config_from_rows([CorsRow(origins="*", methods=("get",))])[1]
    assert [(p.field, p.row) for p in problems] == [("allowed_methods", 0)]


def test_problems_name_row_and_field() -> None:
    rows = [new_row(), CorsRow(origins="http://*.a.*.com", methods=(), max_age="soon")]
    config, problems = config_from_rows(rows)
    assert config.rules[1].max_age_seconds is None  # not a number: left out, reported
    found = {(p.field, p.row) for p in problems}
    assert found == {("max_age_seconds", 1), ("allowed_origins", 1), ("allowed_methods", 1)}
    assert any("at most one * wildcard" in p.message for p in problems)
    assert any("whole number" in p.message for p in problems)


def test_empty_table_is_valid() -> None:
    assert config_from_rows([]) == (CorsConfiguration(), [])


def test_duplicate_renames_the_copy() -> None:
    rows = rows_from_config(CorsConfiguration((RULE,)))
    copied = duplicate_row_of(rows, 0)
    assert [row.id for row in copied] == ["web", "web-2"]
    assert copied[1].origins == copied[0].origins
    assert [row.id for row in duplicate_row_of([new_row()], 0)] == ["", ""]


def test_row_message_leads_with_the_rule() -> None:
    rows = [CorsRow(id="web", origins="", methods=("GET",)),
            CorsRow(origins="http://*.a.*.com", methods=("GET",))]
    config, problems = config_from_rows(rows)
    texts = [row_message(p, config.rules[p.row].id) for p in problems if p.row is not None]
    assert texts == ["Rule 1 (web) needs at least one allowed origin (such as "
                     "https://example.com or *)",
                     "Rule 2: the origin 'http://*.a.*.com' may contain at most one * wildcard"]

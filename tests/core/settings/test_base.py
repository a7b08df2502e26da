"""The shared editing rules: availability, plans and diffs, typed numbers, table rows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3.errors import MalformedResponse, ServiceError
from spacesgui.s3.settings.base import (
    Problem,
    duplicate_row,
    fresh_id,
    insert_row,
    is_no_configuration,
    move_row,
    parse_count,
    plan_change,
    pretty_json,
    pretty_xml,
    remove_row,
    rule_changes,
    split_list,
    unavailable_reason,
)


def refusal(code: str, status: int) -> ServiceError:
    return ServiceError(code=code, message="no", status=status, request_id="r1")


@pytest.mark.parametrize(("code", "status", "words"), [
    ("NotImplemented", 501, "does not offer"),
    ("MethodNotAllowed", 405, "does not allow"),
    ("AccessDenied", 403, "full access"),
])
def test_unavailable_answers_disable_the_page(code: str, status: int, words: str) -> None:
    reason = unavailable_reason(refusal(code, status))
    assert reason is not None
    assert words in reason and code in reason and str(status) in reason


@pytest.mark.parametrize("exc", [
    refusal("SignatureDoesNotMatch", 403),     # a fault of this request, not of the page
    refusal("RequestTimeTooSkewed", 403),
    refusal("InternalError", 500),
    refusal("NoSuchCORSConfiguration", 404),
    MalformedResponse("bad xml"),
])
def test_other_failures_leave_the_page_available(exc: Exception) -> None:
    assert unavailable_reason(exc) is None


def test_no_configuration_means_empty_not_error() -> None:
    for code in ("NoSuchCORSConfiguration", "NoSuchLifecycleConfiguration",
                 "NoSuchBucketPolicy", "NoSuchWebsiteConfiguration"):
        assert is_no_configuration(refusal(code, 404))
    assert not is_no_configuration(refusal("NoSuchBucket", 404))
    assert not is_no_configuration(ValueError("NoSuchBucketPolicy"))


def test_pretty_xml_is_deterministic_and_indented() -> None:
    ns = "http://s3.amazonaws.com/doc/2006-03-01/"
    body = f'<?xml version="1.0"?><A xmlns="{ns}"><B>1</B>  <C><D/></C></A>'.encode()
    text = pretty_xml(body)
    assert text == f'<A xmlns="{ns}">\n  <B>1</B>\n  <C>\n    <D/>\n  </C>\n</A>\n'
    assert pretty_xml(body) == text
    assert pretty_xml(None) == "" and pretty_xml(b"") == ""


def test_pretty_json_keeps_key_order_and_passes_broken_text_through() -> None:
    assert pretty_json('{"b":1,"a":[1,2]}') == '{\n  "b": 1,\n  "a": [\n    1,\n    2\n  ]\n}\n'
    assert pretty_json("{broken") == "{broken\n"
    assert pretty_json("  ") == "" and pretty_json(None) == ""


def test_plan_diff_and_actions() -> None:
    same = plan_change("a\nb\n", "a\nb\n", ["ignored"], name="x.xml")
    assert same.action == "none" and not same.changes and same.diff == ""
    put = plan_change("a\nb\n", "a\nc\n", ["Change b to c."], name="x.xml")
    assert put.action == "put" and put.summary == ("Change b to c.",)
    assert put.diff.splitlines() == ["--- server/x.xml", "+++ edited/x.xml", "@@ -1,2 +1,2 @@",
                                     " a", "-b", "+c"]
    gone = plan_change("a\n", "ignored\n", ["Delete."], name="x.xml", delete=True)
    assert gone.action == "delete" and gone.after == "" and "-a" in gone.diff.splitlines()
    nothing_to_delete = plan_change("", "x\n", [], name="x.xml", delete=True)
    assert nothing_to_delete.action == "none"


@pytest.mark.parametrize(("text", "value", "problem"), [
    ("", None, None),
    (" 7 ", 7, None),
    ("0", 0, "at least 1"),
    ("-3", None, "whole number"),
    ("1.5", None, "whole number"),
    ("\u0663", None, "whole number"),        # an Arabic-Indic 3: int() would take it
])
def test_parse_count(text: str, value: int | None, problem: str | None) -> None:
    got, problems = parse_count(text, "expiration_days", minimum=1, row=2, what="Days")
    assert got == value
    if problem is None:
        assert problems == []
    else:
        (only,) = problems
        assert problem in only.message and only.field == "expiration_days" and only.row == 2


def test_split_list() -> None:
    assert split_list(" https://a.example ,\n\nhttps://b.example\n, ") == (
        "https://a.example", "https://b.example")


def test_row_operations() -> None:
    rows = ("a", "b", "c")
    assert insert_row(rows, 1, "x") == ("a", "x", "b", "c")
    assert insert_row(rows, 3, "x") == ("a", "b", "c", "x")
    assert remove_row(rows, 0) == ("b", "c")
    assert move_row(rows, 2, -1) == ("a", "c", "b")
    assert move_row(rows, 0, 1) == ("b", "a", "c")
    assert move_row(rows, 0, -1) == rows            # already at the top
    assert duplicate_row(rows, 1, str.upper) == ("a", "b", "B", "c")
    with pytest.raises(IndexError):
        remove_row(rows, 3)
    with pytest.raises(IndexError):
        insert_row(rows, 4, "x")


@given(st.lists(st.integers(), min_size=1, max_size=8), st.data())
def test_move_keeps_every_row(rows: list[int], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(rows) - 1))
    offset = data.draw(st.integers(-10, 10))
    moved = move_row(rows, index, offset)
    assert sorted(moved) == sorted(rows)
    assert moved[min(max(index + offset, 0), len(rows) - 1)] == rows[index]


def test_fresh_id() -> None:
    assert fresh_id("r", ["x"]) == "r"
    assert fresh_id("r", ["r", "r-2"]) == "r-3"
    assert fresh_id("rule-1", ["rule-1"]) == "rule-2"
    assert fresh_id(None, ["r"]) is None


def test_rule_changes_reads_a_removal_in_the_middle_as_one_removal() -> None:
    def fields(rule: tuple[str | None, str]) -> list[tuple[str, str]]:
        return [("value", rule[1])]

    before = [(None, "a"), (None, "b"), (None, "c")]
    lines = rule_changes("test", before, [(None, "a"), (None, "c")],
                         rule_id=lambda r: r[0], fields=fields)
    assert lines == ["Remove test rule 2."]
    lines = rule_changes("test", [("x", "1")], [("x", "2"), (None, "n")],
                         rule_id=lambda r: r[0], fields=fields)
    assert lines == ["Add test rule 2: value n.", "Test rule 1 ('x'): value 1 \u2192 2."]
    lines = rule_changes("test", [("x", "1"), ("y", "2")], [("y", "2"), ("x", "1")],
                         rule_id=lambda r: r[0], fields=fields)
    assert lines == ["The order of the test rules changes."]


def test_problem_prints_its_message() -> None:
    assert str(Problem("id", "Bad id", 3)) == "Bad id"

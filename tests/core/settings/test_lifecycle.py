"""The lifecycle editor: Spaces' subset, the read-only guard, legacy form, preview and plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.models.config import LifecycleConfiguration, LifecycleRule
from spacesgui.s3.models.listing import ObjectPage, ObjectSummary
from spacesgui.s3.settings.base import pretty_xml
from spacesgui.s3.settings.lifecycle import (
    ExpiryKind,
    ExpiryTally,
    RuleDraft,
    add_rule,
    draft_actions,
    draft_from_rule,
    draft_rule,
    drafts_config,
    duplicate_draft,
    duplicate_rule,
    editor_rows,
    expires_at,
    lifecycle_plan,
    lifecycle_problems,
    midnight_utc,
    move_rule,
    new_draft,
    preview_expiry,
    read_only_reason,
    remove_rule,
    rule_actions,
    tally_expiring,
    with_delete_markers,
)

TMP = LifecycleRule(id="tmp", prefix="tmp/", expiration_days=7)


def located(config: LifecycleConfiguration) -> list[tuple[str, int | None]]:
    return [(p.field, p.row) for p in lifecycle_problems(config)]


@pytest.mark.parametrize(("rule", "field"), [
    (LifecycleRule(id="x" * 256, expiration_days=1), "id"),
    (LifecycleRule(expiration_days=0), "expiration_days"),
    (LifecycleRule(noncurrent_expiration_days=0), "noncurrent_expiration_days"),
    (LifecycleRule(abort_incomplete_multipart_days=0), "abort_incomplete_multipart_days"),
    (LifecycleRule(expiration_date=datetime(2031, 1, 1, 12, tzinfo=UTC)), "expiration_date"),
    (LifecycleRule(expiration_date=datetime(2031, 1, 1)), "expiration_date"),   # no zone
    (LifecycleRule(prefix="logs/"), ""),                                          # no action
    (LifecycleRule(expiration_days=3, expired_object_delete_marker=True),
     "expired_object_delete_marker"),
    (LifecycleRule(expiration_date=midnight_utc(date(2031, 1, 1)),
                   expired_object_delete_marker=True), "expired_object_delete_marker"),
])
def test_each_rule_problem_names_its_field(rule: LifecycleRule, field: str) -> None:
    assert located(LifecycleConfiguration((TMP, rule))) == [(field, 1)]


@pytest.mark.parametrize("rule", [
    LifecycleRule(id="x" * 255, expiration_days=1),
    LifecycleRule(noncurrent_expiration_days=1),
    LifecycleRule(abort_incomplete_multipart_days=1),
    LifecycleRule(expiration_date=midnight_utc(date(2031, 1, 1))),
    LifecycleRule(expired_object_delete_marker=True, noncurrent_expiration_days=30),
    LifecycleRule(enabled=False, expiration_days=1),
])
def test_passing_counterparts(rule: LifecycleRule) -> None:
    assert lifecycle_problems(LifecycleConfiguration((TMP, rule))) == []


def test_ids_must_be_unique_and_an_empty_table_means_delete() -> None:
    assert located(LifecycleConfiguration((TMP, TMP))) == [("id", 1)]
    assert lifecycle_problems(LifecycleConfiguration()) == []


def test_midnight_utc() -> None:
    assert midnight_utc(date(2031, 5, 1)) == datetime(2031, 5, 1, tzinfo=UTC)


# --- read-only ------------------------------------------------------------------------------

TAGGED = (b"<LifecycleConfiguration><Rule><ID>t</ID><Filter><And><Prefix>a/</Prefix><Tag><Key>k"
          b"</Key><Value>v</Value></Tag></And></Filter><Status>Enabled</Status><Expiration><Days>"
          b"1</Days></Expiration></Rule></LifecycleConfiguration>")
TRANSITION = (b"<LifecycleConfiguration><Rule><ID>c</ID><Filter><Prefix/></Filter><Status>Enabled"
              b"</Status><Transition><Days>30</Days><StorageClass>GLACIER</StorageClass>"
              b"</Transition></Rule></LifecycleConfiguration>")
SIZE_FILTER = (b"<LifecycleConfiguration><Rule><ID>s</ID><Filter><ObjectSizeGreaterThan>500"
               b"</ObjectSizeGreaterThan></Filter><Status>Enabled</Status><Expiration><Days>1"
               b"</Days></Expiration><NoncurrentVersionExpiration><NoncurrentDays>2"
               b"</NoncurrentDays><NewerNoncurrentVersions>3</NewerNoncurrentVersions>"
               b"</NoncurrentVersionExpiration></Rule></LifecycleConfiguration>")


@pytest.mark.parametrize(("body", "words"), [
    (TAGGED, "rule 1 ('t') filters by object tags"),
    (TRANSITION, "rule 1 ('c') moves objects to another storage class"),
    (SIZE_FILTER, "rule 1 ('s') uses Filter/ObjectSizeGreaterThan, "
                  "NoncurrentVersionExpiration/NewerNoncurrentVersions"),
])
def test_what_the_editor_cannot_express_is_read_only(body: bytes, words: str) -> None:
    config = LifecycleConfiguration.from_xml(body)
    reason = read_only_reason(config)
    assert reason is not None and words in reason
    (problem,) = lifecycle_problems(config)          # Apply stays disabled, with the reason
    assert problem.message == reason and problem.field == ""
    # Even an edit of the expressible part is refused: sending it would drop the rest.
    edited = remove_rule(add_rule(config), 1)
    assert lifecycle_problems(edited) == [problem]


def test_spaces_subset_is_editable() -> None:
    body = (b"<LifecycleConfiguration xmlns='http://s3.amazonaws.com/doc/2006-03-01/'><Rule>"
            b"<ID>a</ID><Filter><Prefix>tmp/</Prefix></Filter><Status>Disabled</Status>"
            b"<Expiration><ExpiredObjectDeleteMarker>true</ExpiredObjectDeleteMarker>"
            b"</Expiration><NoncurrentVersionExpiration><NoncurrentDays>4</NoncurrentDays>"
            b"</NoncurrentVersionExpiration><AbortIncompleteMultipartUpload>"
            b"<DaysAfterInitiation>2</DaysAfterInitiation></AbortIncompleteMultipartUpload>"
            b"</Rule></LifecycleConfiguration>")
    config = LifecycleConfiguration.from_xml(body)
    assert read_only_reason(config) is None and lifecycle_problems(config) == []
    assert config.rules[0].unrecognized == ()


# --- legacy form ----------------------------------------------------------------------------

LEGACY = (b"<LifecycleConfiguration xmlns='http://s3.amazonaws.com/doc/2006-03-01/'><Rule><ID>old</ID><Prefix>logs/</Prefix><Status>Enabled"
          b"</Status><Expiration><Days>5</Days></Expiration></Rule><Rule><ID>off</ID><Prefix>"
          b"x/</Prefix><Status>Disabled</Status><AbortIncompleteMultipartUpload>"
          b"<DaysAfterInitiation>1</DaysAfterInitiation></AbortIncompleteMultipartUpload></Rule>"
          b"</LifecycleConfiguration>")


def test_legacy_form_loads_and_round_trips_untouched() -> None:
    config = LifecycleConfiguration.from_xml(LEGACY)
    assert config.legacy
    assert [(r.id, r.prefix, r.enabled) for r in config.rules] == [
        ("old", "logs/", True), ("off", "x/", False)]
    assert lifecycle_problems(config) == []
    assert pretty_xml(config.to_xml(legacy=config.legacy)) == pretty_xml(LEGACY)
    assert lifecycle_plan(config, config).action == "none"


def test_legacy_form_is_kept_through_edits() -> None:
    config = LifecycleConfiguration.from_xml(LEGACY)
    edited = move_rule(duplicate_rule(config, 0), 0, 1)
    assert edited.legacy
    plan = lifecycle_plan(config, edited)
    assert "<Filter>" not in plan.after and "<Prefix>logs/</Prefix>" in plan.after
    assert plan.summary[-1].startswith("The rules are sent in the legacy form")
    assert not LifecycleConfiguration.from_xml(TRANSITION).legacy


# --- round trips ---------------------------------------------------------------------------

_days = st.one_of(st.none(), st.integers(1, 3650))
_rules = st.builds(
    LifecycleRule,
    id=st.one_of(st.none(), st.text("abc-_1", min_size=1, max_size=10)),
    prefix=st.text("abc/._", max_size=10),
    enabled=st.booleans(),
    expiration_days=_days,
    abort_incomplete_multipart_days=_days,
    noncurrent_expiration_days=_days)


@given(st.lists(_rules, min_size=1, max_size=4), st.booleans())
def test_round_trip_through_xml(rules: list[LifecycleRule], legacy: bool) -> None:
    config = LifecycleConfiguration(tuple(rules), legacy=legacy)
    back = LifecycleConfiguration.from_xml(config.to_xml(legacy=legacy))
    assert back == config and back.legacy == legacy


# --- preview -------------------------------------------------------------------------------

NOW = datetime(2030, 6, 10, 15, 0, tzinfo=UTC)


def obj(key: str, size: int, modified: datetime | None) -> ObjectSummary:
    return ObjectSummary(key=key, size=size, last_modified=modified, etag='"e"')


def test_expiry_rounds_up_to_the_next_midnight_utc() -> None:
    rule = LifecycleRule(prefix="", expiration_days=1)
    assert expires_at(rule, datetime(2030, 6, 8, 10, 30, tzinfo=UTC)) == \
        datetime(2030, 6, 10, tzinfo=UTC)
    assert expires_at(rule, datetime(2030, 6, 8, tzinfo=UTC)) == datetime(2030, 6, 9, tzinfo=UTC)
    dated = LifecycleRule(expiration_date=midnight_utc(date(2030, 7, 1)))
    assert expires_at(dated, NOW) == datetime(2030, 7, 1, tzinfo=UTC)
    assert expires_at(LifecycleRule(abort_incomplete_multipart_days=1), NOW) is None


def test_tally_counts_only_due_objects_under_the_prefix() -> None:
    rule = LifecycleRule(prefix="tmp/", expiration_days=2)
    page1 = [obj("tmp/old", 10, NOW - timedelta(days=3)),
             obj("tmp/new", 20, NOW - timedelta(hours=30)),    # due at midnight after tomorrow
             obj("keep/old", 40, NOW - timedelta(days=30))]
    page2 = [obj("tmp/undated", 80, None), obj("tmp/older", 160, NOW - timedelta(days=9))]
    first = tally_expiring(page1, rule, now=NOW)
    assert first == ExpiryTally(examined=2, expiring=1, expiring_bytes=10, undated=0)
    total = tally_expiring(page2, rule, now=NOW, start=first)
    assert total == ExpiryTally(examined=4, expiring=2, expiring_bytes=170, undated=1)


def test_tally_for_a_date_rule_and_a_rule_with_nothing_to_expire() -> None:
    objects = [obj("a", 1, NOW - timedelta(days=1)), obj("b", 2, NOW)]
    past = LifecycleRule(expiration_date=midnight_utc(date(2030, 6, 1)))
    future = LifecycleRule(expiration_date=midnight_utc(date(2030, 7, 1)))
    assert tally_expiring(objects, past, now=NOW).expiring_bytes == 3
    assert tally_expiring(objects, future, now=NOW).expiring == 0
    abort_only = LifecycleRule(abort_incomplete_multipart_days=1)
    assert tally_expiring(objects, abort_only, now=NOW) == ExpiryTally(examined=2)
    with pytest.raises(ValueError, match="tags"):
        tally_expiring(objects, LifecycleRule(expiration_days=1, tags={"k": "v"}), now=NOW)


# --- plan ----------------------------------------------------------------------------------

def test_plan_for_a_small_change() -> None:
    server = LifecycleConfiguration((TMP,))
    edited = LifecycleConfiguration((LifecycleRule(id="tmp", prefix="tmp/", expiration_days=3,
                                                   abort_incomplete_multipart_days=1),))
    plan = lifecycle_plan(server, edited)
    assert plan.action == "put"
    assert plan.summary == ("Lifecycle rule 1 ('tmp'): expire after 7 days \u2192 3 days.",
                            "Lifecycle rule 1 ('tmp'): abort incomplete uploads after (none) "
                            "\u2192 1 day.")
    changed = [line for line in plan.diff.splitlines()[2:] if line[:1] in "+-"]
    assert changed == ["-      <Days>7</Days>", "+      <Days>3</Days>",
                       "+    <AbortIncompleteMultipartUpload>",
                       "+      <DaysAfterInitiation>1</DaysAfterInitiation>",
                       "+    </AbortIncompleteMultipartUpload>"]
    deleted = lifecycle_plan(server, remove_rule(server, 0))
    assert deleted.action == "delete" and "nothing expires" in deleted.summary[0]


def test_add_rule_picks_a_fresh_id() -> None:
    config = add_rule(add_rule(LifecycleConfiguration()))
    assert [r.id for r in config.rules] == ["rule-1", "rule-2"]
    assert lifecycle_problems(config) == []


# --- the editor's rows ---------------------------------------------------------------------

def test_drafts_give_back_the_rules_they_were_made_from() -> None:
    config = LifecycleConfiguration.from_xml(LEGACY)
    drafts, reason = editor_rows(config)
    assert reason is None
    back, problems = drafts_config(drafts, legacy=config.legacy)
    assert back == config and back.legacy and problems == []


@given(st.lists(_rules, min_size=1, max_size=4))
def test_every_expressible_rule_survives_the_editor(rules: list[LifecycleRule]) -> None:
    config = LifecycleConfiguration(tuple(rules))
    drafts, reason = editor_rows(config)
    assert reason is None
    assert drafts_config(drafts, legacy=False)[0] == config


def test_a_date_and_an_explicit_false_survive_the_editor() -> None:
    rule = LifecycleRule(id="d", expiration_date=midnight_utc(date(2031, 2, 3)),
                         expired_object_delete_marker=False)
    draft = draft_from_rule(rule)
    assert draft.expiry is ExpiryKind.ON_DATE and draft.delete_markers is False
    assert draft_rule(draft)[0] == rule
    assert with_delete_markers(draft, False).delete_markers is False   # stays explicit
    assert with_delete_markers(with_delete_markers(draft, True), False).delete_markers is None


@pytest.mark.parametrize(("body", "words"), [
    (TAGGED, "only objects tagged k=v"),
    (TRANSITION, "moves objects to GLACIER after 30 days"),
    (SIZE_FILTER, "uses Filter/ObjectSizeGreaterThan"),
])
def test_rows_of_a_read_only_configuration_name_what_they_cannot_hold(
        body: bytes, words: str) -> None:
    drafts, reason = editor_rows(LifecycleConfiguration.from_xml(body))
    assert reason is not None and "read-only" in reason
    assert words in draft_actions(drafts[0])


def test_rows_that_would_not_come_back_exactly_are_read_only() -> None:
    both = LifecycleRule(id="b", expiration_days=3,
                         expiration_date=midnight_utc(date(2031, 1, 1)))
    _, reason = editor_rows(LifecycleConfiguration((TMP, both)))
    assert reason is not None and "rule 2 holds values" in reason


@pytest.mark.parametrize(("draft", "field", "words"), [
    (RuleDraft(expiry=ExpiryKind.AFTER_DAYS, days="0"), "expiration_days", "at least 1 day"),
    (RuleDraft(expiry=ExpiryKind.AFTER_DAYS, days="x"), "expiration_days", "whole number"),
    (RuleDraft(expiry=ExpiryKind.AFTER_DAYS, days=""), "expiration_days", "how many days"),
    (RuleDraft(expiry=ExpiryKind.ON_DATE), "expiration_date", "Choose the date"),
    (RuleDraft(abort_days="-1"), "abort_incomplete_multipart_days", "whole number"),
    (RuleDraft(noncurrent_days="0"), "noncurrent_expiration_days", "at least 1 day"),
    (RuleDraft(), "", "does nothing"),
    (RuleDraft(expiry=ExpiryKind.AFTER_DAYS, days="3", delete_markers=True),
     "expired_object_delete_marker", "choose one"),
])
def test_draft_problems_name_row_and_field(draft: RuleDraft, field: str, words: str) -> None:
    ok = new_draft()
    _, problems = drafts_config((ok, replace(draft, id="b")), legacy=False)
    assert [(p.row, p.field) for p in problems] == [(1, field)]
    assert words in problems[0].message


def test_duplicate_ids_and_duplicating_a_row() -> None:
    one = new_draft()
    assert one.id == "rule-1" and one.expiry is ExpiryKind.AFTER_DAYS and one.days == "30"
    two = duplicate_draft((one,), 0)
    assert [d.id for d in two] == ["rule-1", "rule-2"]
    _, problems = drafts_config((one, one), legacy=False)
    assert [(p.row, p.field) for p in problems] == [(1, "id")]


def test_rule_actions_in_words() -> None:
    rule = LifecycleRule(expiration_days=1, noncurrent_expiration_days=4,
                         abort_incomplete_multipart_days=2)
    assert rule_actions(rule) == ("expire after 1 day; noncurrent versions after 4 days; "
                                  "abort unfinished uploads after 2 days")
    assert rule_actions(LifecycleRule(expired_object_delete_marker=True)) == \
        "remove expired delete markers"


# --- the preview's listing ----------------------------------------------------------------

class _Lister:
    """Pages of a fixed key list, as list_objects_page hands them out."""

    def __init__(self, objects: list[ObjectSummary]) -> None:
        self.objects = objects
        self.requests: list[tuple[str, str | None, int]] = []

    def list_objects_page(self, *, bucket: str, prefix: str = "", delimiter: str = "/",
                          token: str | None = None, max_keys: int = 1000,
                          cancel: CancelToken | None = None) -> ObjectPage:
        assert delimiter == ""
        self.requests.append((prefix, token, max_keys))
        matching = [o for o in self.objects if o.key.startswith(prefix)]
        start = int(token or 0)
        page = matching[start:start + max_keys]
        more = start + max_keys < len(matching)
        return ObjectPage(tuple(page), (), str(start + max_keys) if more else None, more)


def test_preview_tallies_page_by_page_and_stops_at_its_limit() -> None:
    old = NOW - timedelta(days=10)
    lister = _Lister([obj(f"tmp/{i:04d}", i, old) for i in range(2500)]
                     + [obj("keep/x", 7, old)])
    rule = LifecycleRule(prefix="tmp/", expiration_days=1)
    tallies = list(preview_expiry(lister, bucket="b", rule=rule, now=NOW))
    assert [t.examined for t in tallies] == [1000, 2000, 2500]
    assert tallies[-1] == ExpiryTally(2500, 2500, sum(range(2500)))
    assert [r[2] for r in lister.requests] == [1000, 1000, 1000]

    lister.requests.clear()
    limited = list(preview_expiry(lister, bucket="b", rule=rule, now=NOW, limit=1200))
    assert [r[2] for r in lister.requests] == [1000, 200]
    assert limited[-1] == ExpiryTally(1200, 1200, sum(range(1200)), limited=True)
    exact = list(preview_expiry(lister, bucket="b", rule=rule, now=NOW, limit=2500))
    assert not exact[-1].limited and exact[-1].examined == 2500

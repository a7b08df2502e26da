"""Choosing incomplete uploads by age, matching them to the journal, and the lifecycle rule
that aborts them: what the window relies on, without a server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from spacesgui.s3.models.config_lifecycle import LifecycleConfiguration, LifecycleRule
from spacesgui.s3.models.listing import MultipartUpload
from spacesgui.s3.settings.lifecycle import (
    ABORT_INCOMPLETE_RULE_ID,
    with_abort_incomplete_rule,
)
from spacesgui.s3.transfer.incomplete import journal_index, older_than
from spacesgui.s3.transfer.journal import FileIdentity, JournalEntry
from spacesgui.ui.models.incomplete_uploads import age_text

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def _upload(key: str, days_ago: float | None) -> MultipartUpload:
    started = NOW - timedelta(days=days_ago) if days_ago is not None else None
    return MultipartUpload(key=key, upload_id=f"id-{key}", initiated=started)


def test_older_than_takes_only_uploads_started_before_the_limit() -> None:
    uploads = [_upload("new", 1), _upload("week", 7), _upload("old", 7.01),
               _upload("ancient", 40), _upload("unknown", None)]
    assert [u.key for u in older_than(uploads, 7, NOW)] == ["old", "ancient"]
    assert [u.key for u in older_than(uploads, 0, NOW)] == ["new", "week", "old", "ancient"]
    assert older_than(uploads, 41, NOW) == []


def test_age_text_names_the_largest_whole_unit() -> None:
    assert age_text(timedelta(seconds=20)) == "under a minute"
    assert age_text(timedelta(minutes=1, seconds=5)) == "1 minute"
    assert age_text(timedelta(hours=5, minutes=59)) == "5 hours"
    assert age_text(timedelta(days=3, hours=23)) == "3 days"
    assert age_text(None) == ""


def test_journal_index_keeps_this_endpoint_and_bucket() -> None:
    def entry(endpoint: str, bucket: str, upload_id: str) -> JournalEntry:
        return JournalEntry(endpoint=endpoint, bucket=bucket, key="k",
                            file=FileIdentity("/f", 1, 1), upload_id=upload_id, part_size=5)

    found = journal_index([entry("https://a", "b", "1"), entry("https://a", "c", "2"),
                           entry("https://x", "b", "3")], "https://a", "b")
    assert list(found) == ["1"]


KEEP = (LifecycleRule(id="logs", prefix="logs/", expiration_days=14),
        LifecycleRule(id="tmp", prefix="tmp/", enabled=False, expiration_days=1,
                      abort_incomplete_multipart_days=2))


def test_abort_rule_is_added_after_the_others_unchanged() -> None:
    config = LifecycleConfiguration(rules=KEEP)
    updated = with_abort_incomplete_rule(config, 5)
    assert updated.rules[:2] == KEEP
    assert updated.rules[2] == LifecycleRule(id=ABORT_INCOMPLETE_RULE_ID,
                                             abort_incomplete_multipart_days=5)
    assert not updated.problems()
    assert with_abort_incomplete_rule(LifecycleConfiguration(), 3).rules == (
        LifecycleRule(id=ABORT_INCOMPLETE_RULE_ID, abort_incomplete_multipart_days=3),)


def test_abort_rule_replaces_one_that_only_aborted_keeping_its_place_and_form() -> None:
    only_aborts = LifecycleRule(id="cleanup", enabled=False, abort_incomplete_multipart_days=30)
    config = LifecycleConfiguration(rules=(KEEP[0], only_aborts, KEEP[1]), legacy=True)
    updated = with_abort_incomplete_rule(config, 4)
    assert updated.legacy
    assert updated.rules == (KEEP[0], LifecycleRule(id="cleanup",
                                                    abort_incomplete_multipart_days=4), KEEP[1])


def test_abort_rule_refuses_a_read_only_configuration() -> None:
    tagged = LifecycleRule(id="t", expiration_days=3, tags={"kind": "scratch"})
    with pytest.raises(ValueError, match="object tags"):
        with_abort_incomplete_rule(LifecycleConfiguration(rules=(tagged,)), 5)
    with pytest.raises(ValueError, match="at least 1"):
        with_abort_incomplete_rule(LifecycleConfiguration(), 0)

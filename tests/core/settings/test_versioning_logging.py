"""Versioning states and moves; access logging target checks."""

from __future__ import annotations

import pytest

from spacesgui.s3.models.acl import Grant, Grantee
from spacesgui.s3.models.config import BucketLoggingStatus, VersioningState
from spacesgui.s3.settings.access_logging import logging_plan, logging_problems, logging_status
from spacesgui.s3.settings.versioning import (
    MEANING,
    allowed_targets,
    versioning_plan,
    versioning_problems,
)

NEVER, ON, SUSPENDED = (VersioningState.NEVER_ENABLED, VersioningState.ENABLED,
                        VersioningState.SUSPENDED)


def test_every_state_is_explained() -> None:
    assert set(MEANING) == set(VersioningState)
    assert "never returns" in MEANING[NEVER]
    assert "stay" in MEANING[SUSPENDED]


def test_transitions_never_return_to_never_enabled() -> None:
    assert allowed_targets(NEVER) == (ON, SUSPENDED)
    assert allowed_targets(ON) == (SUSPENDED,)
    assert allowed_targets(SUSPENDED) == (ON,)
    assert versioning_problems(ON, SUSPENDED) == []
    assert versioning_problems(NEVER, NEVER) == []          # no change is not an error
    (problem,) = versioning_problems(SUSPENDED, NEVER)
    assert "never returns" in problem.message and problem.field == "state"


def test_versioning_plans() -> None:
    assert versioning_plan(ON, ON).action == "none"
    plan = versioning_plan(NEVER, ON)
    assert plan.action == "put" and plan.before == ""
    assert "<Status>Enabled</Status>" in plan.after
    suspend = versioning_plan(ON, SUSPENDED)
    assert suspend.summary[0].startswith("Suspend versioning")
    assert [line for line in suspend.diff.splitlines()[2:] if line[:1] in "+-"] == [
        "-  <Status>Enabled</Status>", "+  <Status>Suspended</Status>"]


# --- logging -------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "words"), [
    ("photos", "different bucket"),
    ("Logs", "lowercase"),
    ("a", "at least 3"),
    ("  ", "empty"),
])
def test_logging_target_problems(target: str, words: str) -> None:
    status = BucketLoggingStatus(target_bucket=target, target_prefix="logs/")
    problems = logging_problems(status, "photos")
    assert problems and all(p.field == "target_bucket" for p in problems)
    assert any(words in p.message for p in problems), problems


def test_logging_passing_and_off() -> None:
    assert logging_problems(logging_status("photo-logs", "p/", enabled=True), "photos") == []
    assert logging_problems(logging_status("", "", enabled=False), "photos") == []
    assert logging_problems(BucketLoggingStatus(None, "p/"), "photos")[0].field == \
        "target_bucket"


def test_logging_status_keeps_target_grants() -> None:
    grant = Grant(Grantee.user("auditor"), "READ")
    server = BucketLoggingStatus("old-logs", "a/", (grant,))
    status = logging_status(" new-logs ", "b/", enabled=True, keep_from=server)
    assert status == BucketLoggingStatus("new-logs", "b/", (grant,))
    assert BucketLoggingStatus.from_xml(status.to_xml()) == status


def test_logging_plans() -> None:
    server = BucketLoggingStatus("old-logs", "a/")
    plan = logging_plan(server, BucketLoggingStatus("new-logs", "a/"))
    assert plan.summary == ("Write access logs to new-logs/a/.", "Stop writing them to old-logs.")
    assert plan.action == "put"
    off = logging_plan(server, BucketLoggingStatus())
    assert off.action == "put" and off.summary == ("Turn access logging off.",)
    assert "LoggingEnabled" not in off.after
    assert logging_plan(server, server).action == "none"

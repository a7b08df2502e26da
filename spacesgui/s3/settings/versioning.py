"""The versioning editor's model: the three states in plain words and the moves between them."""

from __future__ import annotations

from spacesgui.s3.models.config import VersioningState
from spacesgui.s3.settings.base import ChangePlan, Problem, plan_change, pretty_xml
from spacesgui.s3.texts import N_

__all__ = ["MEANING", "allowed_targets", "versioning_plan", "versioning_problems"]

MEANING: dict[VersioningState, str] = {
    VersioningState.NEVER_ENABLED: N_(
        "settings",
        "Versioning has never been turned on. Overwriting or deleting a file replaces or "
        "removes it for good. Once turned on, versioning can be suspended but this state "
        "never returns."),
    VersioningState.ENABLED: N_(
        "settings",
        "Every overwrite keeps the previous version, and a delete only hides the file behind "
        "a delete marker; old versions stay (and are stored and billed) until deleted or "
        "expired by a lifecycle rule."),
    VersioningState.SUSPENDED: N_(
        "settings",
        "New overwrites and deletes replace the current file again, but the versions kept "
        "while versioning was on stay until deleted or expired. Suspending does not remove "
        "them."),
}


def allowed_targets(current: VersioningState) -> tuple[VersioningState, ...]:
    """The states a bucket can be moved to from `current`: never back to never-enabled."""
    return tuple(state for state in (VersioningState.ENABLED, VersioningState.SUSPENDED)
                 if state is not current)


def versioning_problems(current: VersioningState, target: VersioningState) -> list[Problem]:
    if target is not current and target not in allowed_targets(current):
        return [Problem("state", N_("settings", "A bucket never returns to \u201cnever "
                                             "enabled\u201d; suspend versioning instead"))]
    return []


def _document(state: VersioningState) -> str:
    return "" if state is VersioningState.NEVER_ENABLED else pretty_xml(state.to_xml())


def versioning_plan(current: VersioningState, target: VersioningState) -> ChangePlan:
    """What Apply sends; suspending a never-versioned bucket is a real (if quiet) change."""
    summary = [{VersioningState.ENABLED: "Turn versioning on: keep every old version.",
                VersioningState.SUSPENDED: "Suspend versioning: stop keeping new old versions; "
                                           "those already kept stay.",
                VersioningState.NEVER_ENABLED: ""}[target]]
    return plan_change(_document(current), _document(target), summary, name="versioning.xml")

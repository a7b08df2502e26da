"""The access-logging editor's model: a target bucket and prefix, or off."""

from __future__ import annotations

from spacesgui.s3.models.config import BucketLoggingStatus
from spacesgui.s3.settings.base import ChangePlan, Problem, plan_change, pretty_xml

__all__ = ["logging_plan", "logging_problems", "logging_status"]


def logging_status(target_bucket: str, prefix: str, *, enabled: bool,
                   keep_from: BucketLoggingStatus | None = None) -> BucketLoggingStatus:
    """The status the page's fields describe; grants already set on the target are kept."""
    if not enabled:
        return BucketLoggingStatus()
    grants = keep_from.target_grants if keep_from is not None else ()
    return BucketLoggingStatus(target_bucket=target_bucket.strip(), target_prefix=prefix,
                               target_grants=grants)


def logging_problems(status: BucketLoggingStatus, source_bucket: str) -> list[Problem]:
    """The target must be a valid bucket name and not the bucket being logged."""
    return status.field_problems(source_bucket=source_bucket)


def logging_plan(server: BucketLoggingStatus, edited: BucketLoggingStatus) -> ChangePlan:
    """What Apply sends: always a PUT; an empty status turns logging off."""
    if not edited.enabled:
        summary = ["Turn access logging off."]
    else:
        where = f"{edited.target_bucket}/{edited.target_prefix}"
        summary = [f"Write access logs to {where}."]
        if server.enabled and server.target_bucket != edited.target_bucket:
            summary.append(f"Stop writing them to {server.target_bucket}.")
    return plan_change(pretty_xml(server.to_xml()), pretty_xml(edited.to_xml()), summary,
                       name="logging.xml")

"""The policy editor's model: checks located by line and element, templates, and the plan."""

from __future__ import annotations

import ipaddress
import json

from spacesgui.s3.models.policy import BucketPolicy, policy_field_problems
from spacesgui.s3.settings.base import ChangePlan, Problem, fresh_id, plan_change, pretty_json
from spacesgui.s3.texts import N_

__all__ = [
    "DATA_ACTIONS",
    "PER_BUCKET_KEYS_NOTE",
    "deny_insecure_transport",
    "ip_range_problem",
    "lockout_warning",
    "only_from_ip_range",
    "policy_plan",
    "policy_problems",
    "public_read_prefix",
    "read_only_for_user",
    "with_template",
]

PER_BUCKET_KEYS_NOTE = N_(
    "settings",
    "On DigitalOcean Spaces, access keys limited to certain buckets do not work with bucket "
    "policies: a policy does not change what such a key may do. Its access is set where the "
    "key is made, in the control panel.")

_VERSION = "2012-10-17"

# What the Deny templates refuse: reading, writing and listing data. Not "s3:*": on Ceph RGW
# (the engine behind Spaces) a Deny of every action refuses the bucket's owner too, even
# GetBucketPolicy and DeleteBucketPolicy, so one wrong address range would lock the owner
# out for good. NotAction would say it shorter, but RGW 16 ignores a Deny written with it.
DATA_ACTIONS = (
    "s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads",
    "s3:ListMultipartUploadParts", "s3:GetObject", "s3:GetObjectVersion", "s3:PutObject",
    "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:AbortMultipartUpload",
    "s3:GetObjectAcl", "s3:PutObjectAcl",
)


def policy_problems(text: str, bucket: str) -> list[Problem]:
    """Why Apply must stay disabled: syntax errors carry line and column, statement problems
    the statement's index (`row`) and element (`field`). Empty text means "delete the policy"
    and is valid here."""
    if not text.strip():
        return []
    return policy_field_problems(text, bucket=bucket)


def _document(*statements: dict[str, object]) -> str:
    return json.dumps({"Version": _VERSION, "Statement": list(statements)}, indent=2) + "\n"


def _objects(bucket: str, prefix: str) -> str:
    return f"arn:aws:s3:::{bucket}/{prefix}*"


def public_read_prefix(bucket: str, prefix: str = "") -> str:
    """Anyone may download objects under `prefix` (not list them)."""
    return BucketPolicy.public_read(bucket, prefix).text + "\n"


def ip_range_problem(cidr: str) -> str | None:
    """Why `cidr` is not an address range such as 203.0.113.0/24 or 2001:db8::/32."""
    try:
        ipaddress.ip_network(cidr.strip(), strict=True)
    except ValueError as exc:
        return f"{cidr!r} is not an address range such as 203.0.113.0/24: {exc}"
    return None


def only_from_ip_range(bucket: str, cidr: str) -> str:
    """Refuse every request to the bucket that does not come from `cidr`.

    A Deny with NotIpAddress, rather than an Allow, so it narrows what keys may do instead
    of opening the bucket to anonymous callers from that range. It refuses the owner's own
    keys too when they call from elsewhere, except for the bucket's settings (this policy
    included), which stay reachable so a wrong range can be undone.

    Raises:
        ValueError: `cidr` is not an address range.
    """
    trouble = ip_range_problem(cidr)
    if trouble:
        raise ValueError(trouble)
    return _document({
        "Sid": "OnlyFromRange",
        "Effect": "Deny",
        "Principal": "*",
        "Action": list(DATA_ACTIONS),
        "Resource": [f"arn:aws:s3:::{bucket}", _objects(bucket, "")],
        "Condition": {"NotIpAddress": {"aws:SourceIp": cidr.strip()}},
    })


def deny_insecure_transport(bucket: str) -> str:
    """Refuse data requests made over plain HTTP (settings stay reachable, as above).

    The server must know the connection's protocol: Ceph RGW 16 serving plain HTTP itself
    sets no aws:SecureTransport, the condition does not match and nothing is refused.
    """
    return _document({
        "Sid": "DenyWithoutTLS",
        "Effect": "Deny",
        "Principal": "*",
        "Action": list(DATA_ACTIONS),
        "Resource": [f"arn:aws:s3:::{bucket}", _objects(bucket, "")],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    })


def read_only_for_user(bucket: str, principal_arn: str) -> str:
    """Let one user list the bucket and download its objects.

    Raises:
        ValueError: `principal_arn` is empty.
    """
    if not principal_arn.strip():
        raise ValueError("Name the user, such as arn:aws:iam:::user/reader")
    return _document({
        "Sid": "ReadOnlyForUser",
        "Effect": "Allow",
        "Principal": {"AWS": [principal_arn.strip()]},
        "Action": ["s3:ListBucket", "s3:GetObject"],
        "Resource": [f"arn:aws:s3:::{bucket}", _objects(bucket, "")],
    })


def with_template(current: str, template: str) -> str:
    """The policy being edited with a template's statements added after its own.

    An empty editor takes the template whole. A statement whose Sid is already used gets a
    fresh one ("PublicRead-2"), since the server refuses repeated Sids.

    Raises:
        ValueError: `current` is not a policy document to add to (fix or clear it first).
    """
    if not current.strip():
        return template
    try:
        document = json.loads(current)
    except json.JSONDecodeError as exc:
        raise ValueError("The policy is not valid JSON yet (line "
                         f"{exc.lineno}, column {exc.colno}); fix it or clear the editor "
                         "before inserting a template.") from None
    statements = document.get("Statement", []) if isinstance(document, dict) else None
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(document, dict) or not isinstance(statements, list):
        raise ValueError("The policy has no list of statements to add to; fix it or clear "
                         "the editor before inserting a template.")
    taken = [s.get("Sid") for s in statements if isinstance(s, dict)]
    for added in _statements(template):
        sid = added.get("Sid")
        if isinstance(sid, str):
            added["Sid"] = fresh_id(sid, taken)
            taken.append(added["Sid"])
        statements.append(added)
    document["Statement"] = statements
    document.setdefault("Version", _VERSION)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def lockout_warning(text: str) -> str | None:
    """A warning when a Deny statement covers every action: it would refuse the owner too."""
    for statement in _statements(pretty_json(text)):
        actions = statement.get("Action")
        listed = [actions] if isinstance(actions, str) else actions
        if statement.get("Effect") == "Deny" and isinstance(listed, list) and \
                any(a in ("*", "s3:*") for a in listed):
            return N_("settings", "A Deny of every action (s3:*) applies to you as well: Ceph "
                                  "RGW, the engine behind Spaces, then refuses even reading or "
                                  "deleting this policy, leaving the bucket unreachable. Deny "
                                  "the data actions you mean instead.")
    return None


def policy_plan(server: BucketPolicy | None, edited_text: str) -> ChangePlan:
    """What Apply sends: the text as typed (PUT), or a DELETE when it is empty.

    The diff compares both documents re-indented, so spacing alone shows as no change.
    """
    before = pretty_json(server.text if server is not None else None)
    after = pretty_json(edited_text)
    delete = not edited_text.strip()
    summary = _summary(before, after, delete=delete, had_policy=server is not None)
    return plan_change(before, after, summary, name="policy.json", delete=delete)


def _summary(before: str, after: str, *, delete: bool, had_policy: bool) -> list[str]:
    if delete:
        return ["Delete the bucket policy: only ACLs decide access from now on."]
    old = _statements(before)
    new = _statements(after)
    lines = [] if had_policy else ["Create a bucket policy."]
    lines += [f"Remove statement {_label(s, i)}." for i, s in enumerate(old) if s not in new]
    lines += [f"Add statement {_label(s, i)}: {s.get('Effect', '?')} "
              f"{_short(s.get('Action'))} on {_short(s.get('Resource'))} for "
              f"{_short(s.get('Principal'))}." for i, s in enumerate(new) if s not in old]
    if not lines and before != after:
        lines.append("Change the policy's Version or Id.")
    return lines


def _statements(text: str) -> list[dict[str, object]]:
    try:
        document = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return []
    statements = document.get("Statement", []) if isinstance(document, dict) else []
    if isinstance(statements, dict):
        statements = [statements]
    return [s for s in statements if isinstance(s, dict)] if isinstance(statements, list) else []


def _label(statement: dict[str, object], index: int) -> str:
    sid = statement.get("Sid")
    return repr(sid) if isinstance(sid, str) and sid else str(index + 1)


def _short(value: object) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)

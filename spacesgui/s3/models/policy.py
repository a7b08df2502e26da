"""Bucket policies: JSON text the user edits, checked locally so mistakes point at a line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from spacesgui.s3.models.problem import Problem, duplicate_ids, messages
from spacesgui.s3.texts import N_, Text

POLICY_VERSIONS = ("2012-10-17", "2008-10-17")
EFFECTS = ("Allow", "Deny")


@dataclass(frozen=True, slots=True)
class BucketPolicy:
    """The policy exactly as text (sent and returned unchanged); `parsed()` for reading it."""

    text: str

    def parsed(self) -> Mapping[str, Any]:
        """The JSON object; raises ValueError (with line and column) when the text is not JSON."""
        value = _load(self.text)
        if not isinstance(value, dict):
            raise ValueError("A bucket policy must be a JSON object ({ ... })")
        return value

    def problems(self, *, bucket: str | None = None) -> list[str]:
        return policy_problems(self.text, bucket=bucket)

    @classmethod
    def public_read(cls, bucket: str, prefix: str = "") -> BucketPolicy:
        """A policy letting anyone GET objects under `prefix` (the usual "share a folder")."""
        document = {
            "Version": "2012-10-17",
            "Statement": [{
                "Sid": "PublicRead",
                "Effect": "Allow",
                "Principal": "*",
                "Action": ["s3:GetObject"],
                "Resource": [f"arn:aws:s3:::{bucket}/{prefix}*"],
            }],
        }
        return cls(json.dumps(document, indent=2))


def _load(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(_syntax_message(exc)) from None


def _syntax_message(exc: json.JSONDecodeError) -> str:
    # exc.msg is Python's own English ("Expecting ',' delimiter").
    return N_("settings", "The policy is not valid JSON: {error} at line {line}, column {column}"
              ).fill(error=exc.msg, line=exc.lineno, column=exc.colno)


def policy_problems(text: str, *, bucket: str | None = None) -> list[str]:
    """What is visibly wrong with a policy before the server sees it (it checks the rest)."""
    return messages(policy_field_problems(text, bucket=bucket))


def policy_field_problems(text: str, *, bucket: str | None = None) -> list[Problem]:
    """As policy_problems, located: a syntax error carries its line and column; a statement's
    problem carries the statement's index as `row` and the element name as `field`.

    With `bucket`, every Resource must name that bucket or keys in it: a bucket policy
    governs only its own bucket, and the server refuses one naming any other.
    """
    if not text.strip():
        return [Problem("", N_("settings",
                               "The policy is empty (delete the policy to remove it)"))]
    repeated: list[str] = []
    try:
        document = json.loads(text, object_pairs_hook=lambda pairs: _no_repeats(pairs, repeated))
    except json.JSONDecodeError as exc:
        return [Problem("", _syntax_message(exc), line=exc.lineno, column=exc.colno)]
    if not isinstance(document, dict):
        return [Problem("", N_("settings", "A bucket policy must be a JSON object ({braces}), "
                                           "not a {kind}").fill(
            braces="{ ... }", kind=type(document).__name__ if document is not None else "null"))]
    found = [Problem("", N_("settings", "The key {name} appears twice in one object; only the "
                                        "last one would count").fill(name=repr(name)))
             for name in dict.fromkeys(repeated)]
    found.extend(Problem(key, N_("settings", "Unknown policy element {name}; a policy has "
                                             "Version, Id and Statement").fill(name=repr(key)))
                 for key in document if key not in _TOP_KEYS)
    version = document.get("Version")
    if version is None:
        found.append(Problem("Version", N_("settings", 'The policy needs a "Version", normally '
                                                       '"2012-10-17"')))
    elif version not in POLICY_VERSIONS:
        found.append(Problem("Version", N_("settings", 'The policy "Version" must be '
                                                       '"2012-10-17" (or "2008-10-17"), not '
                                                       '{version}').fill(version=repr(version))))
    statements = document.get("Statement")
    if statements is None:
        found.append(Problem("Statement", N_("settings", 'The policy needs a "Statement" (a '
                                                         'list of rules)')))
        return found
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(statements, list) or not statements:
        found.append(Problem("Statement", N_("settings",
                                             '"Statement" must be a non-empty list of rules')))
        return found
    sids: list[str | None] = []
    for row, statement in enumerate(statements):
        found.extend(_statement_problems(row, statement, bucket))
        sid = statement.get("Sid") if isinstance(statement, dict) else None
        sids.append(sid if isinstance(sid, str) else None)
    found.extend(Problem("Sid", N_("settings", "Two statements share the Sid {sid}; a Sid must "
                                               "be unique").fill(sid=repr(problem_sid)),
                         problem.row)
                 for problem in duplicate_ids("policy", sids)
                 if (problem_sid := sids[problem.row or 0]) is not None)
    return found


_TOP_KEYS = ("Version", "Id", "Statement")
_STATEMENT_KEYS = ("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction",
                   "Resource", "NotResource", "Condition")
_ACTION_RE = re.compile(r"\*|s3:[A-Za-z*?]+", re.ASCII)
_ARN_PREFIX = "arn:aws:s3:::"


def _no_repeats(pairs: list[tuple[str, Any]], repeated: list[str]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            repeated.append(key)
        seen[key] = value
    return seen


def _strings(value: object) -> list[str] | None:
    """A string or a non-empty list of strings, as a list; None for anything else."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return value
    return None


def _statement_problems(row: int, statement: object, bucket: str | None) -> list[Problem]:
    if not isinstance(statement, dict):
        return [Problem("", N_("settings", "Statement {number} must be a JSON object").fill(
            number=row + 1), row)]
    label = N_("settings", "Statement {name}").fill(name=statement.get("Sid") or row + 1)
    return [Problem(key, text.fill(**{**text.values, "statement": label}), row)
            for key, text in _statement_messages(statement, bucket)]


# Each message of one statement names it as {statement}; _statement_problems fills that in.
_ELEMENT_PROBLEM = N_("settings", "{statement}: {problem}")
_NAMED_ELEMENT_PROBLEM = N_("settings", '{statement}: "{element}" {problem}')


def _statement_messages(statement: dict[str, Any],
                        bucket: str | None) -> Iterator[tuple[str, Text]]:
    """(element, message with {statement} still to fill) for each problem of one statement."""
    for key in statement:
        if key not in _STATEMENT_KEYS:
            yield key, N_("settings", "{statement}: unknown element {name}; a statement has "
                                      "{elements}").fill(statement="", name=repr(key),
                                                         elements=", ".join(_STATEMENT_KEYS))
    if "Sid" in statement and not isinstance(statement["Sid"], str):
        yield "Sid", N_("settings", '{statement}: "Sid" must be a string').fill(statement="")
    effect = statement.get("Effect")
    if effect not in EFFECTS:
        yield "Effect", N_("settings", '{statement}: "Effect" must be "Allow" or "Deny", not '
                                       '{effect}').fill(statement="", effect=repr(effect))
    for key, needs in (
            ("Action", N_("settings", '{statement} needs an "Action" (such as '
                                      '"s3:GetObject")')),
            ("Resource", N_("settings", '{statement} needs a "Resource" (such as '
                                        '"arn:aws:s3:::bucket/*")')),
            ("Principal", N_("settings", '{statement} needs a "Principal" (who it applies to; '
                                         '"*" is everyone)'))):
        if key not in statement and f"Not{key}" not in statement:
            yield key, needs.fill(statement="")
    for key in ("Principal", "NotPrincipal"):
        if key in statement and (trouble := _principal_problem(statement[key])):
            yield key, _NAMED_ELEMENT_PROBLEM.fill(statement="", element=key, problem=trouble)
    yield from _target_messages(statement, bucket)
    if "Condition" in statement and (trouble := _condition_problem(statement["Condition"])):
        yield "Condition", _ELEMENT_PROBLEM.fill(statement="", problem=trouble)


def _target_messages(statement: dict[str, Any],
                     bucket: str | None) -> Iterator[tuple[str, Text]]:
    """Problems of the actions and resources: what a statement is about."""
    for key in ("Action", "NotAction", "Resource", "NotResource"):
        if key not in statement:
            continue
        values = _strings(statement[key])
        if values is None:
            yield key, N_("settings", '{statement}: "{element}" must be a string or a non-empty '
                                      'list of strings').fill(statement="", element=key)
        for value in values or ():
            trouble = (_action_problem(value) if key.endswith("Action")
                       else _resource_problem(value, bucket))
            if trouble:
                yield key, _ELEMENT_PROBLEM.fill(statement="", problem=trouble)


def _action_problem(action: str) -> str | None:
    if _ACTION_RE.fullmatch(action) is None:
        return N_("settings", 'the action {action} is not an S3 action such as "s3:GetObject" '
                              'or "s3:*"').fill(action=repr(action))
    return None


def _principal_problem(value: object) -> str | None:
    if value == "*":
        return None
    # S3 bucket policies name users by ARN ("AWS") or by canonical id ("CanonicalUser").
    if isinstance(value, dict) and value and set(value) <= {"AWS", "CanonicalUser"}:
        for principals in map(_strings, value.values()):
            if principals is None or not all(p.strip() for p in principals):
                return N_("settings", "must name users: {example} or a list of them").fill(
                    example='{"AWS": "arn:aws:iam::...:user/name"}')
        return None
    return N_("settings", 'must be "*" (everyone) or {example} naming users').fill(
        example='{"AWS": ...}')


def _resource_problem(resource: str, bucket: str | None) -> str | None:
    if not resource.startswith(_ARN_PREFIX):
        return N_("settings", "the resource {resource} must be an S3 ARN such as {example}"
                  ).fill(resource=repr(resource), example=f'"{_ARN_PREFIX}{bucket or "bucket"}/*"')
    named = resource[len(_ARN_PREFIX):].partition("/")[0]
    if bucket is not None and named != bucket:
        return N_("settings", "the resource {resource} names the bucket {named}; a policy on "
                              "{bucket} can only name {arn} or keys under {arn}/").fill(
            resource=repr(resource), named=repr(named), bucket=repr(bucket),
            arn=f"{_ARN_PREFIX}{bucket}")
    if not named:
        return N_("settings", "the resource {resource} names no bucket").fill(
            resource=repr(resource))
    return None


def _condition_problem(value: object) -> str | None:
    if not isinstance(value, dict) or not value:
        return N_("settings", '"Condition" must be an object of operators, such as {example}'
                  ).fill(example='{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}')
    for operator, test in value.items():
        if not isinstance(test, dict) or not test:
            return N_("settings", "the condition {operator} must map keys to values, such as "
                                  "{example}").fill(operator=repr(operator),
                                                    example='{"aws:SourceIp": "203.0.113.0/24"}')
    return None

"""Bucket policies: JSON text the user edits, checked locally so mistakes point at a line."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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

    def problems(self) -> list[str]:
        return policy_problems(self.text)

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
        raise ValueError(f"The policy is not valid JSON: {exc.msg} at line {exc.lineno}, "
                         f"column {exc.colno}") from None


def policy_problems(text: str) -> list[str]:
    """What is visibly wrong with a policy before the server sees it (it checks the rest)."""
    if not text.strip():
        return ["The policy is empty (delete the policy to remove it)"]
    try:
        document = _load(text)
    except ValueError as exc:
        return [str(exc)]
    if not isinstance(document, dict):
        return ["A bucket policy must be a JSON object ({ ... }), not a "
                f"{type(document).__name__ if document is not None else 'null'}"]
    found: list[str] = []
    version = document.get("Version")
    if version is None:
        found.append('The policy needs a "Version", normally "2012-10-17"')
    elif version not in POLICY_VERSIONS:
        found.append(f'The policy "Version" must be "2012-10-17" (or "2008-10-17"), '
                     f"not {version!r}")
    statements = document.get("Statement")
    if statements is None:
        found.append('The policy needs a "Statement" (a list of rules)')
        return found
    if isinstance(statements, dict):
        statements = [statements]
    if not isinstance(statements, list) or not statements:
        found.append('"Statement" must be a non-empty list of rules')
        return found
    for number, statement in enumerate(statements, 1):
        found.extend(_statement_problems(number, statement))
    return found


def _statement_problems(number: int, statement: object) -> list[str]:
    if not isinstance(statement, dict):
        return [f"Statement {number} must be a JSON object"]
    label = f"Statement {statement.get('Sid') or number}"
    found: list[str] = []
    effect = statement.get("Effect")
    if effect not in EFFECTS:
        found.append(f'{label}: "Effect" must be "Allow" or "Deny", not {effect!r}')
    if "Action" not in statement and "NotAction" not in statement:
        found.append(f'{label} needs an "Action" (such as "s3:GetObject")')
    if "Resource" not in statement and "NotResource" not in statement:
        found.append(f'{label} needs a "Resource" (such as "arn:aws:s3:::bucket/*")')
    if "Principal" not in statement and "NotPrincipal" not in statement:
        found.append(f'{label} needs a "Principal" (who it applies to; "*" is everyone)')
    return found

"""A forgiving INI reader for the files other tools write (s3cmd, rclone, the AWS CLI).

configparser stops at the first duplicate section and knows nothing of the AWS nested blocks
(`s3 =` followed by indented `addressing_style = path`), so the three formats share this one:
BOM and CRLF tolerated, `#`/`;` comments (also after a value, when preceded by a space:
secret keys never contain spaces), duplicate sections merged with a note, keys lower-cased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_INLINE_COMMENT = re.compile(r"\s+[#;].*$")


@dataclass
class Section:
    name: str
    values: dict[str, str] = field(default_factory=dict)
    nested: dict[str, dict[str, str]] = field(default_factory=dict)  # AWS "s3 =" blocks

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)

    def flag(self, key: str, default: bool = False) -> bool:
        """A yes/no value the way these tools write them (True, true, yes, 1, on)."""
        value = self.values.get(key, "").strip().lower()
        if not value:
            return default
        return value in ("1", "true", "yes", "on")


@dataclass
class IniFile:
    sections: dict[str, Section] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _value(raw: str) -> str:
    return _INLINE_COMMENT.sub("", raw).strip()


def parse_ini(text: str) -> IniFile:
    """Parse `text`; never raises. Lines it cannot read become notes (without their content,
    which might hold a secret)."""
    result = IniFile()
    current: Section | None = None
    parent: str | None = None  # the key whose indented block we are in
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            name = stripped[1:-1].strip()
            parent = None
            if name in result.sections:
                result.notes.append(f"section [{name}] appears twice; the later values win")
            current = result.sections.setdefault(name, Section(name))
            continue
        if current is None:
            result.notes.append(f"line {number} is outside any section and was ignored")
            continue
        key, sep, raw = line.partition("=")
        indented = line[:1].isspace()
        if not sep:
            result.notes.append(f"line {number} in [{current.name}] is not 'name = value'")
            continue
        key = key.strip().lower()
        if indented and parent is not None:
            current.nested.setdefault(parent, {})[key] = _value(raw)
            continue
        value = _value(raw)
        current.values[key] = value
        parent = key if not value else None
    return result

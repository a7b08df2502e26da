"""Core texts marked for translation: to the core they are the plain English str."""

from __future__ import annotations

import copy

from spacesgui.s3.texts import N_, Text, joined


def test_a_marked_text_is_its_english_text() -> None:
    text = N_("settings", "The number of days")
    assert text == "The number of days" and isinstance(text, str)
    assert (text.context, text.template, dict(text.values)) == ("settings",
                                                                "The number of days", {})


def test_a_filled_template_keeps_the_template_and_its_values() -> None:
    days = N_("settings", "{count} days").fill(count=3)
    text = N_("settings", "expire after {days}").fill(days=days)
    assert text == "expire after 3 days"
    assert text.template == "expire after {days}" and text.values == {"days": days}
    assert {text: 1}["expire after 3 days"] == 1   # hashes as the str


def test_a_text_survives_copying() -> None:
    text = N_("settings", "At most {max} rules").fill(max=100)
    for again in (copy.copy(text), copy.deepcopy(text)):
        assert isinstance(again, Text) and again == text
        assert (again.context, again.template, dict(again.values)) == (
            "settings", "At most {max} rules", {"max": 100})


def test_joined_keeps_each_part_and_translates_no_separator() -> None:
    parts = [N_("settings", "remove expired delete markers"), "uses Filter"]
    text = joined("; ", parts)
    assert text == "remove expired delete markers; uses Filter"
    assert text.context == "" and list(text.values.values()) == parts
    assert joined("; ", []) == ""

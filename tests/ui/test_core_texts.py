"""Core texts shown in the interface language: the template is translated, then filled in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from spacesgui.connection_check import TITLES
from spacesgui.s3.models.config_lifecycle import LifecycleRule
from spacesgui.s3.settings.lifecycle import rule_actions
from spacesgui.s3.texts import N_, joined
from spacesgui.ui.translations import shown

_GERMAN = {
    ("settings", "expire after {days}"): "nach {days} l\u00f6schen",
    ("settings", "{count} days"): "{count} Tagen",
    ("settings", "remove expired delete markers"): "abgelaufene L\u00f6schmarker entfernen",
    ("connection_steps", "Reach the endpoint"): "Endpunkt erreichen",
}


class _Catalog(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return _GERMAN.get((context, source))   # None: not in this catalog


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    catalog = _Catalog(qapp)
    qapp.installTranslator(catalog)
    yield
    qapp.removeTranslator(catalog)


def test_a_filled_core_text_is_translated_before_it_is_filled(german: None) -> None:
    rule = LifecycleRule(prefix="logs/", expiration_days=30, expired_object_delete_marker=None)
    actions = rule_actions(rule)
    assert actions == "expire after 30 days"   # the core's own value stays English
    assert shown(actions) == "nach 30 Tagen l\u00f6schen"


def test_joined_parts_are_each_translated(german: None) -> None:
    text = joined("; ", [N_("settings", "remove expired delete markers"), "uses Filter"])
    assert shown(text) == "abgelaufene L\u00f6schmarker entfernen; uses Filter"


def test_a_core_title_uses_the_interface_context(german: None) -> None:
    # Marked in the core in the context the connection view marks the same title in.
    assert shown(TITLES["reach"]) == "Endpunkt erreichen"


def test_untranslated_and_plain_texts_stay_english(german: None) -> None:
    assert shown(N_("settings", "nothing")) == "nothing"
    assert shown("plain {braces}") == "plain {braces}"

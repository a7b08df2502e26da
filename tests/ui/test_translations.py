"""Languages: the German translation is complete and current, and the window speaks it when the
system locale or `--lang` asks for German."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui import __main__ as cli
from spacesgui.app import AppContext
from spacesgui.states import JobState
from spacesgui.ui.dialogs.bulk_properties import BulkPropertiesDialog, describe_targets
from spacesgui.ui.dialogs.expiry import expires_text
from spacesgui.ui.transfer_panel import totals_text
from spacesgui.ui.translations import install_translators, remove_translators
from spacesgui.ui.window import MainWindow
from spacesgui.workers.transfer_store import Totals

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
GERMAN = TS_DIR / "spacesgui_de.ts"
sys.path.insert(0, str(ROOT / "packaging"))
import translations as tool  # noqa: E402  packaging/ is scripts, not a package


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm files compiled from the committed sources, as the build makes them."""
    out = tmp_path_factory.mktemp("qm")
    assert tool.build(TS_DIR, out) == [out / "spacesgui_de.qm", out / "spacesgui_en.qm"]
    return out


@pytest.fixture
def german(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    translators = install_translators(qapp, "de", directories=[qm_dir])
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(QLocale.system())


def _texts(ts: Path) -> str:
    return ts.read_text(encoding="utf-8")


def test_the_translation_sources_are_current(tmp_path: Path) -> None:
    """`translations.py update` on the code as committed changes no .ts file."""
    shutil.copytree(ROOT / "spacesgui", tmp_path / "spacesgui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TS_DIR, tmp_path / "resources" / "translations",
                    ignore=shutil.ignore_patterns("*.qm"))
    tool.update(root=tmp_path)
    for ts in sorted(TS_DIR.glob("*.ts")):
        fresh = tmp_path / "resources" / "translations" / ts.name
        assert _texts(fresh) == _texts(ts), (
            f"{ts.name} is stale: run `python packaging/translations.py update`, translate the "
            "new entries, and commit")


def test_the_german_translation_is_complete() -> None:
    root = etree.parse(str(GERMAN)).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 300
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation") is not None
                  and m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    for message in messages:  # placeholders survive translation
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""]
        for form in forms:
            assert form.strip(), source
            assert sorted(re.findall(r"\{[^{}]*\}", form)) == sorted(
                re.findall(r"\{[^{}]*\}", source)), source
            if "&" in source.replace("&&", ""):
                assert "&" in form, f"{source!r} lost its shortcut key"


def test_lang_de_makes_the_menus_and_actions_german(qtbot: QtBot, german: None,
                                                    context: AppContext, tmp_path: Path) -> None:
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:4] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Gehe zu"]
    actions = window.window_actions
    assert actions["upload_files"].text() == "Dateien &hochladen\u2026"
    assert actions["delete"].text() == "&L\u00f6schen\u2026"
    assert actions["refresh"].statusTip() == "Diesen Ordner neu laden"
    header = window.table_model.headerData(1, Qt.Orientation.Horizontal)
    assert header.strip() == "Gr\u00f6\u00dfe"
    assert window.filter_box.placeholderText() == "Ordner filtern"


def test_texts_made_outside_widgets_are_german_too(qtbot: QtBot, german: None) -> None:
    """Counts in plain functions (two texts each), the transfer totals and dates."""
    assert describe_targets(["photos/site/", "a.txt", "b.txt"]) == (
        "jedes Objekt in \u201esite\u201c sowie 2 Dateien")
    totals = Totals(done_bytes=0, total_bytes=0, speed=0.0, eta=None,
                    counts={JobState.RUNNING: 2, JobState.FAILED: 1})
    assert totals_text(totals) == "2 aktiv \u00b7 1 fehlgeschlagen"
    assert expires_text(datetime(2026, 12, 5, 8, 30).astimezone()).startswith(
        "Samstag, 5. Dezember 2026, 08:30")
    dialog = BulkPropertiesDialog("b", ["x.txt", "y.txt"], lambda _edits: None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Eigenschaften \u2014 2 Elemente"


def test_english_plurals_come_from_the_english_catalog(qtbot: QtBot, qapp: QApplication,
                                                       qm_dir: Path) -> None:
    translators = install_translators(qapp, "en", directories=[qm_dir])
    try:
        dialog = BulkPropertiesDialog("b", ["x.txt", "y.txt"], lambda _edits: None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Properties \u2014 2 items"
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(QLocale.system())


def test_the_system_locale_chooses_german(qm_dir: Path) -> None:
    """LANG=de_DE.UTF-8 with no --lang: a fresh process shows German menu titles."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication, QMainWindow\n"
        "from spacesgui.ui.actions import WindowActions\n"
        "from spacesgui.ui.translations import install_translators\n"
        "app = QApplication([])\n"
        "install_translators(app, None, directories=[Path(sys.argv[1])])\n"
        "win = QMainWindow()\n"
        "actions = WindowActions(win)\n"
        "actions.build_menus(None)\n"
        "print('|'.join(a.text() for a in win.menuBar().actions()))\n")
    env = {**os.environ, "LANG": "de_DE.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    env.pop("LANGUAGE", None)
    out = subprocess.run([sys.executable, "-c", script, str(qm_dir)], env=env, check=True,
                         capture_output=True, text=True, timeout=60).stdout
    assert out.split("|")[:2] == ["&Datei", "&Bearbeiten"]


def test_lang_is_a_command_line_option() -> None:
    assert cli.parse_args(["--lang", "de"]).lang == "de"
    assert cli.parse_args([]).lang is None

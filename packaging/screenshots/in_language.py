"""Run any screenshot script in another interface language (not a test).

Usage: python packaging/screenshots/in_language.py LANG SCRIPT [ARGS...]
e.g.   python packaging/screenshots/in_language.py de screenshot_dialogs.py /tmp/shots-de

Creates the QApplication, installs the translators as `spacesgui --lang LANG` does (from .qm
files compiled into a temporary directory), then runs the script, which reuses that
application. Shows whether translated texts fit their windows.
"""

from __future__ import annotations

import runpy
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import translations  # noqa: E402  packaging/translations.py

from spacesgui.ui.translations import install_translators  # noqa: E402


def main() -> None:
    lang, script, *args = sys.argv[1:]
    qm_dir = Path(tempfile.mkdtemp(prefix="spacesgui-qm-"))
    translations.build(out=qm_dir)
    app = QApplication(sys.argv[:1])
    install_translators(app, lang, directories=[qm_dir])
    target = HERE / script
    sys.path.insert(0, str(HERE))
    sys.argv = [str(target), *args]
    runpy.run_path(str(target), run_name="__main__")


if __name__ == "__main__":
    main()

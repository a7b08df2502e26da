"""Keep the translation sources current and compile them.

    python packaging/translations.py update [LANG ...]   # refresh resources/translations/*.ts
    python packaging/translations.py build [--out DIR]   # compile every .ts into a .qm

Texts are marked in the code with `self.tr()`, `QCoreApplication.translate(context, text)` or,
in tables made at import time, `N_(context, text)` (Qt's QT_TRANSLATE_NOOP) translated where
shown. `update` runs Qt's lupdate (shipped with PySide6) over the `spacesgui` package: new texts are
added as unfinished, texts no longer in the code are dropped, translations of unchanged texts
are kept. Given a LANG it also starts `spacesgui_<LANG>.ts` for a new language. Locations keep
the file name but not the line, so the sources change only when the texts do.

`build` runs lrelease; the `.qm` files are build products (not committed), made by the run and
test scripts and by the desktop build, and loaded by `spacesgui.ui.translations`.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
CATALOG = "spacesgui"
# Tables built at import (before a translator exists) mark their texts with
# `from PySide6.QtCore import QT_TRANSLATE_NOOP as N_` and translate them where shown.
MARKER = "N_"
SOURCE_LANG = "en"
_LINE = re.compile(r'(<location filename="[^"]*") line="[^"]*"')


def qt_tool(name: str) -> str:
    """PySide6's wrapper (pyside6-lupdate) next to this Python, else on PATH."""
    script = f"pyside6-{name}"
    here = Path(sys.executable).parent / script
    for candidate in (here, here.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(script) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{script} not found: install PySide6-Essentials into this Python")
    return found


def sources(root: Path) -> list[Path]:
    return sorted((root / "spacesgui").rglob("*.py"))


def ts_files(ts_dir: Path, langs: list[str]) -> list[Path]:
    files = {p.name: p for p in ts_dir.glob(f"{CATALOG}_*.ts")}
    for lang in langs:
        name = f"{CATALOG}_{lang}.ts"
        files.setdefault(name, ts_dir / name)
    return [files[n] for n in sorted(files)]


def update(root: Path = ROOT, ts_dir: Path | None = None, langs: list[str] | None = None) -> None:
    ts_dir = ts_dir or root / "resources" / "translations"
    ts_dir.mkdir(parents=True, exist_ok=True)
    targets = ts_files(ts_dir, langs or [])
    if not targets:
        raise SystemExit(f"no {CATALOG}_*.ts in {ts_dir}: name a language to start one")
    # Relative to the .ts file: the same text wherever the clone is.
    files = [str(p.relative_to(root)) for p in sources(root)]
    for ts in targets:
        # The source language needs only the plural forms ("%n file(s)": "1 file", "2 files").
        plural_only = ["-pluralonly"] if ts.name == f"{CATALOG}_{SOURCE_LANG}.ts" else []
        subprocess.run([qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "absolute",  # noqa: S603
                        *plural_only, "-tr-function-alias", f"QT_TRANSLATE_NOOP+={MARKER}",
                        *files, "-ts", str(ts)], cwd=root, check=True)
        ts.write_text(_LINE.sub(r"\1", ts.read_text(encoding="utf-8")), encoding="utf-8")


def build(ts_dir: Path = TS_DIR, out: Path | None = None) -> list[Path]:
    """Compile each .ts whose .qm is missing or older; return every .qm."""
    out = out or ts_dir
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in ts_files(ts_dir, []):
        qm = out / ts.with_suffix(".qm").name
        made.append(qm)
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],  # noqa: S603
                       check=True)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="refresh the .ts sources from the code")
    up.add_argument("langs", nargs="*", help="also start a .ts for these languages (e.g. fr)")
    bu = commands.add_parser("build", help="compile the .ts sources into .qm files")
    bu.add_argument("--out", type=Path, help="where to write the .qm files (default: beside)")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(langs=args.langs)
    else:
        for qm in build(out=args.out):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())

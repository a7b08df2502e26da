"""Installs the top-level resources/ as the package data spacesgui/data (see ui/resources.py).

The translations' .qm files are build products: compiled here from resources/translations/*.ts
with Qt's lrelease (PySide6 is a build requirement for that reason), so every wheel and every
install carries them. Everything else about the project is declared in pyproject.toml.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _lrelease() -> str | None:
    """PySide6's lrelease wrapper beside this Python, if PySide6 is installed here."""
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin",
                   Path(sys.prefix) / "Scripts"):
        for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
            if (folder / name).exists():
                return str(folder / name)
    return None


class BuildWithTranslations(build_py):
    """build_py that also compiles each .ts source into the package's .qm files."""

    def run(self) -> None:
        super().run()
        sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
        lrelease = _lrelease()
        if not sources or self.editable_mode:
            return  # an editable install reads the .qm files the run and test scripts build
        if lrelease is None:
            raise SystemExit("setup.py: pyside6-lrelease not found; install PySide6-Essentials "
                             "into the build environment to compile the translations")
        out = Path(self.build_lib) / "spacesgui" / "data" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            subprocess.run([lrelease, "-silent", str(ts), "-qm",  # noqa: S603
                            str(out / ts.with_suffix(".qm").name)], check=True)


setup(
    packages=[*find_packages(include=["spacesgui", "spacesgui.*"]), "spacesgui.data"],
    package_dir={"spacesgui.data": "resources"},
    package_data={"spacesgui.data": ["*.desktop", "*.xml", "icons/*/*.svg", "icons/*/*.png",
                                     "translations/*.qm"]},
    cmdclass={"build_py": BuildWithTranslations},
)

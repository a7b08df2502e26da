"""Installs the top-level resources/ as the package data spacesgui/data (see ui/resources.py).

Everything else about the project is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["spacesgui", "spacesgui.*"]), "spacesgui.data"],
    package_dir={"spacesgui.data": "resources"},
    package_data={"spacesgui.data": ["*.desktop", "*.xml", "icons/*/*.svg", "icons/*/*.png",
                                     "translations/*.qm"]},
)

"""The app's look: the system's style and palette, or Fusion with a light or a dark palette.

The system's style and palette are remembered the first time a theme is applied, so choosing
"System" again later restores them without a restart.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from spacesgui.preferences import Theme

FUSION = "Fusion"


def dark_palette() -> QPalette:
    """A dark palette for Fusion (also what the screenshot tools use for their dark shots)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, colour in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"),
                         (role.Base, "#1e1e1e"), (role.AlternateBase, "#2f2f2f"),
                         (role.Text, "#e6e6e6"), (role.Button, "#353535"),
                         (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d8ee6"),
                         (role.HighlightedText, "#ffffff"), (role.ToolTipBase, "#353535"),
                         (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#8c8c8c"),
                         (role.Link, "#6fb3ff"), (role.BrightText, "#ff6b6b")):
        palette.setColor(name, QColor(colour))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, name, QColor("#7f7f7f"))
    return palette


class ThemeSwitcher:
    """Applies a Theme to one QApplication, and can go back to what the system gave it."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._system_style = app.style().name()
        self._system_palette = QPalette(app.palette())
        self.theme = Theme.SYSTEM

    def apply(self, theme: Theme) -> None:
        if theme == self.theme:
            return
        app = self._app
        if theme == Theme.SYSTEM:
            app.setStyle(QStyleFactory.create(self._system_style) or self._system_style)
            app.setPalette(self._system_palette)
        else:
            app.setStyle(FUSION)
            app.setPalette(dark_palette() if theme == Theme.DARK
                           else app.style().standardPalette())
        self.theme = theme

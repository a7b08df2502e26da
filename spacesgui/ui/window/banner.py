"""Above the table: what the sandbox is, and "Add Spaces account…" one click away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from spacesgui.ui.models.entries import Location


class WelcomeBanner(QFrame):
    """Shown while there is no account, while the sandbox starts, and inside the sandbox.

    Args:
        sandbox_starting: whether the local sandbox is starting.
        is_sandbox: whether an account id is the sandbox.
    """

    def __init__(self, *, sandbox_starting: Callable[[], bool],
                 is_sandbox: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sandbox_starting, self._is_sandbox = sandbox_starting, is_sandbox
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.color(palette.ColorRole.AlternateBase))
        self.setPalette(palette)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QToolButton()
        self.button.setObjectName("welcomeAddAccount")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The sandbox takes about a second to start (moto imports on a worker): show it moves.
        self.busy = QProgressBar()
        self.busy.setObjectName("welcomeBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(120)
        self.busy.setAccessibleName(self.tr("Starting the local sandbox"))
        row.addWidget(self.text, 1)
        row.addWidget(self.busy)
        row.addWidget(self.button)
        self.hide()

    def use_action(self, add_account: QAction) -> None:
        """The action behind the button ("Add Spaces Account…")."""
        self.button.setDefaultAction(add_account)

    def update_for(self, location: Location | None) -> None:
        starting = location is None and self._sandbox_starting()
        self.busy.setVisible(starting)
        if starting:
            self.text.setText(self.tr("Starting the <b>Local sandbox</b> \u2014 sample buckets on "
                                      "a server inside the app\u2026"))
        elif location is None:
            self.text.setText(self.tr("No account yet. Add your DigitalOcean Spaces key to get "
                                      "started."))
        elif self._is_sandbox(location.account_id):
            self.text.setText(self.tr("You are in the <b>Local sandbox</b>: sample data on a "
                                      "server inside the app, for trying things out. Nothing here "
                                      "is saved."))
        else:
            self.hide()
            return
        self.show()

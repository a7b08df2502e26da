"""The two questions the accounts dialog asks: keep a secret for this session, remove an account.

Both are window-modal boxes opened with open() (never exec()), deleted when closed; the caller
connects `finished` and compares `clickedButton()` with the returned button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, *, info: str,
         name: str) -> QMessageBox:
    box = QMessageBox(icon, title, "", parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(info)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def keyring_question(parent: QWidget, reason: str) -> tuple[QMessageBox, QAbstractButton]:
    """Tell the user plainly the keyring is unusable; offer memory only, never a file."""
    box = _box(parent, QMessageBox.Icon.Warning, "Keyring Not Available", reason,
               info="spacesgui never writes secret keys to a file. It can keep the secret key in "
               "memory until you quit, and ask for it again next time.",
               name="keyringUnavailableBox")
    keep = box.addButton("Keep for This &Session Only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box, keep


def remove_question(parent: QWidget, name: str) -> tuple[QMessageBox, QAbstractButton]:
    box = _box(parent, QMessageBox.Icon.Question, "Remove Account",
               f"Remove the account \u201c{name}\u201d?",
               info="Its secret key is deleted from the keyring. Nothing in your buckets is "
               "changed.", name="removeAccountBox")
    confirm = box.addButton("&Remove", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter must not delete by accident
    return box, confirm

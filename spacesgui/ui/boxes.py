"""Every confirm and question box of the app, built one way.

A box is window-modal and opened with open(), never exec(), so the event loop keeps running;
it deletes itself when closed, shows its text as plain text (names of objects and accounts are
untrusted), and hands its answer to a callback. Tests replace `confirm` and `ask_text` here, in
the pytest-qt "modal dialogs" style. The account questions return their box unopened, for a
caller that also acts on "no".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QInputDialog, QLineEdit, QMessageBox, QWidget

from spacesgui.sse_keys import CustomerKeyRef


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, *, info: str,
         name: str) -> QMessageBox:
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(info)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def question(parent: QWidget, title: str, text: str, *, info: str, name: str, yes_text: str,
             destructive: bool = False, icon: QMessageBox.Icon = QMessageBox.Icon.Question,
             ) -> tuple[QMessageBox, QAbstractButton]:
    """A box asking `text`, with `yes_text` and Cancel; the caller connects `finished`, compares
    `clickedButton()` with the returned button, then calls `open()`.

    A destructive question defaults to Cancel, so Enter never deletes by accident.
    """
    box = _box(parent, icon, title, text, info=info, name=name)
    role = (QMessageBox.ButtonRole.DestructiveRole if destructive
            else QMessageBox.ButtonRole.AcceptRole)
    yes = box.addButton(yes_text, role)
    box.addButton(QMessageBox.StandardButton.Cancel)
    if destructive:
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, yes


def confirm(parent: QWidget, title: str, text: str, detail: str, *, ok_text: str,
            on_yes: Callable[[], None]) -> QMessageBox:
    """Ask before something irreversible; `on_yes` runs only after an explicit yes."""
    box, yes = question(parent, title, text, info=detail, name="confirmBox", yes_text=ok_text,
                        destructive=True, icon=QMessageBox.Icon.Warning)
    box.finished.connect(lambda _result: on_yes() if box.clickedButton() is yes else None)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str, *, name: str) -> QMessageBox:
    """A message with OK only (About); nothing waits for it."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, info="", name=name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def ask_text(parent: QWidget, title: str, label: str, text: str,
             on_ok: Callable[[str], None]) -> QInputDialog:
    """A one-line prompt (new folder, rename, search); the name part is preselected."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("textPrompt")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(lambda value: on_ok(value.strip()) if value.strip() else None)
    dialog.open()
    edit = dialog.findChild(QLineEdit)
    if edit is not None and text:
        stem = text.rfind(".")
        # Like file managers: the name is selected, not the extension (after open(), which
        # selects everything).
        edit.setSelection(0, stem if stem > 0 else len(text))
    return dialog


def keyring_question(parent: QWidget, reason: str) -> tuple[QMessageBox, QAbstractButton]:
    """Tell the user plainly the keyring is unusable; offer memory only, never a file."""
    return question(parent, QCoreApplication.translate("boxes", "Keyring Not Available"), reason,
                    info=QCoreApplication.translate("boxes",
                                                    "spacesgui never writes secret keys to a "
                                                    "file. It can keep the secret key in memory "
                                                    "until you quit, and ask for it again next "
                                                    "time."),
                    name="keyringUnavailableBox", yes_text=QCoreApplication.translate("boxes",
                            "Keep for This &Session Only"),
                    icon=QMessageBox.Icon.Warning)


def remove_question(parent: QWidget, name: str) -> tuple[QMessageBox, QAbstractButton]:
    return question(parent, QCoreApplication.translate("boxes", "Remove Account"),
                    QCoreApplication.translate("boxes",
                                               "Remove the account \u201c{name}\u201d?").format(
                                                       name=name),
                    info=QCoreApplication.translate("boxes",
                                                    "Its secret key and customer keys are deleted "
                                                    "from the keyring. Nothing in your buckets is "
                                                    "changed."), name="removeAccountBox",
                    yes_text=QCoreApplication.translate("boxes", "&Remove"), destructive=True)


def export_key_question(parent: QWidget, name: str) -> tuple[QMessageBox, QAbstractButton]:
    """Before a customer key leaves the keyring: say who can read it once it is copied.
    Cancel is the default, so Enter never copies a key by accident."""
    box, yes = question(parent, QCoreApplication.translate("boxes", "Export Customer Key"),
                    QCoreApplication.translate("boxes",
                                               "Copy the key \u201c{name}\u201d to the "
                                               "clipboard?").format(name=name),
                    info=QCoreApplication.translate("boxes",
                                                    "Anyone who has this key can read every file "
                                                    "encrypted with it. Once copied, any program "
                                                    "you run can read the clipboard, a clipboard "
                                                    "manager may keep it in its history, and so "
                                                    "can whatever you paste it into. Keep the "
                                                    "copy somewhere safe, such as a password "
                                                    "manager, and do not send it by e-mail or "
                                                    "chat."),
                    name="exportKeyBox", yes_text=QCoreApplication.translate("boxes",
                            "&Copy to Clipboard"),
                    icon=QMessageBox.Icon.Warning)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box, yes


def choose_key(parent: QWidget, text: str, keys: tuple[CustomerKeyRef, ...],
               on_choice: Callable[[str], object], *, current: str | None = None,
               no_key: str | None = None, title: str | None = None,
               ok_text: str | None = None) -> QInputDialog:
    """Ask which of the account's customer keys to use; `on_choice` gets the key's name. Each
    is listed with its fingerprint (the MD5 the server compares), never the key. `current`
    (the account's default) is preselected and marked; a `no_key` text adds a last choice
    meaning no key, for which `on_choice` gets ""."""
    labels = {QCoreApplication.translate("boxes", "{name}  (MD5 {md5})").format(name=ref.name,
            md5=ref.md5)
              + (QCoreApplication.translate("boxes", "  \u2014 default")
                 if current and ref.name == current else ""): ref.name
              for ref in keys}
    if no_key is not None:
        labels[no_key] = ""
    dialog = QInputDialog(parent)
    dialog.setObjectName("chooseKeyBox")
    dialog.setWindowTitle(title or QCoreApplication.translate("boxes", "Choose Customer Key"))
    dialog.setLabelText(text)
    dialog.setComboBoxItems(list(labels))
    dialog.setComboBoxEditable(False)
    if ok_text is not None:
        dialog.setOkButtonText(ok_text)
    chosen = next((label for label, name in labels.items() if name == current), None)
    if chosen is not None:
        dialog.setTextValue(chosen)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(
        lambda label: on_choice(labels[label]) if label in labels else None)
    dialog.open()
    return dialog

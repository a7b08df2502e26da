"""How long a link or a form stays valid: presets, or a custom amount of minutes, hours or days.

One picker for every dialog that signs something (share link, links for a selection, upload
link and form), so they offer the same choices and refuse the same lengths.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from spacesgui.ui.translations import N_

HOUR = 3600
DAY = 24 * HOUR
SIGV4_MAX_SECONDS = 7 * DAY
SIGV2_MAX_SECONDS = 3650 * DAY  # SigV2 has no ceiling; ten years keeps the spin box sane
PRESETS: tuple[tuple[str, int], ...] = (
    (N_("ExpiryPicker", "1 hour"), HOUR), (N_("ExpiryPicker", "6 hours"), 6 * HOUR),
    (N_("ExpiryPicker", "1 day"), DAY), (N_("ExpiryPicker", "3 days"), 3 * DAY),
    (N_("ExpiryPicker", "7 days"), 7 * DAY))
CUSTOM = -1
UNITS: tuple[tuple[str, int], ...] = (
    (N_("ExpiryPicker", "minutes"), 60), (N_("ExpiryPicker", "hours"), HOUR),
    (N_("ExpiryPicker", "days"), DAY))


def max_seconds(signature: str) -> int:
    return SIGV2_MAX_SECONDS if signature == "v2" else SIGV4_MAX_SECONDS


def expires_text(at: datetime) -> str:
    """'Saturday, December 5, 2026, 7:27 AM CET' in the interface's language (strftime would
    name the weekday and month in English whatever the interface)."""
    moment = QDateTime.fromSecsSinceEpoch(int(at.timestamp()))
    locale = QLocale()
    return (f"{locale.toString(moment.date(), QLocale.FormatType.LongFormat)}, "
            f"{locale.toString(moment.time(), QLocale.FormatType.ShortFormat)} "
            f"{moment.timeZoneAbbreviation()}")


class ExpiryPicker(QWidget):
    """A preset box, and a custom amount and unit shown only for "Custom…".

    Signals:
        changed(): the chosen length changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, limit: int = SIGV4_MAX_SECONDS,
                 preset: int = DAY) -> None:
        super().__init__(parent)
        self.limit = limit
        self.box = QComboBox()
        self.box.setObjectName("expiryBox")
        for label, seconds in PRESETS:
            self.box.addItem(QCoreApplication.translate("ExpiryPicker", label), seconds)
        self.box.addItem(QCoreApplication.translate("ExpiryPicker", "Custom\u2026"), CUSTOM)
        self.box.setCurrentIndex(max(0, self.box.findData(preset)))
        self.custom_spin = QSpinBox()
        self.custom_spin.setObjectName("customExpirySpin")
        self.custom_spin.setRange(1, 99999)
        self.custom_spin.setValue(12)
        self.custom_spin.setAccessibleName(
            QCoreApplication.translate("ExpiryPicker", "Custom expiry amount"))
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("customUnitBox")
        self.unit_box.setAccessibleName(
            QCoreApplication.translate("ExpiryPicker", "Custom expiry unit"))
        for label, seconds in UNITS:
            self.unit_box.addItem(QCoreApplication.translate("ExpiryPicker", label), seconds)
        self.unit_box.setCurrentIndex(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.custom_spin)
        row.addWidget(self.unit_box)
        row.addStretch(1)
        self.box.currentIndexChanged.connect(self._on_changed)
        self.custom_spin.valueChanged.connect(self._on_changed)
        self.unit_box.currentIndexChanged.connect(self._on_changed)
        self._show_custom()

    def seconds(self) -> int:
        """The chosen lifetime in seconds (custom or preset)."""
        seconds = self.box.currentData()
        if seconds == CUSTOM:
            return int(self.custom_spin.value()) * int(self.unit_box.currentData())
        return int(seconds)

    def problem(self) -> str:
        """Why the chosen length cannot be signed ("" when it can)."""
        if self.seconds() <= self.limit:
            return ""
        if self.limit == SIGV4_MAX_SECONDS:
            return QCoreApplication.translate(
                "ExpiryPicker", "A link can last at most 7 days: signature version 4 links stop "
                "working after a week. Choose a shorter time.")
        return QCoreApplication.translate("ExpiryPicker", "A link can last at most ten years.")

    def expires_at(self) -> datetime:
        return datetime.now().astimezone() + timedelta(seconds=self.seconds())

    def _show_custom(self) -> None:
        custom = self.box.currentData() == CUSTOM
        self.custom_spin.setVisible(custom)
        self.unit_box.setVisible(custom)

    def _on_changed(self, *_args: object) -> None:
        self._show_custom()
        self.changed.emit()

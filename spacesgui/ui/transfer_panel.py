"""The dockable transfer panel: the queue's jobs with progress bars, and their controls."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from spacesgui.states import FINISHED_STATES, JobState
from spacesgui.ui.formatting import human_size
from spacesgui.ui.models.transfers import (
    COLUMNS,
    ETA,
    KIND,
    NAME,
    PROGRESS,
    SPEED,
    STATE,
    FractionRole,
    TransferTableModel,
    human_duration,
)
from spacesgui.ui.resources import action_icon
from spacesgui.ui.translations import N_
from spacesgui.workers.transfer_store import Totals
from spacesgui.workers.transfers import TransferQueue

AnyIndex = QModelIndex | QPersistentModelIndex
# The totals line's counts, in this order (translated where shown, context "TransferPanel").
_COUNTS: tuple[tuple[JobState, str], ...] = (
    (JobState.RUNNING, N_("TransferPanel", "{n} running")),
    (JobState.THROTTLED, N_("TransferPanel", "{n} throttled")),
    (JobState.QUEUED, N_("TransferPanel", "{n} queued")),
    (JobState.PAUSED, N_("TransferPanel", "{n} paused")),
    (JobState.FAILED, N_("TransferPanel", "{n} failed")),
    (JobState.DONE, N_("TransferPanel", "{n} done")),
    (JobState.CANCELLED, N_("TransferPanel", "{n} cancelled")))
NO_TRANSFERS = N_("TransferPanel", "No transfers")


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar with its text ('45% · 12.3 MiB of 27.0 MiB')."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # The selection background first, so a selected row still looks selected.
        QApplication.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem,
                                           option, painter, option.widget)
        # The model is asked directly: index.data() would go into Qt and back, taking the
        # interpreter lock again each time (see TransferTableModel.multiData).
        model = index.model()
        value = model.data(index, FractionRole)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.direction = option.direction
        bar.fontMetrics = option.fontMetrics
        bar.palette = option.palette
        bar.minimum, bar.maximum = 0, 1000
        # An unknown total (still being measured) shows an empty bar, not a busy animation
        # that a static repaint could not animate anyway.
        bar.progress = round(value * 1000) if isinstance(value, float) and value >= 0 else 0
        bar.text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter,
                                         option.widget)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferPanel", text)


def totals_text(totals: Totals) -> str:
    """'3 running · 1 paused · 2 failed — 1.2 GiB of 4.0 GiB · 45.3 MiB/s · 1 min 05 s left'."""
    counts = " \u00b7 ".join(_tr(text).format(n=totals.counts[s])
                             for s, text in _COUNTS if totals.counts.get(s, 0))
    if not counts:
        return _tr(NO_TRANSFERS)
    parts = [counts]
    if totals.total_bytes:
        parts.append(_tr(N_("TransferPanel", "{done} of {total}")).format(
            done=human_size(totals.done_bytes), total=human_size(totals.total_bytes)))
    if totals.speed > 0:
        parts.append(_tr(N_("TransferPanel", "{size}/s")).format(
            size=human_size(round(totals.speed))))
    if totals.eta is not None:
        parts.append(_tr(N_("TransferPanel", "{time} left")).format(
            time=human_duration(totals.eta)))
    return parts[0] + (" \u2014 " + " \u00b7 ".join(parts[1:]) if len(parts) > 1 else "")


class TransferPanel(QDockWidget):
    """Dock with a table of transfers; keyboard: Ctrl+P pause, Ctrl+R resume, Del cancel,
    Ctrl+Shift+R retry failed, Ctrl+Shift+Del clear finished (while the panel has focus)."""

    def __init__(self, queue: TransferQueue, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Transfers"), parent)
        self.setObjectName("transferPanel")
        self._queue = queue
        self.model = TransferTableModel(queue, self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        self.toolbar = QToolBar(self.tr("Transfer actions"), body)
        self.toolbar.setObjectName("transferToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.table = QTableView(body)
        self.table.setObjectName("transferTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Interactive)
        for column, width in ((KIND, 130), (PROGRESS, 260), (SPEED, 95), (ETA, 95),
                              (STATE, 170)):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(60)
        layout.addWidget(self.table, 1)
        self.totals_label = QLabel(_tr(NO_TRANSFERS), body)
        self.totals_label.setObjectName("transferTotals")
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.totals_label)
        self.setWidget(body)
        self._make_actions()
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        queue.totals_changed.connect(self._on_totals_changed)
        self._on_totals_changed(queue.totals())
        self._update_actions()

    def _make_actions(self) -> None:
        style = QApplication.style()
        specs: list[tuple[str, str, QStyle.StandardPixmap, QKeySequence, Callable[[], object]]] = [
            ("pause", self.tr("&Pause"), QStyle.StandardPixmap.SP_MediaPause,
             QKeySequence("Ctrl+P"),
             self.pause_selected),
            ("resume", self.tr("&Resume"), QStyle.StandardPixmap.SP_MediaPlay,
             QKeySequence("Ctrl+R"),
             self.resume_selected),
            ("cancel", self.tr("&Cancel"), QStyle.StandardPixmap.SP_DialogCancelButton,
             QKeySequence(QKeySequence.StandardKey.Delete), self.cancel_selected),
            ("retry", self.tr("Retry &failed"), QStyle.StandardPixmap.SP_BrowserReload,
             QKeySequence("Ctrl+Shift+R"), self._queue.retry_failed),
            ("clear", self.tr("C&lear finished"), QStyle.StandardPixmap.SP_DialogResetButton,
             QKeySequence("Ctrl+Shift+Del"), self._queue.clear_finished),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        self._enabled: dict[str, bool] = {}
        self._counts: Mapping[JobState, int] = {}
        for name, text, icon, keys, slot in specs:
            own = action_icon(f"transfer_{name}")  # the app's own: the same on every platform
            action = QAction(own or style.standardIcon(icon), text, self)
            action.setObjectName(f"transfer_{name}")
            action.setShortcut(keys)
            # Del must cancel a transfer only while the panel has focus, never an object.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            native = keys.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({native})")
            action.triggered.connect(partial(_call, slot))
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
            if name == "cancel":
                self.toolbar.addSeparator()

    # --- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.model.job_ids(self.table.selectionModel().selectedRows())

    def _selected_states(self) -> set[JobState]:
        states = set()
        for index in self.table.selectionModel().selectedRows():
            job = self.model.job(index)
            if job is not None:
                states.add(job.state)
        return states

    def pause_selected(self) -> None:
        for job_id in self.selected_ids():
            self._queue.pause(job_id)

    def resume_selected(self) -> None:
        for job_id in self.selected_ids():
            self._queue.resume(job_id)

    def cancel_selected(self) -> None:
        for job_id in self.selected_ids():
            self._queue.cancel(job_id)

    def _update_actions(self, *_args: object) -> None:
        states = self._selected_states()
        counts = self._queue.totals().counts
        enable = {
            "pause": bool(states & {JobState.QUEUED, JobState.RUNNING, JobState.THROTTLED}),
            "resume": JobState.PAUSED in states,
            "cancel": bool(states - FINISHED_STATES),
            "retry": counts.get(JobState.FAILED, 0) > 0,
            "clear": sum(counts.get(s, 0) for s in FINISHED_STATES) > 0,
        }
        # Called on every progress tick: only a change goes into Qt (each call into it gives
        # the interpreter lock away, and transfer threads may hold it long before it returns).
        for name, on in enable.items():
            if self._enabled.get(name) != on:
                self._enabled[name] = on
                self.actions_by_name[name].setEnabled(on)

    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu().popup(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        """The right-click menu (its own method so tests need not pop it up)."""
        menu = QMenu(self)
        menu.setObjectName("transferMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in ("pause", "resume", "cancel"):
            menu.addAction(self.actions_by_name[name])
        menu.addSeparator()
        for name in ("retry", "clear"):
            menu.addAction(self.actions_by_name[name])
        return menu

    def _on_totals_changed(self, totals: Totals) -> None:
        self.totals_label.setText(totals_text(totals))
        # Any job changing state changes the counts; a progress tick alone does not, and
        # the actions depend only on states.
        if totals.counts != self._counts:
            self._counts = totals.counts
            self._update_actions()


def _call(slot: Callable[[], object], _checked: bool = False) -> None:
    slot()


__all__ = ["COLUMNS", "ProgressDelegate", "TransferPanel", "TransferTableModel", "totals_text"]

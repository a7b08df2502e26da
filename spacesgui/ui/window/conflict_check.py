"""Check a batch of transfers for targets they would replace, ask once, then queue the batch.

The check runs in the pool (one listing per file or folder, a stat per local file);
the answers come from the preference unless it is "Ask", else from one ConflictDialog for the
whole batch. Every job then goes to the queue with its answers in `JobSpec.conflicts`, so a
folder job applies them file by file and nothing is replaced that nobody answered for.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from spacesgui.clients import AccountNotReady, ClientProvider
from spacesgui.preferences import ConflictPolicy
from spacesgui.s3.transfer.common import MiB, TransferControl
from spacesgui.s3.transfer.conflicts import Answer, Conflict, Decisions, Request, find_conflicts
from spacesgui.states import JobKind
from spacesgui.ui.errors import ErrorPresenter
from spacesgui.workers.tasks import TaskRunner, TaskToken
from spacesgui.workers.transfer_jobs import JobSpec, last_segment
from spacesgui.workers.transfers import TransferQueue

if TYPE_CHECKING:
    from spacesgui.ui.dialogs.conflicts import ConflictDialog

log = logging.getLogger(__name__)

_FIXED = {ConflictPolicy.REPLACE: Answer.REPLACE, ConflictPolicy.SKIP: Answer.SKIP,
          ConflictPolicy.KEEP_BOTH: Answer.KEEP_BOTH}


def requests_for(spec: JobSpec) -> list[Request]:
    """What of `spec` could replace something, as the core checks it."""
    kind = spec.kind
    if kind in (JobKind.UPLOAD, JobKind.FOLDER_UPLOAD):
        return [Request("upload", spec.bucket, spec.key, spec.path,
                        folder=kind == JobKind.FOLDER_UPLOAD)]
    if kind in (JobKind.DOWNLOAD, JobKind.PREFIX_DOWNLOAD):
        return [Request("download", spec.bucket, spec.key, spec.path,
                        folder=kind == JobKind.PREFIX_DOWNLOAD)]
    if kind in (JobKind.COPY, JobKind.MOVE):
        folder = spec.dst_bucket or spec.bucket
        return [Request("copy", folder, key, src_bucket=spec.bucket, folder=key.endswith("/"),
                        dst_key=spec.dst_prefix + last_segment(key)
                        + ("/" if key.endswith("/") else ""))
                for key in spec.keys]
    return []


def automatic(conflict: Conflict, policy: ConflictPolicy) -> Answer | None:
    """The answer the preference gives, or None when the user must be asked. An interrupted
    transfer with nothing at the target is resumed: that replaces nothing."""
    if conflict.existing is None and conflict.resumable and policy != ConflictPolicy.ASK:
        return Answer.RESUME
    if policy == ConflictPolicy.SKIP_IDENTICAL:
        return Answer.SKIP if conflict.identical else None
    return _FIXED.get(policy)


@dataclass(eq=False)
class _Batch:
    """One checked batch: its jobs, their conflicts, and the answers given so far."""

    specs: tuple[JobSpec, ...]
    conflicts: list[Conflict]
    answers: list[Answer | None]

    @property
    def asked(self) -> list[int]:
        return [i for i, a in enumerate(self.answers) if a is None]


class ConflictCheck(QObject):
    """Checks, asks, queues. One batch is one account's jobs with the same destination.

    Signals:
        queued(object): the ids of a batch's jobs, once queued.
        dropped(): a batch was cancelled in the dialog or its check failed; nothing queued.
    """

    queued = Signal(object)
    dropped = Signal()

    def __init__(self, parent: QWidget, *, runner: TaskRunner, clients: ClientProvider,
                 queue: TransferQueue, policy: Callable[[], ConflictPolicy],
                 errors: ErrorPresenter) -> None:
        super().__init__(parent)
        self._parent, self._runner, self._clients = parent, runner, clients
        self._queue, self._policy, self._errors = queue, policy, errors
        self._pending: dict[int, tuple[JobSpec, ...]] = {}    # task id -> the batch
        # Questions come in the order the batches were asked for, whichever check ends first.
        self._order: deque[int] = deque()                     # task ids still to be asked
        self._checked: dict[int, _Batch] = {}                 # checked, waiting for an answer
        self.dialog: ConflictDialog | None = None             # the open question

    def submit(self, specs: Sequence[JobSpec]) -> None:
        """Check `specs` (one account's transfers to one place) and queue them as answered."""
        specs = tuple(specs)
        if not specs:
            return
        if self._policy() == ConflictPolicy.REPLACE:
            self._enqueue([(s, None) for s in specs])   # as before: nothing to ask or check
            return
        first = specs[0]
        try:
            client = self._clients(first.dst_account or first.account_id)
            source = self._clients(first.account_id)
        except AccountNotReady as exc:  # its text is written for the user
            self._errors.blocking(self.tr("Transfer"), exc)
            return
        requests = [(i, r) for i, s in enumerate(specs) for r in requests_for(s)]
        journal = self._queue.journal
        # Multipart ETags are proven equal by cutting the file as this app (and most
        # others) would: the configured part size, and the common 8 and 16 MiB.
        config = self._queue.tuning[1]
        part_sizes = sorted({config.part_size, 8 * MiB, 16 * MiB})

        def check(token: TaskToken) -> list[Conflict]:
            found = find_conflicts(client, [r for _i, r in requests], journal=journal,
                                   control=TransferControl(token), source_client=source,
                                   part_sizes=part_sizes, config=config)
            # Back from the flat request list to the index of each conflict's job.
            return [replace(c, request=requests[c.request][0]) for c in found]

        task = self._runner.submit(check, self._on_checked, self._on_check_failed)
        self._pending[task] = specs
        self._order.append(task)

    def _on_checked(self, task_id: int, conflicts: list[Conflict]) -> None:
        specs = self._pending.pop(task_id, None)
        if specs is None:
            return
        policy = self._policy()
        batch = _Batch(specs, conflicts, [automatic(c, policy) for c in conflicts])
        if not batch.asked:
            self._order.remove(task_id)
            self._finish(batch)
        else:
            self._checked[task_id] = batch
        self._ask_next()

    def _ask_next(self) -> None:
        """One question at a time, in the order the batches came."""
        if self.dialog is not None or not self._order or self._order[0] not in self._checked:
            return
        from spacesgui.ui.dialogs.conflicts import ConflictDialog  # late: only when asked

        batch = self._checked[self._order[0]]
        dialog = ConflictDialog([batch.conflicts[i] for i in batch.asked], self._parent)
        self.dialog = dialog
        dialog.answered.connect(self._on_answered)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_answered(self, given: list[Answer | None]) -> None:
        batch = self._checked.pop(self._order.popleft())
        for index, answer in zip(batch.asked, given, strict=True):
            batch.answers[index] = answer
        self._finish(batch)

    def _on_dialog_finished(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and self._order:
            self._checked.pop(self._order.popleft(), None)
            self.dropped.emit()
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self._ask_next()

    def _on_check_failed(self, task_id: int, exc: BaseException) -> None:
        if self._pending.pop(task_id, None) is None:
            return
        self._order.remove(task_id)
        self._errors.blocking(self.tr("Check for Existing Items"), exc)
        self.dropped.emit()
        self._ask_next()

    def _finish(self, batch: _Batch) -> None:
        per_job: list[list[tuple[Conflict, Answer]]] = [[] for _ in batch.specs]
        for conflict, answer in zip(batch.conflicts, batch.answers, strict=True):
            assert answer is not None   # every conflict has its answer by now
            per_job[conflict.request].append((conflict, answer))
        self._enqueue([(spec, Decisions.of(answered).entries)
                       for spec, answered in zip(batch.specs, per_job, strict=True)])

    def _enqueue(self, jobs: Sequence[tuple[JobSpec, tuple[tuple[str, str, str], ...] | None]]
                 ) -> None:
        ids = []
        for spec, decided in jobs:
            if decided is not None and _all_skipped(spec, decided):
                continue
            ids.append(self._queue.enqueue(replace(spec, conflicts=decided)))
        self.queued.emit(ids)


def _all_skipped(spec: JobSpec, decided: tuple[tuple[str, str, str], ...]) -> bool:
    """A single-file job the user skipped needs no place in the queue."""
    if spec.kind not in (JobKind.UPLOAD, JobKind.DOWNLOAD) or len(decided) != 1:
        return False
    return decided[0][1] == Answer.SKIP

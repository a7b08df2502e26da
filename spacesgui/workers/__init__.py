"""Qt worker layer: runs core calls off the GUI thread and hands results back on it."""

from spacesgui.workers.tasks import Task, TaskRunner, TaskSignals, TaskToken

__all__ = ["Task", "TaskRunner", "TaskSignals", "TaskToken"]

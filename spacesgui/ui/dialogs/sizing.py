"""Dialog sizing shared by dialogs whose problem lines wrap in and out as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(widget: QWidget) -> None:
    """Grow (never shrink) to the layout's height, so a new wrapped line overlaps nothing."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(widget.width()) if layout.hasHeightForWidth() \
        else layout.sizeHint().height()
    if needed > widget.height():
        widget.resize(widget.width(), needed)

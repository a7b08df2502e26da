"""`emit(signal, *args)`: Signal.emit without PySide6 6.12.0's refcount bug.

Measured on PySide6 6.12.0 with CPython 3.11: `SignalInstance.emit()` returns `True` without
a new reference, so every emit whose result is dropped takes one reference from `True`. After
a few hundred emits `True` is freed and the interpreter aborts ("Fatal Python error:
bool_dealloc"), at exit or mid-run. CPython 3.12 made bools immortal, so there it is harmless.
The probe below detects the bug once at import and, only where it is present, gives back the
reference each emit takes.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_PROBES = 8


class _Probe(QObject):
    fired = Signal()


def _emit_steals_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.fired.emit()
    stolen = before - sys.getrefcount(True)
    for _ in range(max(0, stolen)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))   # repay the probe itself
    return stolen >= _PROBES


STEALS_TRUE = _emit_steals_true()
_incref = ctypes.pythonapi.Py_IncRef
_TRUE = ctypes.py_object(True)


def emit(signal: Any, *args: Any) -> None:
    """`signal.emit(*args)`, repaying the reference PySide6 6.12.0 takes from True."""
    result = signal.emit(*args)
    if STEALS_TRUE and result is True:
        _incref(_TRUE)

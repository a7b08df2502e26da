"""Guard against PySide6 builds that leak references to True/None (6.12.0 on CPython 3.11).

Such a build aborts the interpreter after a few thousand signal emits or void calls, so the
check runs in a child process and looks at the reference counts directly.
"""

import subprocess
import sys

PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Emitter(QObject):
    fired = Signal(object)
emitter, timer = Emitter(), QTimer()
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(200):
    emitter.fired.emit(1)
    timer.setInterval(5)
print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


def test_signals_and_void_calls_do_not_leak_references_to_singletons():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    true_delta, none_delta = (int(n) for n in done.stdout.split())
    # A leaking build loses one reference per call: 200 or more here.
    assert abs(true_delta) < 50, f"PySide6 leaks references to True ({true_delta})"
    assert abs(none_delta) < 50, f"PySide6 leaks references to None ({none_delta})"

"""`python -m spacesgui`: arguments, logging, the QApplication, the crash hook, then app.run().

Kept light on purpose: start-up must paint a window in well under a second, so moto, the
transfer engine and the dialogs are imported only when they are first needed.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before any heavy import: the first-paint probe counts from here

import argparse  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import traceback  # noqa: E402
from types import TracebackType  # noqa: E402

from spacesgui import __version__  # noqa: E402

log = logging.getLogger("spacesgui")

FIRST_PAINT_ENV = "SPACESGUI_FIRST_PAINT_PROBE"  # set: print the first-paint time, then quit


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="spacesgui", description="A file manager for DigitalOcean Spaces and S3 storage.")
    parser.add_argument("--sandbox", action="store_true",
                        help="also open the Local sandbox (sample data on a server inside the "
                             "app; nothing is saved)")
    parser.add_argument("--debug", action="store_true",
                        help="log debug messages (requests, without secrets) to the log file")
    parser.add_argument("--lang", metavar="LANG",
                        help="the interface language, e.g. de (default: the system's)")
    parser.add_argument("--version", action="version", version=f"spacesgui {__version__}")
    return parser.parse_args(argv)


def crash_text(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> str:
    """The traceback as shown to the user: credentials and known secrets masked."""
    from spacesgui.logs import redact

    return redact("".join(traceback.format_exception(exc_type, exc, tb)))


def _excepthook(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    # PySide only prints an exception raised in a slot, so they end here: log, tell the user,
    # keep running.
    log.critical("unhandled exception", exc_info=(exc_type, exc, tb))
    try:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if app is None or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "spacesgui hit a bug",
                          "Something went wrong inside spacesgui. Your files on the server are "
                          "not affected; unfinished transfers resume from the Transfers panel.\n"
                          "Please report this with the details below (they hold no secrets).",
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(crash_text(exc_type, exc, tb))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    except Exception:  # the hook itself must never raise
        log.exception("could not show the crash dialog")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    from spacesgui.logs import setup_logging

    setup_logging(level=logging.DEBUG if args.debug else logging.INFO)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("spacesgui")
    QCoreApplication.setOrganizationDomain("spacesgui.org")
    QCoreApplication.setApplicationName("spacesgui")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("spacesgui")
    sys.excepthook = _excepthook
    from spacesgui import app as app_module

    probe = bool(os.environ.get(FIRST_PAINT_ENV))
    return app_module.run(sandbox=args.sandbox, first_paint_probe=probe, started=_STARTED,
                          lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())

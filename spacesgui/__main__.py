"""`python -m spacesgui`: arguments, logging, the QApplication, the crash hook, handing the
addresses to an already running spacesgui if there is one, else app.run().

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
_failed = False  # an unhandled exception happened: --smoke-test then exits non-zero

FIRST_PAINT_ENV = "SPACESGUI_FIRST_PAINT_PROBE"  # set: print the first-paint time, then quit


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="spacesgui", description="A file manager for DigitalOcean Spaces and S3 storage.")
    parser.add_argument("--sandbox", action="store_true",
                        help="also open the Local sandbox (sample data on a server inside the "
                             "app; nothing is saved)")
    parser.add_argument("--debug", action="store_true",
                        help="log debug messages (requests, without secrets) to the log file")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, show the window, then quit: exit status 0 once it is shown, "
                             "non-zero on any error (checks an installed or built copy)")
    parser.add_argument("--lang", metavar="LANG",
                        help="the interface language, e.g. de (default: the system's)")
    parser.add_argument("--version", action="version", version=f"spacesgui {__version__}")
    parser.add_argument("addresses", nargs="*", metavar="URL",
                        help="open this place: an s3://bucket/key URI, a Spaces origin, CDN or "
                             "website link, or a presigned link; handed to the running "
                             "spacesgui if there is one")
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
    global _failed  # noqa: PLW0603 - the hook is process-wide, and so is the exit status
    _failed = True
    try:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if app is None or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            return
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("crash", "spacesgui hit a bug"),
                          QCoreApplication.translate(
                              "crash", "Something went wrong inside spacesgui. Your files on "
                              "the server are not affected; unfinished transfers resume from "
                              "the Transfers panel.\nPlease report this with the details below "
                              "(they hold no secrets)."),
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
    sys.excepthook = _excepthook
    from spacesgui.ui.single_instance import InstanceServer, hand_over, server_name

    probe = bool(os.environ.get(FIRST_PAINT_ENV)) or args.smoke_test
    instance = None
    if not probe:  # a check of this copy must start this copy, not talk to a running one
        from pathlib import Path

        from platformdirs import user_data_dir

        # app.Paths.default()'s directory, without importing the whole app just to hand over
        name = server_name(Path(user_data_dir("spacesgui", appauthor=False)))
        if hand_over(name, args.addresses):
            log.info("handed %d address(es) to the running spacesgui", len(args.addresses))
            return 0
        instance = InstanceServer(name, app)
        instance.listen()
        instance.watch_file_open_events(app)
    from spacesgui import app as app_module
    from spacesgui.ui import resources

    app.setDesktopFileName(resources.APP_ID)
    app.setWindowIcon(resources.app_icon())
    code = app_module.run(sandbox=args.sandbox, first_paint_probe=probe, started=_STARTED,
                          addresses=args.addresses, instance=instance,
                          lang=args.lang)
    return 1 if _failed and args.smoke_test else code


if __name__ == "__main__":
    sys.exit(main())

"""The interface language: the system locale or `--lang`, and the translators that apply it.

Translations are compiled `.qm` files named `spacesgui_<lang>.qm`, built from the `.ts`
sources by `packaging/translations.py build`; `spacesgui_en` holds only the English plural
forms of texts written with `%n`. Qt's own strings (standard buttons, file dialogs) come from
Qt's `qtbase_<lang>.qm`, shipped with PySide6. A language without a file falls back to the
English source texts; that is not an error.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from spacesgui.s3.texts import Text
from spacesgui.ui.resources import resource

log = logging.getLogger(__name__)

APP_CATALOG = "spacesgui"
QT_CATALOG = "qtbase"


def N_(context: str, text: str) -> str:  # noqa: N802  the usual name of a no-op marker
    """Mark `text` for translation in `context` where no translator exists yet (tables made
    at import); translate it where shown: `QCoreApplication.translate(context, text)`.

    lupdate reads it as QT_TRANSLATE_NOOP (see packaging/translations.py); PySide6's own
    QT_TRANSLATE_NOOP is typed as returning object.
    """
    return text


def shown(text: str) -> str:
    """A text from below the interface in the interface's language: a `Text` (marked in the
    core with spacesgui.s3.texts.N_) has its template translated, then filled in with its
    values, themselves shown the same way; any other str is shown as it is."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate(text.context, text.template) if text.context \
        else text.template
    if not text.values:
        return template
    return template.format(**{name: shown(value) if isinstance(value, str) else value
                              for name, value in text.values.items()})


def translations_dirs() -> list[Path]:
    """Where the `.qm` files are: beside the other resources (wheel, frozen build or clone)."""
    return [resource("translations")]


def locale_for(lang: str | None) -> QLocale:
    """`--lang de` (or de_DE, pt-BR); None or "" follows the system."""
    return QLocale(lang.replace("-", "_")) if lang else QLocale.system()


def install_translators(app: QCoreApplication, lang: str | None = None, *,
                        directories: Iterable[Path] | None = None) -> list[QTranslator]:
    """Install the app's and Qt's translators for `lang`; return them (tests remove them).

    The English catalog holds only the plural forms of the English source texts ("1 file",
    "2 files"); it is installed first, so any language without a text of its own falls back
    to correct English. With `lang` given, numbers and dates follow it too (QLocale's
    default), so a German interface does not show English dates.
    """
    locale = locale_for(lang)
    if lang:
        QLocale.setDefault(locale)
    app_dirs = [*(directories or translations_dirs())]
    qt_dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    wanted = [(APP_CATALOG, QLocale(QLocale.Language.English), app_dirs)]
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        wanted += [(APP_CATALOG, locale, app_dirs), (QT_CATALOG, locale, qt_dirs)]
    installed: list[QTranslator] = []
    for catalog, language, dirs in wanted:
        translator = _load(app, catalog, language, dirs)
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
        elif catalog == APP_CATALOG:
            log.info("no %s translation for %s", catalog, language.name())
    return installed


def _load(app: QCoreApplication, catalog: str, locale: QLocale,
          dirs: list[Path]) -> QTranslator | None:
    for directory in dirs:
        translator = QTranslator(app)
        if translator.load(locale, catalog, "_", str(directory)):
            log.debug("translations from %s", translator.filePath())
            return translator
        translator.deleteLater()
    return None


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()

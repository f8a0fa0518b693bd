"""Loading the compiled catalogues (`.qm`) into a running Qt application.

Built catalogues are not kept in version control. `i18n compile` (run by the README's
commands) writes them beside the `.ts` sources; when one is missing or older than its
source, the app compiles it into the user's cache folder at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ecoscim_field.i18n.languages import CATALOGUE_PREFIX
from ecoscim_field.i18n.tools import compile_catalogue
from ecoscim_field.paths import cache_dir, translations_dir

_installed: list[QTranslator] = []
_others: dict[str, QTranslator] = {}


def catalogue_path(language: str) -> Path | None:
    """An up-to-date `.qm` for `language`, compiling one if needed; None if there is no source."""
    source = translations_dir() / f"{CATALOGUE_PREFIX}{language}.ts"
    if not source.exists():
        return None
    for candidate in (source.with_suffix(".qm"), cache_dir() / source.with_suffix(".qm").name):
        if candidate.exists() and candidate.stat().st_mtime >= source.stat().st_mtime:
            return candidate
    target = cache_dir() / source.with_suffix(".qm").name
    target.parent.mkdir(parents=True, exist_ok=True)
    compile_catalogue(source, target)
    return target


def install_language(language: str) -> None:
    """Make `language` the interface language of the running application, now.

    Replaces any catalogues installed before; Qt then sends every widget a
    LanguageChange event, and widgets re-translate themselves (live switching).
    Qt's own catalogue is loaded too, so standard buttons and dialogs follow.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    QLocale.setDefault(QLocale(language))
    new: list[QTranslator] = []
    qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_catalogues):
        new.append(qt_translator)
    path = catalogue_path(language)
    if path is not None:
        ours = QTranslator(app)
        if ours.load(str(path)):
            new.append(ours)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    for translator in new:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def translate_in(language: str, context: str, text: str) -> str:
    """`text` in `language`, whatever the interface language is.

    For the participant-facing parts of the consent dialog and the participant's copy,
    which speak the participant's language. Mark such strings with QT_TRANSLATE_NOOP so
    that lupdate extracts them.
    """
    translator = _others.get(language)
    if translator is None:
        translator = QTranslator()
        path = catalogue_path(language)
        if path is not None:
            translator.load(str(path))
        _others[language] = translator
    return translator.translate(context, text) or text

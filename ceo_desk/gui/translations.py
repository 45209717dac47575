"""Interface language: the window's own texts (Qt .qm catalogues built from resources/i18n/*.ts)
and Qt's own ``qtbase`` texts (standard buttons and dialogs), with ``qt_extra_nl.qm`` for the few
Qt 6 texts that Qt's Dutch catalogue lacks. The source texts are Dutch, so Dutch needs no catalogue
of ours; English loads ``ceo_desk_en.qm``."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def _catalogue(name: str) -> bytes | None:
    try:
        return (resources.files("ceo_desk") / "resources" / "i18n" / f"{name}.qm").read_bytes()
    except (FileNotFoundError, OSError):
        return None


def _install_catalogue(app: QCoreApplication, data: bytes | None) -> None:
    if data:
        translator = QTranslator(app)
        translator._data = data          # QTranslator.loadFromData keeps a pointer: the bytes must stay alive
        if translator.load(data):
            app.installTranslator(translator)
            _installed.append(translator)


def install(app: QCoreApplication, lang: str) -> None:
    """Replace the installed translators by those for ``lang`` ("nl" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _install_catalogue(app, _catalogue(f"qt_extra_{lang}"))  # what qtbase_nl lacks ('Look in:')
    _install_catalogue(app, _catalogue(f"ceo_desk_{lang}"))

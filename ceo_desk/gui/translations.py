"""Interface language: the window's own texts (Qt .qm catalogues built from resources/i18n/*.ts)
and Qt's own ``qtbase`` texts (standard buttons and dialogs). The source texts are Dutch, so
Dutch needs no catalogue of ours; English loads ``ceo_desk_en.qm``."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def _own_catalogue(lang: str) -> bytes | None:
    try:
        return (resources.files("ceo_desk") / "resources" / "i18n" / f"ceo_desk_{lang}.qm").read_bytes()
    except (FileNotFoundError, OSError):
        return None


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
    data = _own_catalogue(lang)
    if data:
        own = QTranslator(app)
        own._data = data          # QTranslator.loadFromData keeps a pointer: the bytes must stay alive
        if own.load(data):
            app.installTranslator(own)
            _installed.append(own)

"""Every user preference declared once, typed, with its default; stored with QSettings.

Preferences (what the user chose in the settings dialog) are kept apart from remembered window
state (geometry, splitters, recent files). ``SETTINGS_VERSION`` plus ``_UPGRADES`` migrate older
stores. Analysis options are built from the preferences here and passed to the core as plain
arguments; the core never reads QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from ceo_desk.model.options import AnalysisOptions

DEFAULTS = AnalysisOptions()

ORGANISATION = "CEO Desk"
APPLICATION = "ceo-desk"
SETTINGS_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


def _analysis(name: str) -> Setting:
    """A statistical preference: its default is the ``AnalysisOptions`` field's."""
    default = getattr(DEFAULTS, name)
    return Setting(f"analysis/{name}", type(default), default)


CONFIDENCE, ALPHA, MIN_N_TEST, MIN_N_REPORT, ADJUST, REF_INCLUDES_SELF = map(
    _analysis, ("confidence", "alpha", "min_n_test", "min_n_report", "adjust", "ref_includes_self"))
LANGUAGE = Setting("interface/language", str, DEFAULTS.lang)
OPEN_PDF_AFTER_EXPORT = Setting("export/open_pdf", bool, True)

# AnalysisOptions field -> its preference
OPTION_FIELDS = {s.key.partition("/")[2]: s for s in (CONFIDENCE, ALPHA, MIN_N_TEST, MIN_N_REPORT, ADJUST,
                                                      REF_INCLUDES_SELF)}

# remembered state, not preferences
GEOMETRY = Setting("window/geometry", bytes, b"")
WINDOW_STATE = Setting("window/state", bytes, b"")
RECENT_PROJECTS = Setting("recent/projects", list, [])
RECENT_FILES = Setting("recent/files", list, [])
RESULT_FIELDS = Setting("window/result_fields", list, ["n", "value", "ref_percent", "sig_ref", "sig_prev"])
LAST_FOLDER = Setting("recent/folder", str, "")
# import layouts the user confirmed (header signature -> layout, as Overrides.layouts), for every project
IMPORT_LAYOUTS = Setting("import/layouts", str, "")
MAX_LAYOUTS = 100

# SETTINGS_VERSION n -> n + 1; each step gets the QSettings and rewrites what changed.
_UPGRADES: dict[int, Any] = {}


def _convert(value: Any, kind: type, default: Any) -> Any:
    """QSettings returns strings from INI files and odd types on some platforms: coerce safely."""
    if value is None:
        return default
    try:
        if kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "ja"}
            return bool(value)
        if kind is list:
            if isinstance(value, str):
                return [value] if value else []
            return [str(v) for v in value]
        if kind is bytes:
            return bytes(value)
        return kind(value)
    except (TypeError, ValueError):
        return default


class Preferences:
    """Typed access to the QSettings store: ``prefs.get(CONFIDENCE)``, ``prefs.set(LANGUAGE, "en")``."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORGANISATION, APPLICATION)
        self._upgrade()

    def _upgrade(self) -> None:
        version = _convert(self.store.value("meta/version"), int, 0)
        if version == 0:          # a new store
            version = SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            _UPGRADES[version](self.store)
            version += 1
        self.store.setValue("meta/version", version)

    def get(self, setting: Setting) -> Any:
        return _convert(self.store.value(setting.key), setting.type, setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        self.store.setValue(setting.key, value)

    def analysis_options(self) -> AnalysisOptions:
        """The stored statistical settings and language; a stored combination that is no longer
        possible gives the defaults."""
        values = {field: self.get(setting) for field, setting in OPTION_FIELDS.items()}
        try:
            return AnalysisOptions(**values, lang=self.language())
        except ValueError:
            return AnalysisOptions(lang=self.language())

    def store_options(self, options: AnalysisOptions) -> None:
        """Keep the preferences among ``options`` (the settings dialog's fields and the language)."""
        for field, setting in OPTION_FIELDS.items():
            self.set(setting, getattr(options, field))
        self.set(LANGUAGE, options.lang)

    def language(self) -> str:
        lang = self.get(LANGUAGE)
        return lang if lang in ("nl", "en") else LANGUAGE.default

    def recent(self, setting: Setting) -> list[str]:
        """A list of recently used paths (``RECENT_PROJECTS`` or ``RECENT_FILES``), newest first."""
        return self.get(setting)[:MAX_RECENT]

    def add_recent(self, setting: Setting, path: str) -> None:
        recent = [p for p in self.recent(setting) if p != path]
        self.set(setting, [path] + recent[: MAX_RECENT - 1])

    def remove_recent(self, setting: Setting, path: str) -> None:
        self.set(setting, [p for p in self.recent(setting) if p != path])

    def recent_projects(self) -> list[str]:
        return self.recent(RECENT_PROJECTS)

    def add_recent_project(self, path: str) -> None:
        self.add_recent(RECENT_PROJECTS, path)

    def remove_recent_project(self, path: str) -> None:
        self.remove_recent(RECENT_PROJECTS, path)

    def import_layouts(self) -> dict[str, dict]:
        """The import layouts confirmed before (a damaged entry is dropped, never an error)."""
        import json
        try:
            data = json.loads(self.get(IMPORT_LAYOUTS) or "{}")
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if isinstance(v, dict)}

    def remember_layout(self, signature: str, layout: dict) -> None:
        import json
        layouts = {k: v for k, v in self.import_layouts().items() if k != signature}
        layouts[signature] = layout                      # newest last; the oldest go first
        self.set(IMPORT_LAYOUTS, json.dumps(dict(list(layouts.items())[-MAX_LAYOUTS:]), ensure_ascii=False))

"""User-visible texts of the core, one module per area, each holding ``TEXTS = {key: {"nl": ..., "en": ...}}``.

``ceo_desk.i18n.tr`` looks keys up in the union of these modules, so an area adds its texts in its own
module (``texts/errors_io.py``, ``texts/report.py`` …) without touching anyone else's. Keys are unique
across modules; ``all_texts`` refuses a key defined twice.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache


@cache
def all_texts() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, entry in getattr(module, "TEXTS", {}).items():
            if key in merged:
                raise KeyError(f"text key {key!r} defined twice (ceo_desk.texts.{info.name})")
            merged[key] = entry
    return merged

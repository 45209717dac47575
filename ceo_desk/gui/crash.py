"""Unexpected errors: logged with their traceback to a file, shown as a dialog naming that file.

Expected bad input never comes here (it is a ``CeoDeskError`` with a message for the user); this
is the last layer, for bugs. No traceback reaches the user's screen.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths

LOG_NAME = "ceo-desk.log"
LOG_MAX_BYTES = 1_000_000         # then ceo-desk.log.1, .2: the log never grows without bound
LOG_BACKUPS = 2
log = logging.getLogger("ceo_desk")


def log_path() -> Path:
    """~/.cache/ceo-desk/ceo-desk.log on Linux, the platform's cache folder elsewhere (CEO_DESK_LOG overrides)."""
    override = os.environ.get("CEO_DESK_LOG")
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base or Path.home() / ".cache") / "ceo-desk" / LOG_NAME


def setup_logging() -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_exception(exc: BaseException, details: str | None = None) -> None:
    log.error("unexpected error: %s\n%s", exc, details or "".join(traceback.format_exception(exc)))
    for handler in log.handlers:
        handler.flush()


def install(show: Callable[[], None]) -> None:
    """Route uncaught exceptions (GUI thread and others) to the log and to ``show()`` (a dialog)."""
    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log_exception(exc, "".join(traceback.format_exception(kind, exc, tb)))
        try:
            show()
        except Exception:           # never let the hook itself fail loudly
            pass

    sys.excepthook = hook
    threading.excepthook = lambda args: log_exception(args.exc_value) if args.exc_value else None

"""Progress and cancelling of long work, the same for every use case and every face.

A long function takes ``progress(fraction, message)`` and ``cancelled()`` callbacks (no-ops by
default) and raises ``OperationCancelled`` when ``cancelled()`` says so; the window recognises a
cancelled task by that type. ``sub_range`` lets a step fill its own part of the bar.
"""

from __future__ import annotations

from typing import Callable

Progress = Callable[..., None]          # progress(fraction, message="")
Cancelled = Callable[[], bool]


class OperationCancelled(Exception):
    """The user pressed Cancel: the work stopped and left nothing half written."""


def no_progress(fraction: float, message: str = "") -> None:
    pass


def never() -> bool:
    return False


def stop_if(cancelled: Cancelled) -> None:
    if cancelled():
        raise OperationCancelled


def sub_range(progress: Progress, start: float, end: float, message: str = "") -> Progress:
    """A progress callback for a step that fills ``start``..``end`` of the whole bar.

    The step may call it with or without a message; without one, ``message`` is shown."""
    return lambda fraction, text="": progress(start + (end - start) * fraction, text or message)

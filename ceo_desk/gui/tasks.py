"""The one task runner: background work in a thread pool, results and errors back on the GUI thread.

A task is a module-level function ``fn(state, *args)`` (see ``jobs.py``) that reports through
``state.progress(fraction, message)`` and checks ``state.cancelled()``; it never touches widgets.
The runner runs one task at a time and queues the rest; a task started with a ``coalesce`` key
replaces a queued task with the same key (only the newest re-analysis matters). Progress is
throttled so a chatty task cannot flood the event loop.

Cancel drops a task of pure work (``abandon``: reading files) at once: its thread runs on until the
work notices, its result is thrown away, and the next task gets a thread of its own. The pool has one
thread for the current task and ``MAX_ABANDONED`` for abandoned ones, so the next task never waits for
abandoned work; when that many are still running, Cancel waits for the current task to stop instead
(reads notice within a tenth of a second), so the threads stay bounded.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ceo_desk.model.progress import OperationCancelled, sub_range

PROGRESS_INTERVAL = 0.05      # seconds between progress signals
MAX_ABANDONED = 3             # abandoned tasks whose threads may still run beside the current task


class TaskState:
    """Handed to the background function: progress reporting and the cancel flag."""

    def __init__(self, emit_progress: Callable[[float, str], None]) -> None:
        self._emit = emit_progress
        self._cancel = threading.Event()
        self._last = 0.0

    def progress(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last = now
            self._emit(max(0.0, min(1.0, float(fraction))), message or "")

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def part(self, start: float, end: float) -> Callable[[float, str], None]:
        """A progress callback for a sub-step that fills ``start``..``end`` of the bar."""
        return sub_range(self.progress, start, end)


class _Signals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, args: tuple, state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.state, self.signals = fn, args, state, signals

    def run(self) -> None:
        try:
            result = self.fn(self.state, *self.args)
        except BaseException as exc:     # delivered to the GUI thread; never lost in the pool
            if isinstance(exc, OperationCancelled):
                self.signals.cancelled.emit()
            else:
                self.signals.failed.emit(exc, "".join(traceback.format_exception(exc)))
            return
        if self.state.cancelled():
            self.signals.cancelled.emit()
        else:
            self.signals.done.emit(result)


@dataclass
class Task:
    label: str
    fn: Callable
    args: tuple
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException, str], None] | None = None
    on_cancel: Callable[[], None] | None = None
    coalesce: str | None = None
    cancellable: bool = True
    quiet: bool = False              # no progress bar (fast re-analyses)
    abandon: bool = False            # pure work (reading files): on cancel, stop waiting for it at once
    state: TaskState | None = field(default=None, repr=False)


class TaskRunner(QObject):
    """Runs queued tasks one after the other on a private thread pool."""

    started = Signal(str, bool, bool)          # label, cancellable, quiet
    progress = Signal(float, str)
    finished = Signal()                         # the queue is empty
    error = Signal(object, str)                 # an unexpected error with no handler of its own

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1 + MAX_ABANDONED)     # the current task always finds a free thread
        self._queue: deque[Task] = deque()
        self._current: Task | None = None
        self._signals: _Signals | None = None
        self._abandoned: list[_Signals] = []

    @property
    def busy(self) -> bool:
        return self._current is not None

    def pending(self, coalesce: str) -> bool:
        """Whether a task started with the ``coalesce`` key is running or waiting."""
        return any(t is not None and t.coalesce == coalesce for t in (self._current, *self._queue))

    @property
    def current_label(self) -> str:
        return self._current.label if self._current else ""

    def start(self, label: str, fn: Callable, *args, on_done: Callable[[Any], None],
              on_error: Callable[[BaseException, str], None] | None = None,
              on_cancel: Callable[[], None] | None = None, coalesce: str | None = None,
              cancellable: bool = True, quiet: bool = False, abandon: bool = False) -> Task:
        """Queue ``fn(state, *args)``. ``abandon``: the work has no effect but its result (a read), so
        Cancel drops it at once instead of waiting until it notices (a native reader cannot)."""
        task = Task(label, fn, args, on_done, on_error, on_cancel, coalesce, cancellable, quiet, abandon)
        if coalesce is not None:
            self._queue = deque(t for t in self._queue if t.coalesce != coalesce)
        self._queue.append(task)
        if self._current is None:
            self._next()
        return task

    @property
    def abandoned(self) -> int:
        """Abandoned tasks whose threads still run."""
        return len(self._abandoned)

    def cancel(self) -> None:
        """Cancel the running task and drop the queued ones."""
        self._queue.clear()
        if self._current is not None and self._current.state is not None:
            self._current.state.cancel()
            if self._current.abandon and self._signals is not None and len(self._abandoned) < MAX_ABANDONED:
                self._abandon()

    def _abandon(self) -> None:
        """Stop listening to the running task (its late result is dropped) and finish it as cancelled."""
        signals, self._signals = self._signals, None
        for signal in (signals.progress, signals.done, signals.failed, signals.cancelled):
            signal.disconnect()
        self._abandoned.append(signals)

        def ended(*_):
            if signals in self._abandoned:
                self._abandoned.remove(signals)
                signals.deleteLater()
        for signal in (signals.done, signals.failed, signals.cancelled):
            signal.connect(ended)
        self._finish(self._current.on_cancel)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _next(self) -> None:
        if not self._queue:
            self._current = None
            self.finished.emit()
            return
        task = self._current = self._queue.popleft()
        signals = self._signals = _Signals()
        task.state = TaskState(signals.progress.emit)
        signals.progress.connect(self.progress)
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        signals.cancelled.connect(self._on_cancelled)
        self.started.emit(task.label, task.cancellable, task.quiet)
        self.pool.start(_Runnable(task.fn, task.args, task.state, signals))

    def _finish(self, call: Callable[[], None] | None) -> None:
        task, self._current = self._current, None
        if self._signals is not None:
            self._signals.deleteLater()
            self._signals = None
        try:
            if call is not None:
                call()
        finally:
            if self._current is None:
                self._next()
        del task

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        task = self._current
        self._finish(lambda: task.on_done(result))

    @Slot(object, str)
    def _on_failed(self, exc: BaseException, details: str) -> None:
        task = self._current
        if task.on_error is not None:
            self._finish(lambda: task.on_error(exc, details))
        else:
            self._finish(lambda: self.error.emit(exc, details))

    @Slot()
    def _on_cancelled(self) -> None:
        task = self._current
        self._finish(task.on_cancel)

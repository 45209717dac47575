"""``gui --screenshot`` never waits on a dialog: any modal dialog that opens is printed to stderr and
closed at once, and the screenshot run then ends with a non-zero status instead of a picture."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

EXIT_DIALOG = 2


def dialog_text(dialog: QDialog) -> str:
    """What the dialog says: title, text and details of a message box, else the texts of its labels."""
    parts = [dialog.windowTitle()]
    if isinstance(dialog, QMessageBox):
        parts += [dialog.text(), dialog.informativeText()]
    else:
        parts += [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    return "\n".join(p for p in parts if p)


class ModalGuard(QObject):
    """Installed on the application: records and rejects every modal dialog as soon as it is shown."""

    def __init__(self, qapp: QApplication) -> None:
        super().__init__(qapp)
        self.texts: list[str] = []
        qapp.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isModal():
            text = dialog_text(watched)
            if not self.texts or self.texts[-1] != text:
                self.texts.append(text)
                print(text, file=sys.stderr, flush=True)
            QTimer.singleShot(0, watched.reject)
        return False

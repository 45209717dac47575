"""A bar across the top of the window for files that loaded with a warning: what was assumed (the sheet
that was read, cells without stored values, a guessed encoding …). One bar per load, never a dialog
to click away; it stays until the user closes it or the next load brings warnings of its own."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAccessibleName(self.tr("Kanttekeningen bij het inlezen"))
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("&Sluiten"), self)
        self.close_button.setToolTip(self.tr("Deze kanttekeningen verbergen (ze staan ook in de tooltip van het bestand)"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[str] = []
        self.hide()

    def show_notices(self, messages: list[str]) -> None:
        self.messages = list(messages)
        items = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages)
        self.text.setText(f"<b>{html.escape(self.tr('Ingelezen, met een kanttekening:'))}</b>"
                          f"<ul style='margin-left: 12px; -qt-list-indent: 0'>{items}</ul>")
        self.show()

    def clear(self) -> None:
        self.messages = []
        self.hide()

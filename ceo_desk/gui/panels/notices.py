"""A bar across the top of the window for files that loaded with a warning: what was assumed (the sheet
that was read, cells without stored values, a guessed encoding …). One bar per load, never a dialog
to click away; it stays until the user closes it or the next load brings warnings of its own. It takes
one line (the first warning, the number of the others); *Details* unfolds the whole list. It keeps the
notices as codes (``Notice``) and renders them in the window's language, so a language switch renders
them again."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget


def style_as_bar(frame: QFrame) -> None:
    """The look of the window's message bars (this one, the weight proposal): a framed strip in the
    tooltip colours."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    frame.setForegroundRole(QPalette.ColorRole.ToolTipText)


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_as_bar(self)
        self.setAccessibleName(self.tr("Kanttekeningen bij het inlezen"))
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumWidth(100)
        self.text = QLabel(self)                     # the whole list, shown with Details
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.hide()
        self.details_button = QPushButton(self.tr("&Details"), self)
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Alle kanttekeningen tonen"))
        self.details_button.toggled.connect(self._unfold)
        self.close_button = QPushButton(self.tr("&Sluiten"), self)
        self.close_button.setToolTip(self.tr("Deze kanttekeningen verbergen (ze staan ook in de tooltip van het bestand)"))
        self.close_button.clicked.connect(self.hide)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self.summary)
        texts.addWidget(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notices: list = []                      # Notice codes
        self.messages: list[str] = []                # ... rendered in the window's language
        self.hide()

    def show_notices(self, notices: list, lang: str, unfolded: bool = False) -> None:
        self.notices = list(notices)
        self.messages = [notice.render(lang) for notice in self.notices]
        items = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages)
        self.text.setText(f"<ul style='margin-left: 12px; -qt-list-indent: 0'>{items}</ul>")
        self._full_summary = (self.tr("Ingelezen, met een kanttekening: {first}") if len(self.messages) == 1 else
                              self.tr("Ingelezen, met {n} kanttekeningen: {first} …")).format(
                                  n=len(self.messages), first=self.messages[0] if self.messages else "")
        self.summary.setToolTip("\n".join(self.messages))
        self.details_button.setChecked(unfolded)
        self._unfold(unfolded)
        self.show()

    def state(self) -> tuple[list, bool] | None:
        """The notices shown and whether the list is unfolded; None when the bar is closed."""
        return (list(self.notices), self.details_button.isChecked()) if self.notices and not self.isHidden() else None

    def _unfold(self, unfolded: bool) -> None:
        self.text.setVisible(unfolded)
        self._elide()

    def _elide(self) -> None:
        text = getattr(self, "_full_summary", "")
        if self.details_button.isChecked():       # unfolded (also before the window is shown)
            text = text.split(":", 1)[0] + ":"
        width = max(self.summary.width(), 100)
        self.summary.setText(self.summary.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def clear(self) -> None:
        self.notices, self.messages = [], []
        self.hide()

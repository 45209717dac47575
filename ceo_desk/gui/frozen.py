"""A table view whose first columns stay in place while the others scroll sideways (Qt's "frozen
column" pattern): a second view over the same model and selection lies over the left edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class FrozenColumnsView(QTableView):
    def __init__(self, frozen_columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen_columns = frozen_columns
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozen-columns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setStyleSheet("QTableView#frozen-columns { border: none; border-right: 1px solid palette(mid); }")
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, size: self.frozen.setRowHeight(row, size))
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.doubleClicked.connect(self.doubleClicked)
        row = self.fontMetrics().height() + 8            # compact rows: more questions in view at 720 px
        for view in (self, self.frozen):
            view.verticalHeader().setDefaultSectionSize(row)

    # --- keeping the two views together ----------------------------------------------------------

    def setModel(self, model) -> None:
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._columns_changed)
        model.layoutChanged.connect(self._columns_changed)
        self._columns_changed()

    def setSortingEnabled(self, enable: bool) -> None:
        super().setSortingEnabled(enable)
        self.frozen.setSortingEnabled(enable)

    def setSelectionBehavior(self, behavior) -> None:
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode) -> None:
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self.frozen.setWordWrap(on)

    def _columns_changed(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column >= self.frozen_columns)
        for column in range(min(self.frozen_columns, model.columnCount())):
            self.frozen.setColumnWidth(column, self.columnWidth(column))
        self._place()

    def _section_resized(self, column: int, _old: int, size: int) -> None:
        if column < self.frozen_columns:
            self.frozen.setColumnWidth(column, size)
            self._place()

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen_columns) if not self.isColumnHidden(c))

    def _place(self) -> None:
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(self.verticalHeader().width() + self.frameWidth(), self.frameWidth(),
                                self.frozen_width(), self.viewport().height() + self.horizontalHeader().height())
        self.frozen.setVisible(self.model() is not None and self.model().columnCount() > self.frozen_columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "frozen"):
            self._place()

    # --- the current cell never hides under the frozen columns ------------------------------------

    def moveCursor(self, action, modifiers) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() >= self.frozen_columns:
            x = self.visualRect(current).topLeft().x()
            if x < self.frozen_width():
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() + x - self.frozen_width())
        return current

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if index.column() >= self.frozen_columns:
            super().scrollTo(index, hint)
        else:                                   # only scroll vertically for the frozen columns
            bar = self.horizontalScrollBar()
            value = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(value)

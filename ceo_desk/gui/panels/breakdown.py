"""Breakdowns in the window: the "Uitsplitsen naar …" chooser, the groups as column groups, the chart per group.

The figures come from the core's breakdown frame after disclosure control; this module only lays
them out. A hidden cell is empty here too (in the table, its tooltip, the chart and what Ctrl+C
copies), because the frame holds nothing for it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout,
                               QWidget)

from ceo_desk.gui import formatting as fmt
from ceo_desk.gui.frame_rows import rows_of
from ceo_desk.gui.models import TEXT, Cell, CellRowsModel
from ceo_desk.gui.panels.results import QuestionRowsTable

ROWS, COLUMNS = "rows", "columns"
FITTED_COLUMNS = 2 + 3 * 5       # Nr., Vraag, the total and 4 groups: fitted to their contents cell by cell


class BreakdownBar(QWidget):
    """Which group column to break down by, and whether the groups are rows or column groups."""
    byChosen = Signal(object)          # a column name, or None for everyone together
    layoutChosen = Signal(str)         # ROWS or COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = QComboBox(self)
        self.by.setAccessibleName(self.tr("Uitsplitsen naar"))
        self.by.setToolTip(self.tr("Toon de resultaten per groep: doelgroep, stadsdeel, wijk, type hulp, leeftijd "
                                   "of gemeente"))
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("&Uitsplitsen naar:"), self)
        label.setBuddy(self.by)
        self.layout_choice = QComboBox(self)
        self.layout_choice.setAccessibleName(self.tr("Groepen tonen als"))
        self.layout_choice.addItem(self.tr("groepen als rijen onder elke vraag"), ROWS)
        self.layout_choice.addItem(self.tr("groepen als kolommen"), COLUMNS)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.by)
        row.addWidget(self.layout_choice)
        row.addStretch(1)
        self.by.activated.connect(lambda _: self.byChosen.emit(self.by.currentData()))
        self.layout_choice.currentIndexChanged.connect(lambda _: self.layoutChosen.emit(self.layout()))
        self.show_analysis(None)

    def layout(self) -> str:                     # noqa: A003 - the chosen layout, not QWidget.layout()
        return self.layout_choice.currentData() or ROWS

    def show_analysis(self, analysis) -> None:
        """Offer the group columns of the loaded files; select the current breakdown."""
        from ceo_desk.stats.groups import group_columns
        self.by.blockSignals(True)
        self.by.clear()
        self.by.addItem(self.tr("niets (alle respondenten samen)"), None)
        current = None
        if analysis is not None:
            by = analysis.options.by
            current = by if isinstance(by, str) else None
            for column in group_columns(analysis.surveys):
                text = column.label if column.label and column.label != column.name else column.name
                self.by.addItem(f"{text} ({len(column.groups)})", column.name)
        index = self.by.findData(current) if current else 0
        self.by.setCurrentIndex(max(index, 0))
        self.by.blockSignals(False)
        self.by.setEnabled(analysis is not None)
        self.layout_choice.setEnabled(analysis is not None and analysis.breakdown is not None)


class GroupColumnsModel(CellRowsModel):
    """One row per question; per group (the total first) a column group n, % and ▲▼ against the rest. With 343
    municipalities that is over a thousand columns: a cell is formatted when it is first asked for."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source, self._names, self._year, self._lang = rows_of(None), [], 0, "nl"
        self._reference_name = ""
        self._cells: dict[tuple[int, int], Cell] = {}

    def set_results(self, frame, groups: list[str], year: int | None, lang: str, reference_name: str = "") -> None:
        """``reference_name``: what the user calls the reference group (the notes in the tooltips say it)."""
        self.beginResetModel()
        try:
            self._headers, self._rows, self._ids, self._names, self._cells = [], [], [], [], {}
            self._questions: list[str] = []
            if frame is None or "group_level" not in frame or frame.empty:
                return
            source = self._source = rows_of(frame)
            year = self._year = year or max(source.years)
            self._lang, self._against, self._reference_name = lang, self.tr("de rest"), reference_name
            rows = source.year_rows(year)
            present = {source.groups[r] for r in rows}
            total = next((source.groups[r] for r in rows if source.record(r, year)["group_level"] == "total"), None)
            names = self._names = ([total] if total is not None else []) + [g for g in groups if g in present]
            self._headers = [(self.tr("Nr."), ""), (self.tr("Vraag"), "")]
            for name in names:
                self._headers += [(f"{name}\nn", self.tr("Aantal geldige antwoorden in {year}").format(year=year)),
                                  (f"{name}\n%", self.tr("Percentage positief (gemiddelde bij het rapportcijfer)")),
                                  (f"{name}\n▲▼", self.tr("Significant hoger of lager dan de rest"))]
            seen = set()
            for r in rows:                       # the questions in the frame's order, each with its first record
                qid = source.ids[r]
                if qid not in seen:
                    seen.add(qid)
                    self._ids.append(str(qid))
                    self._questions.append(str(source.record(r, year)["question"]))
        finally:
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def _cell(self, row: int, column: int, tips: bool = False) -> Cell:
        cell = self._cells.get((row, column))
        if cell is None:
            cell = self._cells[(row, column)] = self._format(row, column)
        return cell

    def _format(self, row: int, column: int) -> Cell:
        qid = self._ids[row]
        if column == 0:
            return Cell(qid, qid, align=TEXT)
        if column == 1:
            question = self._questions[row]
            return Cell(question, question, question, align=TEXT)
        name, field = self._names[(column - 2) // 3], (column - 2) % 3
        found = self._source.row_of(qid, name)
        r = None if found is None else self._source.record(found, self._year)
        if r is None:
            return Cell()
        lang = self._lang
        note = fmt.note_text(r.get("note"), lang, self._reference_name)
        if field == 0:
            return Cell(fmt.number(r.get("n"), 0, lang), r.get("n"), note)
        if field == 1:
            return Cell(fmt.value_text(r, lang), fmt.value_sort(r), note)
        return Cell(fmt.marker(r.get("sig_rest"), r.get("diff_rest")), None,
                    fmt.comparison_text(r.get("sig_rest"), r.get("diff_rest"), r.get("p_rest_adj"), self._against,
                                        lang))


class GroupColumnsView(QuestionRowsTable, QWidget):
    """The results with the groups as column groups (one year); Ctrl+C copies what is shown."""
    questionSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GroupColumnsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Resultaten per groep"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.copy_action = QAction(self.tr("Kopiëren"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.table.addAction(self.copy_action)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_results(self, frame, groups: list[str], year: int | None, lang: str, reference_name: str = "") -> None:
        """Show the year's figures; the columns of the total and the first groups are fitted to their contents,
        each further group's to its title and the widest of the fitted groups' columns of its kind (fitting
        343 municipalities' thousand columns cell by cell kept the window busy for seconds)."""
        self.model.set_results(frame, groups, year, lang, reference_name)
        count = self.model.columnCount()
        if count <= FITTED_COLUMNS:
            self.table.resizeColumnsToContents()
        else:
            header = self.table.horizontalHeader()
            for column in range(FITTED_COLUMNS):
                self.table.resizeColumnToContents(column)
            widest = [max(header.sectionSize(c) for c in range(5 + kind, FITTED_COLUMNS, 3)) for kind in range(3)]
            for column in range(FITTED_COLUMNS, count):
                header.resizeSection(column, max(widest[(column - 2) % 3], header.sectionSizeHint(column)))
        if count > 1:
            self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))



def render_breakdown(state, analysis, question_id: str, year: int | None, reference_name: str | None = None):
    """Background job: the question's breakdown chart (SVG and Drawing, for copying) and its sentences
    about the groups, for ``year`` (all years when None)."""
    from ceo_desk.charts import to_svg
    from ceo_desk.charts.groups import breakdown_chart
    from ceo_desk.gui.jobs import CHART_HEIGHT, CHART_WIDTH, Rendered
    from ceo_desk.model.scales import Role
    from ceo_desk.report.sentences import group_sentences
    options = analysis.options
    rows = analysis.results[analysis.results["question_id"] == question_id]
    if year:
        rows = rows[rows["year"] == year]
    drawing = breakdown_chart(rows, analysis.breakdown.groups, lang=options.lang, width=CHART_WIDTH,
                              height=CHART_HEIGHT, municipality=analysis.municipality, options=options,
                              reference_name=reference_name)
    latest = year or (int(rows["year"].max()) if len(rows) else 0)
    positive = analysis.catalogue.by_id(question_id).labels_with(Role.POSITIVE) or None
    return Rendered(question_id, year, to_svg(drawing), group_sentences(rows, latest, options, options.lang, positive),
                    [], drawing)

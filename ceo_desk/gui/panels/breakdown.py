"""Breakdowns in the window: the "Uitsplitsen naar …" chooser, the groups as column groups, the chart per group.

The figures come from the core's breakdown frame after disclosure control; this module only lays
them out. A hidden cell is empty here too (in the table, its tooltip, the chart and what Ctrl+C
copies), because the frame holds nothing for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout,
                               QWidget)

from ceo_desk.gui import formatting as fmt
from ceo_desk.gui.models import TEXT, Cell, CellRowsModel
from ceo_desk.gui.panels.results import QuestionRowsTable

ROWS, COLUMNS = "rows", "columns"


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
    """One row per question; per group (the total first) a column group n, % and ▲▼ against the rest."""

    def set_results(self, frame, groups: list[str], year: int | None, lang: str) -> None:
        self.beginResetModel()
        try:
            self._headers, self._rows, self._ids = [], [], []
            if frame is None or "group_level" not in frame or frame.empty:
                return
            year = year or int(frame["year"].max())
            rows = frame[frame["year"] == year]
            total = rows[rows["group_level"] == "total"]["group"]
            names = ([str(total.iloc[0])] if len(total) else []) + [g for g in groups if (rows["group"] == g).any()]
            self._headers = [(self.tr("Nr."), ""), (self.tr("Vraag"), "")]
            for name in names:
                self._headers += [(f"{name}\nn", self.tr("Aantal geldige antwoorden in {year}").format(year=year)),
                                  (f"{name}\n%", self.tr("Percentage positief (gemiddelde bij het rapportcijfer)")),
                                  (f"{name}\n▲▼", self.tr("Significant hoger of lager dan de rest"))]
            for qid, part in rows.groupby("question_id", sort=False):
                by_group = {str(r["group"]): r for r in part.to_dict("records")}
                first = next(iter(by_group.values()))
                question = str(first["question"])
                line = [Cell(str(qid), str(qid), align=TEXT), Cell(question, question, question, align=TEXT)]
                for name in names:
                    r = by_group.get(name)
                    if r is None:
                        line += [Cell(), Cell(), Cell()]
                        continue
                    note = fmt.note_text(r.get("note"), lang)
                    line.append(Cell(fmt.number(r.get("n"), 0, lang), r.get("n"), note))
                    line.append(Cell(fmt.value_text(r, lang), fmt.value_sort(r), note))
                    against = self.tr("de rest")
                    line.append(Cell(fmt.marker(r.get("sig_rest"), r.get("diff_rest")), None,
                                     fmt.comparison_text(r.get("sig_rest"), r.get("diff_rest"), r.get("p_rest_adj"),
                                                         against, lang)))
                self._rows.append(line)
                self._ids.append(str(qid))
        finally:
            self.endResetModel()


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

    def show_results(self, frame, groups: list[str], year: int | None, lang: str) -> None:
        self.model.set_results(frame, groups, year, lang)
        self.table.resizeColumnsToContents()
        if self.model.columnCount() > 1:
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

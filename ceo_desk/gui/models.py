"""Qt models over the core's results frame: the overview (a row per question, years as column
groups) and one question's rows. A cell is formatted once, the first time it is asked for (the
overview of a regional breakdown has tens of thousands of rows: only what is shown, sorted or sized is
formatted); ``data()`` then only looks it up, so it is fast and cannot raise. Sorting uses
``SORT_ROLE`` (raw numbers).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from ceo_desk.gui import formatting as fmt
from ceo_desk.gui.frame_rows import FrameRows, rows_of
from ceo_desk.i18n import fmt_margin

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NUMERIC = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
GROUP_SHADE = QColor(0, 90, 160, 18)
TIP_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)



@dataclass
class Cell:
    display: str = ""
    sort: Any = None
    tooltip: str = ""
    align: Qt.AlignmentFlag = NUMERIC
    italic: bool = False
    accessible: str = ""


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    title: str
    tooltip: str
    year: int | None = None


def cell_data(cell: Cell, role: int) -> Any:
    """What a formatted cell gives for the display, tooltip, alignment, accessibility and font roles."""
    if role == Qt.ItemDataRole.DisplayRole:
        return cell.display
    if role == Qt.ItemDataRole.ToolTipRole:
        return cell.tooltip or None
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return cell.align
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return cell.accessible or cell.display
    if role == Qt.ItemDataRole.FontRole and cell.italic:
        font = QFont()
        font.setItalic(True)
        return font
    return None


def _records(frame) -> list[dict]:
    """Rows as dicts; missing values stay NaN/NA (``ceo_desk.model.figures`` reads them all)."""
    return frame.to_dict(orient="records") if len(frame) else []


def _value_sort(row: dict) -> tuple:
    """Percentages sort among percentages, grades among grades (a 7,5 is not 7,5 %)."""
    return (1 if row.get("kind") == "mean" else 0, fmt.value_sort(row))


def _year_sort(row: dict | None, field: str):
    """What a year column's cell of ``row`` sorts by (the cell's ``sort``)."""
    if row is None:
        return (-1, float("-inf")) if field == "value" else float("-inf")
    if field == "value":
        return _value_sort(row)
    if field in ("sig_ref", "sig_prev"):
        return _marker_sort(fmt.marker(row.get(field), row.get(f"diff_{field[4:]}")))
    return _sortable(row.get(field)) if field in ("n", "margin", "ref_percent") else None


def _year_cells(row: dict | None, field: str, confidence: float, lang: str, tips: bool = True,
                reference_name: str = "") -> Cell:
    """A year column's cell of ``row``; without ``tips`` the same cell without its tooltip and accessible
    text (what showing, sorting and sizing need: a tooltip is written out when it is asked for). The
    tooltips call the reference group ``reference_name`` (the user's name for it; '': the default)."""
    if row is None:
        return Cell(sort=_year_sort(None, field))
    if field == "n":
        return Cell(fmt.number(row.get("n"), 0, lang), _year_sort(row, field))
    if field == "value":
        shown = fmt.value_text(row, lang)
        return Cell(shown, _year_sort(row, field), fmt.value_tooltip(row, confidence, lang, reference_name) if tips else "",
                    italic=bool(fmt.flag(row.get("indicative"))))
    if field == "margin":
        return Cell(fmt_margin(row.get("margin"), row.get("ci_low"), row.get("ci_high"), lang, sign=""),
                    _year_sort(row, field))
    if field == "ref_percent":
        tip = QCoreApplication.translate("ResultsModel", "n = {n} in {reference}").format(
            n=fmt.number(row.get("ref_n"), 0, lang), reference=fmt.reference_words(reference_name, lang)["reference"]) \
            if tips and fmt.present(row.get("ref_n")) else ""
        return Cell(fmt.number(row.get("ref_percent"), 1 if row.get("kind") == "mean" else 0, lang),
                    _year_sort(row, field), tip)
    if field in ("sig_ref", "sig_prev"):
        kind = field[4:]
        if not tips:
            return _marker_cell(row.get(field), row.get(f"diff_{kind}"), "")
        if kind == "ref":
            against = fmt.reference_words(reference_name, lang)["reference"]
        else:
            against = "" if not fmt.present(row.get("prev_year")) else str(row.get("prev_year"))
        text = fmt.comparison_text(row.get(field), row.get(f"diff_{kind}"), row.get(f"p_{kind}_adj"), against, lang,
                                   grade=row.get("kind") == "mean")
        text = fmt.with_detail(text, fmt.difference_detail(row, kind, confidence, lang))
        return _marker_cell(row.get(field), row.get(f"diff_{kind}"), text)
    return Cell()


def _marker_sort(mark: str) -> int:
    return 0 if not mark else (1 if mark == fmt.UP else -1)


def _marker_cell(significant, difference, text: str) -> Cell:
    mark = fmt.marker(significant, difference)
    return Cell(mark, _marker_sort(mark), text, CENTRE,
                accessible=text or QCoreApplication.translate("ResultsModel", "geen verschil getoetst"))


def _sortable(value) -> float:
    return float("-inf") if not fmt.present(value) else float(value)


class CellRowsModel(QAbstractTableModel):
    """Rows of formatted ``Cell``s under (title, tooltip) headers; a row may carry its question's id
    (``QUESTION_ID_ROLE``). Subclasses fill ``_headers``, ``_rows`` and ``_ids`` between a model reset."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[tuple[str, str]] = []
        self._rows: list[list[Cell]] = []
        self._ids: list[str] = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def _cell(self, row: int, column: int, tips: bool = False) -> Cell:
        return self._rows[row][column]

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        try:
            if role == QUESTION_ID_ROLE:
                return self._ids[index.row()] if self._ids else None
            cell = self._cell(index.row(), index.column(), role in TIP_ROLES)
            return cell.sort if role == SORT_ROLE else cell_data(cell, role)
        except Exception:          # a model must never raise into Qt's paint code
            return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._headers[section][1] or None
        return None


class ResultsTableModel(CellRowsModel):
    """A row per question; per year the columns n, %, ±, ref %, and markers against the reference
    group and the previous year."""

    YEAR_FIELDS = ("n", "value", "margin", "ref_percent", "sig_ref", "sig_prev")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._columns: list[ColumnSpec] = []
        self.years: list[int] = []
        self._source = FrameRows(None)
        self._order: list[int] = []                           # the frame row shown in each row
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # the column and order the rows are sorted by
        self._cells: dict[tuple[int, int], Cell] = {}         # by frame row: formatted for showing, sizing
        self._tipped: dict[tuple[int, int], Cell] = {}        # with the tooltip and accessible text
        self._confidence, self._lang, self._reference_name = 0.95, "nl", ""

    def _year_columns(self, year: int) -> list[ColumnSpec]:
        titles = {
            "n": ("n", QCoreApplication.translate("ResultsModel", "Aantal geldige antwoorden in {year}")),
            "value": ("%", QCoreApplication.translate("ResultsModel", "Percentage positief in {year} (bij een rapportcijfer: het gemiddelde)")),
            "margin": ("±", QCoreApplication.translate("ResultsModel", "Foutmarge in procentpunten, {year}: ± z·√(p(1−p)/n), "
                                                        "de gangbare benadering. De grafiek en de tooltip bij % tonen "
                                                        "het Wilson-interval, dat bij kleine n of uitersten scheef is.")),
            "ref_percent": (QCoreApplication.translate("ResultsModel", "ref"), QCoreApplication.translate("ResultsModel", "Percentage positief (bij een rapportcijfer: het gemiddelde) in {reference}, {year}")),
            "sig_ref": (QCoreApplication.translate("ResultsModel", "▲▼ ref"), QCoreApplication.translate("ResultsModel", "▲ ▼ significant hoger of lager dan {reference} in {year}")),
            "sig_prev": (QCoreApplication.translate("ResultsModel", "▲▼ vorig"), QCoreApplication.translate("ResultsModel", "▲ ▼ significant hoger of lager dan het jaar ervoor")),
        }
        reference = fmt.reference_words(self._reference_name, self._lang)["reference"]
        return [ColumnSpec(f, f"{year}\n{titles[f][0]}", titles[f][1].format(year=year, reference=reference), year)
                for f in self.YEAR_FIELDS]

    def set_results(self, frame, years: list[int], confidence: float = 0.95, lang: str = "nl",
                    reference_name: str = "") -> None:
        """Show ``frame`` (the core's results) for ``years``; a row per (question, group), its cells
        formatted when first asked for. ``reference_name``: what the user calls the reference group."""
        self.beginResetModel()
        try:
            self.years = list(years)
            self._lang, self._reference_name = lang, reference_name
            self._columns = [ColumnSpec("question_id", QCoreApplication.translate("ResultsModel", "Nr."), QCoreApplication.translate("ResultsModel", "Vraagnummer")),
                             ColumnSpec("question", QCoreApplication.translate("ResultsModel", "Vraag"), QCoreApplication.translate("ResultsModel", "Vraag of stelling"))]
            for year in self.years:
                self._columns += self._year_columns(year)
            self._headers = [(spec.title, spec.tooltip) for spec in self._columns]
            self._source = rows_of(frame)
            self._confidence, self._lang = confidence, lang
            self._cells, self._tipped = {}, {}
            self._order = list(range(len(self._source)))
            if self._sorted is not None and self._sorted[0] < len(self._columns):
                self._order = self._sorted_rows(*self._sorted)
            self._ids = [self._source.ids[r] for r in self._order]
        finally:
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows in the order of ``column``'s sort values (a ``-1`` column: the frame's order); the order holds
        for the next frames too. Sorting here reads only the sort values: a proxy's ``lessThan`` per pair of
        rows took seconds for a breakdown by municipality."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._order[p.row()], p.column()) for p in persistent]
        self._sorted = None if column < 0 else (column, order)
        self._order = self._sorted_rows(column, order, self._order) if column >= 0 else list(range(len(self._source)))
        self._ids = [self._source.ids[r] for r in self._order]
        position = {r: i for i, r in enumerate(self._order)}
        self.changePersistentIndexList(persistent, [self.index(position[r], c) for r, c in kept])
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder, rows: list[int] | None = None) -> list[int]:
        """``rows`` (default: the frame's order) ordered by the column's sort values as the proxy's ``lessThan``
        ordered them: stable, so equal values keep the order they had (the previous sort's)."""
        rows = list(range(len(self._source))) if rows is None else rows
        keys = [self._sort_value(r, column) for r in range(len(self._source))]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(rows, key=keys.__getitem__, reverse=descending)
        except TypeError:                 # values of different kinds: compared as text, as lessThan does
            def compare(a, b):
                return -1 if ResultsFilterProxy.less(keys[a], keys[b]) else (
                    1 if ResultsFilterProxy.less(keys[b], keys[a]) else 0)
            return sorted(rows, key=functools.cmp_to_key(compare), reverse=descending)

    def _sort_value(self, row: int, column: int):
        """The sort value of the frame row's cell (what ``_format`` puts in ``Cell.sort``), without formatting."""
        if column < 2:
            return self._format(row, column, False).sort
        spec = self._columns[column]
        return _year_sort(self._source.record(row, spec.year), spec.field)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def _cell(self, row: int, column: int, tips: bool = False) -> Cell:
        """The cell, formatted when first asked for; its tooltip and accessible text only with ``tips``."""
        cache = self._tipped if tips else self._cells
        row = self._order[row]
        cell = cache.get((row, column))
        if cell is None:
            cell = cache[(row, column)] = self._format(row, column, tips)
        return cell

    def _format(self, row: int, column: int, tips: bool) -> Cell:
        source = self._source
        if column < 2:
            qid, group = source.ids[row], source.groups[row]
            if column == 0:
                return Cell(qid, int(qid[1:]) if qid[1:].isdigit() else qid, align=TEXT)
            question = source.first(row)["question"]
            label = str(question) + (f" ({group})" if group else "")
            return Cell(label, label.casefold(), question, TEXT)
        spec = self._columns[column]
        return _year_cells(source.record(row, spec.year), spec.field, self._confidence, self._lang, tips,
                           self._reference_name)

    def question_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, question_id: str) -> int:
        return self._ids.index(question_id) if question_id in self._ids else -1

    def column_spec(self, column: int) -> ColumnSpec:
        return self._columns[column]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:          # every other year shaded
            year = self._columns[index.column()].year if 0 <= index.column() < len(self._columns) else None
            return GROUP_SHADE if year in self.years and self.years.index(year) % 2 == 0 else None
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return TEXT if self._columns[section].year is None else CENTRE
        return super().headerData(section, orientation, role)


class ResultsFilterProxy(QSortFilterProxyModel):
    """Text filter on the question number and text; sorts on raw values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        needle = self._needle
        if not needle:
            return True
        model = self.sourceModel()
        text = " ".join(str(model.index(source_row, c, source_parent).data() or "") for c in (0, 1))
        return needle.casefold() in text.casefold()

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):          # Qt >= 6.9
            self.beginFilterChange()
            self._needle = text.strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip()
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A source model that sorts its own rows (``ResultsTableModel.sort``) does it; the proxy then keeps its
        order and only filters."""
        source = self.sourceModel()
        if isinstance(source, ResultsTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    @staticmethod
    def less(a, b) -> bool:
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        return self.less(left.data(SORT_ROLE), right.data(SORT_ROLE))


class QuestionRowsModel(CellRowsModel):
    """One question: a row per year with n, figure, margin, reference, differences and significance."""

    def set_rows(self, frame, confidence: float = 0.95, lang: str = "nl", reference_name: str = "") -> None:
        """``frame``: the question's results rows; ``reference_name``: what the user calls the reference group."""
        self.beginResetModel()
        try:
            records = _records(frame) if frame is not None else []
            grade = bool(records) and records[0].get("kind") == "mean"
            words = fmt.reference_words(reference_name, lang)
            self._headers = [
                (QCoreApplication.translate("ResultsModel", "Jaar"), ""), ("n", QCoreApplication.translate("ResultsModel", "Aantal geldige antwoorden")),
                (QCoreApplication.translate("ResultsModel", "Gemiddelde") if grade else "%", QCoreApplication.translate("ResultsModel", "Gemiddeld cijfer") if grade else QCoreApplication.translate("ResultsModel", "Percentage positief")),
                ("±", QCoreApplication.translate("ResultsModel", "Foutmarge: ± z·√(p(1−p)/n), de gangbare benadering; "
                                                 "de grafiek toont het Wilson-interval")),
                (QCoreApplication.translate("ResultsModel", "Ref gem.") if grade else QCoreApplication.translate("ResultsModel", "Ref %"),
                 (QCoreApplication.translate("ResultsModel", "Gemiddeld cijfer in {reference}") if grade
                  else QCoreApplication.translate("ResultsModel", "Percentage positief in {reference}")).format(**words)),
                (QCoreApplication.translate("ResultsModel", "Ref n"), QCoreApplication.translate("ResultsModel", "n van {reference}").format(**words)),
                (QCoreApplication.translate("ResultsModel", "Verschil ref"),
                 (QCoreApplication.translate("ResultsModel", "Verschil met {reference} in punten van het cijfer") if grade
                  else QCoreApplication.translate("ResultsModel", "Verschil met {reference} in procentpunten")).format(**words)),
                ("▲▼", QCoreApplication.translate("ResultsModel", "Significant t.o.v. {reference}").format(**words)),
                (QCoreApplication.translate("ResultsModel", "Verschil vorig jaar"),
                 QCoreApplication.translate("ResultsModel", "Verschil met het jaar ervoor in punten van het cijfer") if grade
                 else QCoreApplication.translate("ResultsModel", "Verschil met het jaar ervoor in procentpunten")), ("▲▼ ", QCoreApplication.translate("ResultsModel", "Significant t.o.v. vorig jaar")),
            ]
            self._rows = []
            for r in records:
                self._rows.append([
                    Cell(str(r["year"]), r["year"], align=TEXT),
                    Cell(fmt.number(r.get("n"), 0, lang), r.get("n")),
                    Cell(fmt.value_text(r, lang), fmt.value_sort(r), fmt.value_tooltip(r, confidence, lang, reference_name),
                         italic=bool(fmt.flag(r.get("indicative")))),
                    Cell(fmt_margin(r.get("margin"), r.get("ci_low"), r.get("ci_high"), lang, sign=""), r.get("margin")),
                    Cell(fmt.number(r.get("ref_percent"), 1 if grade else 0, lang), r.get("ref_percent")),
                    Cell(fmt.number(r.get("ref_n"), 0, lang), r.get("ref_n")),
                    Cell(fmt.number(r.get("diff_ref"), 1, lang), r.get("diff_ref")),
                    _marker_cell(r.get("sig_ref"), r.get("diff_ref"), fmt.with_detail(fmt.comparison_text(
                        r.get("sig_ref"), r.get("diff_ref"), r.get("p_ref_adj"), words["reference"], lang,
                        grade=grade),
                        fmt.difference_detail(r, "ref", confidence, lang))),
                    Cell(fmt.number(r.get("diff_prev"), 1, lang), r.get("diff_prev")),
                    _marker_cell(r.get("sig_prev"), r.get("diff_prev"), fmt.with_detail(fmt.comparison_text(
                        r.get("sig_prev"), r.get("diff_prev"), r.get("p_prev_adj"),
                        "" if not fmt.present(r.get("prev_year")) else str(r.get("prev_year")), lang, grade=grade),
                        fmt.difference_detail(r, "prev", confidence, lang))),
                ])
        finally:
            self.endResetModel()

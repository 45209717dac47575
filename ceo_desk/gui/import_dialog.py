"""The import dialog for a reference table, like a spreadsheet's import wizard.

It shows the file's first rows with a role chooser above each column, pre-filled with the program's
reading (candidate columns marked when the program would not guess), the row that holds the headers,
one year for a table without years, and a live preview of the table as it will be read and of the
survey questions each row pairs with. All reading is the core's (``io.reference.preview_reference``);
the dialog only shows it and collects the user's choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

ROLE_ORDER = ("question", "year", "n", "percent")
CANDIDATE = QColor(255, 236, 150)       # a column the program could not choose between: marked, not coloured alone
NO_YEAR = 0


class ImportDialog(QDialog):
    """Which column of a reference table is which; ``columns()`` and ``header_row()`` give the choice."""

    def __init__(self, raw, question_texts: dict[str, str] | None = None, layouts: dict | None = None,
                 lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        from ceo_desk.io.reference import preview_reference

        self._preview_reference = preview_reference
        self.raw = raw
        self.question_texts = dict(question_texts or {})       # survey question key -> text
        self.setWindowTitle(self.tr("Referentietabel importeren: {name}").format(name=Path(raw.path).name))
        self.resize(980, 620)
        first = preview_reference(raw, layouts=layouts)
        self.preview = first
        self._updating = False

        intro = QLabel(self.tr("Kies boven elke kolom wat erin staat. CEO Desk heeft de kolommen al ingevuld zoals "
                               "het ze leest; gemarkeerde kolommen komen allebei in aanmerking (★)."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, max(first.rows[-1][0] if first.rows else 1, 1))
        self.header_spin.setValue(first.header_row)
        self.header_spin.setToolTip(self.tr("De rij met de kolomkoppen, zoals het rekenblad die nummert"))
        form.addRow(self.tr("Rij met kolomkoppen:"), self.header_spin)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(NO_YEAR, 2100)
        self.year_spin.setSpecialValueText(self.tr("(uit de tabel)"))
        self.year_spin.setValue(NO_YEAR)
        self.year_spin.setToolTip(self.tr("Eén jaar voor de hele tabel, als de tabel zelf geen jaren noemt"))
        form.addRow(self.tr("Jaar voor de hele tabel:"), self.year_spin)

        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choosers: list[QComboBox] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([self.tr("Vraag"), self.tr("Jaar"), self.tr("n"), self.tr("%"),
                                              self.tr("Gepaard met vraag uit de enquête")])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importeren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Eerste rijen van het bestand:"), self))
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Zo wordt de tabel gelezen:"), self))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.buttons)

        self._build_grid(first)
        self._show(first)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.year_spin.valueChanged.connect(lambda _: self._refresh())

    # --- what the user chose --------------------------------------------------------------------

    def role_names(self) -> dict[str, str]:
        return {"": self.tr("— niet gebruiken"), "question": self.tr("Vraag"), "year": self.tr("Jaar"),
                "n": self.tr("n (aantal)"), "percent": self.tr("Percentage positief")}

    def columns(self) -> dict[str, str]:
        """Role -> column letter as chosen (long form; for a wide table the program's reading holds)."""
        chosen: dict[str, str] = {}
        for letter, combo in zip(self.preview.letters, self.choosers):
            role = combo.currentData()
            if role and role not in chosen:
                chosen[role] = letter
        if self.year_spin.value() != NO_YEAR:
            chosen["year"] = str(self.year_spin.value())
        return chosen

    def header_row(self) -> int:
        return self.header_spin.value()

    def signature(self) -> str:
        return self.preview.signature

    def layout_entry(self) -> dict:
        """What the project keeps for files with this header row; one fixed year only for this very file."""
        columns = {role: letter for role, letter in self._spec().items()
                   if not (role == "year" and self.year_spin.value() != NO_YEAR)}
        entry = {"columns": columns, "header_row": self.header_row()}
        if self.year_spin.value() != NO_YEAR:
            from ceo_desk.io.classify import file_checksum
            entry["years"] = {file_checksum(Path(self.raw.path)): self.year_spin.value()}
        return entry

    # --- building -------------------------------------------------------------------------------

    def _build_grid(self, preview) -> None:
        names = self.role_names()
        self.grid.clear()
        self.grid.setColumnCount(len(preview.letters))
        self.grid.setRowCount(len(preview.rows) + 1)
        self.grid.setHorizontalHeaderLabels(preview.letters)
        self.grid.setVerticalHeaderLabels([self.tr("rol")] + [str(number) for number, _ in preview.rows])
        self.choosers = []
        for col, letter in enumerate(preview.letters):
            combo = QComboBox(self.grid)
            for role in ("",) + ROLE_ORDER:
                combo.addItem(names[role], role)
            combo.setObjectName(f"role_{letter}")
            combo.setAccessibleName(self.tr("Rol van kolom {letter}").format(letter=letter))
            combo.currentIndexChanged.connect(lambda _, c=col: self._role_changed(c))
            self.grid.setCellWidget(0, col, combo)
            self.choosers.append(combo)
        for row, (_, cells) in enumerate(preview.rows, start=1):
            for col, text in enumerate(cells):
                self.grid.setItem(row, col, QTableWidgetItem(text))
        self._fill_choosers(preview)
        self.grid.resizeColumnsToContents()

    def _fill_choosers(self, preview) -> None:
        self._updating = True
        try:
            role_of = {letter: role for role, letters in preview.roles.items() for letter in letters}
            candidates = {letter: role for role, letters in preview.candidates.items() for letter in letters}
            names = self.role_names()
            for letter, combo in zip(preview.letters, self.choosers):
                combo.setCurrentIndex(max(0, combo.findData(role_of.get(letter, ""))))
                marked = letter in candidates
                combo.setProperty("candidate", marked)
                if marked:
                    combo.setToolTip(self.tr("Kandidaat voor '{role}': kies zelf").format(
                        role=names[candidates[letter]]))
                    combo.setItemText(0, "★ " + names[""])
                else:
                    combo.setToolTip("")
                    combo.setItemText(0, names[""])
                combo.setStyleSheet("QComboBox { background: #ffec96; }" if marked else "")
            header_index = next((i for i, (n, _) in enumerate(preview.rows, start=1) if n == preview.header_row), None)
            for row in range(1, self.grid.rowCount()):
                for col in range(self.grid.columnCount()):
                    item = self.grid.item(row, col)
                    if item is not None:
                        font = item.font()
                        font.setBold(row == header_index)
                        item.setFont(font)
                        below = header_index is not None and row > header_index
                        item.setBackground(QBrush(CANDIDATE) if preview.letters[col] in candidates and below
                                           else QBrush())
        finally:
            self._updating = False

    # --- reacting -------------------------------------------------------------------------------

    def _role_changed(self, column: int) -> None:
        if not self._updating:
            self._refresh()

    def _header_changed(self, _value: int) -> None:
        preview = self._preview_reference(self.raw, None, self.header_spin.value())
        self.preview = preview
        self._build_grid(preview)
        self._show(preview)

    def _spec(self) -> dict[str, str]:
        return self.columns()

    def _twice(self) -> list[str]:
        """Roles chosen for more than one column (while the user moves through a chooser, or by mistake)."""
        roles = [combo.currentData() for combo in self.choosers if combo.currentData()]
        return sorted({r for r in roles if roles.count(r) > 1})

    def _refresh(self) -> None:
        twice = self._twice()
        if twice:
            names = self.role_names()
            self.preview.table, self.preview.error = None, None
            self._show(self.preview, self.tr("Meer dan één kolom heeft de rol '{role}': kies er één.").format(
                role=names[twice[0]]))
            return
        spec = self._spec()
        preview = self._preview_reference(self.raw, spec or None, self.header_spin.value())
        preview.candidates = {} if spec else preview.candidates
        self.preview = preview
        self._show(preview)

    def _show(self, preview, problem: str = "") -> None:
        ok = preview.table is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if problem:
            self.status.setText(problem)
            self.status.setStyleSheet("color: #a00000;")
        elif preview.error is not None:
            self.status.setText(preview.error.render(self.lang))
            self.status.setStyleSheet("color: #a00000;")
        else:
            rows = len(preview.table.frame)
            self.status.setText(self.tr("{rows} regels gelezen.").format(rows=rows))
            self.status.setStyleSheet("")
        self._fill_table(preview)

    def _fill_table(self, preview) -> None:
        from ceo_desk.i18n import fmt_number

        frame = preview.table.frame if preview.table is not None else None
        self.table.setRowCount(0 if frame is None else len(frame))
        if frame is None:
            return
        lang = self.lang
        for row, r in enumerate(frame.itertuples()):
            paired = self.question_texts.get(r.key, "—")
            cells = [r.text, str(r.year), "" if r.n != r.n else fmt_number(float(r.n), 0, lang),
                     fmt_number(float(r.percent), 1, lang), paired]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()

    # --- for tests and the window ---------------------------------------------------------------

    def chooser(self, letter: str) -> QComboBox:
        return self.choosers[self.preview.letters.index(letter)]



def open_import_dialog(parent: QWidget, session, path: Path) -> bool:
    """Ask which column is which for ``path``; on confirmation keep the layout and read the file again.
    Returns False when the file cannot be shown or the user cancelled."""
    from ceo_desk.io.registry import read_raw
    from ceo_desk.model.errors import CeoDeskError

    try:
        raw = read_raw(path)
    except CeoDeskError:
        return False
    analysis = session.analysis
    texts = {q.key: q.text for q in analysis.catalogue} if analysis is not None else {}
    layouts = session.overrides.layouts if session.overrides is not None else None
    dialog = ImportDialog(raw, texts, layouts, session.lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    session.confirm_layout(dialog.signature(), dialog.layout_entry())
    session.open_files([], reference=path)
    return True

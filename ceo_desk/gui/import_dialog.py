"""The import dialog, like a spreadsheet's import wizard: for a survey file and for a reference table.

It shows the file's first rows with a role chooser above each column, pre-filled with the program's
reading (for a reference table: candidate columns marked when the program would not guess), the row that
holds the headers, one year for a file without years, and a live preview of how the file will be read:
for a reference table the parsed table and the survey questions each row pairs with; for a survey file
each column with what it holds (answers and their counts, groups, years, the weight). All reading is the
core's (``io.reference.preview_reference``, ``io.survey_layout.preview_survey``); the dialog only shows it
and collects the user's choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

REFERENCE, SURVEY = "reference", "survey"
ROLE_ORDER = ("question", "year", "n", "percent")
SURVEY_ROLE_ORDER = ("question", "background", "year", "weight", "ignore")
CANDIDATE = QColor(255, 236, 150)       # a column the program could not choose between: marked, not coloured alone
NO_YEAR = 0


class ImportDialog(QDialog):
    """Which column of a file is which. For a reference table ``columns()``/``layout_entry()`` give the choice,
    for a survey file ``survey_choice()``; ``kind()`` says which of the two the user confirmed."""

    def __init__(self, raw, question_texts: dict[str, str] | None = None, layouts: dict | None = None,
                 lang: str = "nl", parent: QWidget | None = None, kind: str = REFERENCE, message: str = "",
                 kind_fixed: bool = False) -> None:
        super().__init__(parent)
        self.lang = lang
        from ceo_desk.io.reference import preview_reference
        from ceo_desk.io.survey_layout import preview_survey

        self._preview_reference = preview_reference
        self._preview_survey = preview_survey
        self.raw = raw
        self.layouts = layouts
        self.question_texts = dict(question_texts or {})       # survey question key -> text
        self.setWindowTitle(self.tr("Importinstellingen: {name}").format(name=Path(raw.path).name))
        self.resize(1020, 680)
        self._updating = False
        self._kind = kind if raw.grid is not None else SURVEY     # an SPSS file is never a reference table
        self.preview = None

        self.reason = QLabel(message, self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #a00000;")
        self.reason.setVisible(bool(message))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("antwoorden van een enquête"), SURVEY)
        self.kind_combo.addItem(self.tr("de tabel van de referentiegroep"), REFERENCE)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._kind))
        self.kind_combo.setEnabled(not kind_fixed and raw.grid is not None)
        form.addRow(self.tr("Het bestand bevat:"), self.kind_combo)
        self.header_spin = QSpinBox(self)
        self.header_spin.setToolTip(self.tr("De rij met de kolomkoppen, zoals het rekenblad die nummert"))
        form.addRow(self.tr("Rij met kolomkoppen:"), self.header_spin)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(NO_YEAR, 2100)
        self.year_spin.setValue(NO_YEAR)
        self.year_spin.setToolTip(self.tr("Eén jaar voor het hele bestand, als het bestand zelf geen jaren noemt "
                                          "(of kies boven een kolom de rol 'Jaar')"))
        form.addRow(self.tr("Jaar voor het hele bestand:"), self.year_spin)

        self.grid = QTableWidget(self)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.choosers: list[QComboBox] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Importeren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Eerste rijen van het bestand:"), self))
        layout.addWidget(self.grid, 3)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Zo wordt het bestand gelezen:"), self))
        layout.addWidget(self.table, 3)
        layout.addWidget(self.buttons)

        self._start(self._kind)
        if self.preview.error is not None and self.preview.error.render(lang) == message:
            self.reason.hide()                  # the same words stand under the rows already
        self.kind_combo.currentIndexChanged.connect(lambda _: self._start(self.kind_combo.currentData()))
        self.header_spin.valueChanged.connect(self._header_changed)
        self.year_spin.valueChanged.connect(lambda _: self._refresh())

    # --- what the user chose --------------------------------------------------------------------

    def kind(self) -> str:
        return self._kind

    def role_names(self) -> dict[str, str]:
        if self._kind == SURVEY:
            return {"question": self.tr("Vraag"), "background": self.tr("Achtergrond (groepen)"),
                    "year": self.tr("Jaar"), "weight": self.tr("Weegfactor"), "ignore": self.tr("— niet gebruiken")}
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
        if "n" not in chosen and len(self._read_n) == 1 and self.chooser(self._read_n[0]).currentData() == "":
            chosen["n"] = "-"                # the program read an n column; the user said: not used
        return chosen

    def header_row(self) -> int:
        return self.header_spin.value()

    def signature(self) -> str:
        return self.preview.signature

    def fixed_year(self) -> int | None:
        return self.year_spin.value() if self.year_spin.value() != NO_YEAR else None

    def survey_choice(self) -> dict:
        """A survey file's settings: header row (None for SPSS), the year (a fixed year, a column's name or
        None: as the file says), the roles that differ from the program's reading, the weight column."""
        roles: dict[str, str] = {}
        year_column = weight = None
        for name, combo in zip(self.preview.names, self.choosers):
            role = combo.currentData()
            if role == "year":
                year_column = name
            if role == "weight":
                weight = name
            if role != self.preview.default_roles.get(name):
                roles[name] = role
        fixed = self.fixed_year()
        year = fixed if fixed is not None else (year_column if year_column in roles else None)
        return {"header_row": self.header_spin.value() if self.raw.grid is not None else None, "year": year,
                "roles": roles, "weight": weight}

    def layout_entry(self) -> dict:
        """What the project keeps for files with this header row; one fixed year only for this very file."""
        if self._kind == SURVEY:
            from ceo_desk.io.survey_layout import layout_entry
            choice = self.survey_choice()
            return layout_entry(choice["header_row"], choice["year"], choice["roles"])
        columns = {role: letter for role, letter in self.columns().items()
                   if not (role == "year" and self.year_spin.value() != NO_YEAR)}
        entry = {"columns": columns, "header_row": self.header_row()}
        if self.year_spin.value() != NO_YEAR:
            from ceo_desk.io.classify import file_checksum
            entry["years"] = {file_checksum(Path(self.raw.path)): self.year_spin.value()}
        return entry

    # --- building -------------------------------------------------------------------------------

    def _start(self, kind: str) -> None:
        """Show the file as a survey or as a reference table: the program's reading pre-filled."""
        self._kind = kind
        if kind == SURVEY:
            self.intro.setText(self.tr("Kies boven elke kolom wat erin staat: een vraag, een achtergrondkenmerk om "
                                       "op uit te splitsen, het jaar of de weegfactor. CEO Desk heeft de kolommen al "
                                       "ingevuld zoals het ze leest."))
            self.year_spin.setSpecialValueText(self.tr("(uit het bestand)"))
            preview = self._preview_survey(self.raw, lang=self.lang)
            self.table.setColumnCount(3)
            self.table.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Gelezen als"), self.tr("Inhoud")])
        else:
            self.intro.setText(self.tr("Kies boven elke kolom wat erin staat. CEO Desk heeft de kolommen al ingevuld "
                                       "zoals het ze leest; gemarkeerde kolommen komen allebei in aanmerking (★)."))
            self.year_spin.setSpecialValueText(self.tr("(uit de tabel)"))
            preview = self._preview_reference(self.raw, layouts=self.layouts)
            self.table.setColumnCount(5)
            self.table.setHorizontalHeaderLabels([self.tr("Vraag"), self.tr("Jaar"), self.tr("n"), self.tr("%"),
                                                  self.tr("Gepaard met vraag uit de enquête")])
        self.preview = preview
        self._read_n = list(preview.roles.get("n", [])) if kind == REFERENCE else []
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(preview.rows[-1][0] if preview.rows else 1, 1))
        self.header_spin.setValue(preview.header_row or 1)
        self.header_spin.setEnabled(preview.header_row is not None)
        self.header_spin.blockSignals(False)
        self._build_grid(preview)
        self._show(preview)

    def _build_grid(self, preview) -> None:
        names = self.role_names()
        self.grid.clear()
        self.grid.setColumnCount(len(preview.letters))
        self.grid.setRowCount(len(preview.rows) + 1)
        self.grid.setHorizontalHeaderLabels(preview.letters)
        self.grid.setVerticalHeaderLabels([self.tr("rol")] + [str(number) for number, _ in preview.rows])
        self.choosers = []
        order = SURVEY_ROLE_ORDER if self._kind == SURVEY else ("",) + ROLE_ORDER
        for col, letter in enumerate(preview.letters):
            combo = QComboBox(self.grid)
            for role in order:
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
            if self._kind == SURVEY:
                role_of = dict(zip(preview.letters, preview.roles))
                candidates: dict[str, str] = {}
            else:
                role_of = {letter: role for role, letters in preview.roles.items() for letter in letters}
                candidates = {letter: role for role, letters in preview.candidates.items() for letter in letters}
            names = self.role_names()
            for letter, combo in zip(preview.letters, self.choosers):
                combo.setCurrentIndex(max(0, combo.findData(role_of.get(letter, ""))))
                marked = letter in candidates
                combo.setProperty("candidate", marked)
                if self._kind == SURVEY:
                    continue
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
        if self._kind == SURVEY:
            preview = self._preview_survey(self.raw, header_row=self.header_spin.value(), year=self.fixed_year(),
                                           lang=self.lang)
        else:
            preview = self._preview_reference(self.raw, None, self.header_spin.value())
            self._read_n = list(preview.roles.get("n", []))
        self.preview = preview
        self._build_grid(preview)
        self._show(preview)

    def _spec(self) -> dict[str, str]:
        return self.columns()

    def _twice(self) -> list[str]:
        """Roles chosen for more than one column (while the user moves through a chooser, or by mistake)."""
        single = ("year", "weight") if self._kind == SURVEY else ROLE_ORDER
        roles = [combo.currentData() for combo in self.choosers if combo.currentData() in single]
        return sorted({r for r in roles if roles.count(r) > 1})

    def _refresh(self) -> None:
        twice = self._twice()
        if twice:
            names = self.role_names()
            if self._kind == REFERENCE:
                self.preview.table, self.preview.error = None, None
            else:
                self.preview.survey, self.preview.error = None, None
            self._show(self.preview, self.tr("Meer dan één kolom heeft de rol '{role}': kies er één.").format(
                role=names[twice[0]]))
            return
        if self._kind == SURVEY:
            choice = self.survey_choice()
            preview = self._preview_survey(self.raw, header_row=choice["header_row"], year=choice["year"],
                                           roles=choice["roles"], lang=self.lang)
            preview.default_roles = self.preview.default_roles      # the program's reading stays the reference
            self.preview = preview
            self._show(preview)
            return
        spec = self._spec()
        preview = self._preview_reference(self.raw, spec or None, self.header_spin.value())
        preview.candidates = {} if spec else preview.candidates
        self.preview = preview
        self._show(preview)

    def _show(self, preview, problem: str = "") -> None:
        ok = (preview.survey if self._kind == SURVEY else preview.table) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and not problem)
        if problem:
            self.status.setText(problem)
            self.status.setStyleSheet("color: #a00000;")
        elif preview.error is not None:
            self.status.setText(preview.error.render(self.lang))
            self.status.setStyleSheet("color: #a00000;")
        elif self._kind == SURVEY:
            self.status.setText(self._survey_summary(preview.survey))
            self.status.setStyleSheet("")
        else:
            rows = len(preview.table.frame)
            self.status.setText(self.tr("{rows} regels gelezen.").format(rows=rows))
            self.status.setStyleSheet("")
        if self._kind == SURVEY:
            self._fill_columns(preview, bool(problem))
        else:
            self._fill_table(preview)

    def _survey_summary(self, survey) -> str:
        from ceo_desk.i18n import fmt_number
        from ceo_desk.model.survey import ColumnKind
        kinds = [c.kind for c in survey.columns]
        counted = sum(k in (ColumnKind.QUESTION, ColumnKind.GRADE) for k in kinds)
        years = ", ".join(str(y) for y in survey.n_by_year())
        return self.tr("Respondenten: {rows}; jaar: {years}; vragen: {questions}; achtergrondkolommen: {background}.").format(
            rows=fmt_number(survey.n_rows, 0, self.lang), years=years, questions=counted,
            background=sum(k is ColumnKind.METADATA for k in kinds))

    def _fill_columns(self, preview, stale: bool) -> None:
        """One row per column of the survey file: its name, the role it is read in, what it holds."""
        names = self.role_names()
        self.table.setRowCount(0 if stale else len(preview.names))
        if stale:
            return
        for row, (name, role, text) in enumerate(zip(preview.names, preview.roles, preview.descriptions)):
            for col, value in enumerate((name, names.get(role, role), text)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

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


def open_import_dialog(parent: QWidget, session, path: Path, kind: str = REFERENCE, message: str = "",
                       kind_fixed: bool = False) -> bool:
    """Ask how ``path`` is to be read; on confirmation keep the choice and read the file again.
    Returns False when the file cannot be shown or the user cancelled."""
    from ceo_desk.io.registry import read_raw
    from ceo_desk.model.errors import CeoDeskError

    try:
        raw = read_raw(path)
    except CeoDeskError:
        return False
    analysis = session.analysis
    texts = {q.key: q.text for q in analysis.catalogue} if analysis is not None else {}
    dialog = ImportDialog(raw, texts, session.layouts(), session.lang, parent, kind=kind, message=message,
                          kind_fixed=kind_fixed)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.kind() == SURVEY:
        choice = dialog.survey_choice()
        session.import_survey(path, dialog.signature(), dialog.layout_entry(), dialog.fixed_year(), choice["weight"])
    else:
        session.confirm_layout(dialog.signature(), dialog.layout_entry())
        session.open_files([], reference=path)
    return True

"""The open answers: per question and year, with a search box, a theme filter and a group filter.

Everything this panel shows, copies or exports is masked text from ``ceo_desk.openanswers``: the
answers as written never reach a widget. The masking runs in the task runner when the loaded files
change; themes are edited here and kept in the project by the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ceo_desk.gui.dialogs import ok_cancel_defaults
from ceo_desk.i18n import fmt_number

ALL = None
COLLECT = "collect-open-answers"
MAX_SHOWN = 2000


def _same(a: tuple, b: tuple) -> bool:
    """The same loaded survey objects (identity: a survey holds arrays, it has no useful ==)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def collect_job(state, surveys: list):
    """Mask the open answers of the loaded surveys (in the runner's thread)."""
    from ceo_desk.openanswers.collect import collect
    return collect(surveys, progress=state.progress, cancelled=state.cancelled)


def export_job(state, data, path: Path, themes: list, lang: str, min_n: int) -> Path:
    from ceo_desk.openanswers.export import export_open_answers
    return export_open_answers(data, path, themes, lang, min_n)


class ThemesDialog(QDialog):
    """The theme list as plain text: one theme a line, "name: keyword, keyword"."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thema's bewerken"))
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("Thema's en trefwoorden"))
        help_text = QLabel(self.tr(
            "Eén thema per regel: <i>naam: trefwoord, trefwoord</i>. Een trefwoord van 7 letters of meer telt ook "
            "midden in een woord, een korter aan het begin (ook na ‘ge’ of ‘on’): ‘wacht’ vindt ‘wachten’, "
            "‘gewacht’ en ‘wachtlijst’. Met ! ervoor sluit u woorden uit: ‘!kennismak’."), self)
        help_text.setWordWrap(True)
        buttons = ok_cancel_defaults(self, self._defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _defaults(self) -> None:
        from ceo_desk.openanswers.themes import DEFAULT_THEMES, format_themes
        self.editor.setPlainText(format_themes(DEFAULT_THEMES))

    def themes(self) -> list:
        from ceo_desk.openanswers.themes import parse_themes
        return parse_themes(self.editor.toPlainText())


class OpenAnswersPanel(QWidget):
    themesEdited = Signal(list)          # the user's new theme list (openanswers.Theme)

    def __init__(self, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.data = None
        self._surveys: tuple = ()
        self._themes: list | None = None
        self._matcher = None
        self.lang, self.min_n = "nl", 10
        self._build()

    # --- construction ----------------------------------------------------------------------------

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._update)
        return combo

    def _build(self) -> None:
        self.question_combo = self._combo(self.tr("Open vraag"))
        self.year_combo = self._combo(self.tr("Jaar"))
        self.theme_combo = self._combo(self.tr("Thema"))
        self.group_column_combo = self._combo(self.tr("Groep"))
        self.group_column_combo.currentIndexChanged.connect(self._fill_groups)
        self.group_combo = self._combo(self.tr("Groepswaarde"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoeken in de antwoorden…"))
        self.search.setAccessibleName(self.tr("Zoeken in de antwoorden"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._update)
        self.themes_button = QPushButton(self.tr("Thema's bewerken…"), self)
        self.themes_button.clicked.connect(self.edit_themes)
        self.export_button = QPushButton(self.tr("Exporteren…"), self)
        self.export_button.setToolTip(self.tr("De open antwoorden zonder persoonsgegevens naar Excel, CSV of JSON"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        for label, widget in ((self.tr("Vraag"), self.question_combo), (self.tr("Jaar"), self.year_combo),
                              (self.tr("Groep"), self.group_column_combo)):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addWidget(self.group_combo)
        top.addStretch()
        second = QHBoxLayout()             # the theme beside the search: the first row holds the long question
        second.addWidget(QLabel(self.tr("Thema"), self))
        second.addWidget(self.theme_combo)
        second.addWidget(self.search, 1)
        second.addWidget(self.themes_button)
        second.addWidget(self.export_button)

        self.theme_table = QTableWidget(self)
        self.theme_table.setAccessibleName(self.tr("Thema's per jaar"))
        self.theme_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.theme_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.theme_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.theme_table.verticalHeader().hide()
        self.theme_table.cellClicked.connect(self._theme_clicked)
        self.answers = QListWidget(self)
        self.answers.setAccessibleName(self.tr("Open antwoorden"))
        self.answers.setWordWrap(True)
        self.answers.setAlternatingRowColors(True)
        self.answers.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.copy_action = QAction(self.tr("Kopiëren"), self.answers)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.answers.addAction(self.copy_action)
        self.answers.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.theme_table)
        split.addWidget(self.answers)
        split.setSizes([220, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # --- data ------------------------------------------------------------------------------------

    @property
    def themes(self) -> list:
        from ceo_desk.openanswers.themes import DEFAULT_THEMES
        return list(self._themes) if self._themes is not None else list(DEFAULT_THEMES)

    def show_analysis(self, analysis, lang: str, themes: list | None = None) -> None:
        """Show the open answers of what is loaded; masks them again only when the files changed."""
        self.lang = lang
        self.min_n = analysis.options.min_n_report if analysis is not None else 10
        if themes is not None or self._themes is not None:
            self.set_themes(themes, announce=False)
        surveys = tuple(analysis.surveys) if analysis is not None else ()
        if _same(surveys, self._surveys) and (self.data is not None or not surveys):
            self._fill()
            return
        self._surveys = surveys
        self.data = None
        self._fill()
        if surveys:
            self.runner.start(self.tr("Open antwoorden lezen…"), collect_job, list(surveys),
                              on_done=lambda data, s=surveys: self._collected(s, data), coalesce=COLLECT, quiet=True)

    def _collected(self, surveys: tuple, data) -> None:
        if not _same(surveys, self._surveys):
            return
        self.data = data
        self._fill()

    def set_themes(self, themes: list | None, announce: bool = True) -> None:
        from ceo_desk.openanswers.themes import ThemeMatcher
        self._themes = list(themes) if themes is not None else None
        self._matcher = ThemeMatcher(self.themes)
        if announce:
            self.themesEdited.emit(self.themes)
        self._fill_themes()
        self._update()

    @property
    def matcher(self):
        from ceo_desk.openanswers.themes import ThemeMatcher
        if self._matcher is None:
            self._matcher = ThemeMatcher(self.themes)
        return self._matcher

    # --- filling the controls --------------------------------------------------------------------

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _fill(self) -> None:
        data = self.data
        questions = data.questions if data is not None else []
        self._refill(self.question_combo, [(q.text, q.key) for q in questions])
        self._fill_years()
        self._refill(self.group_column_combo, [(self.tr("geen uitsplitsing"), ALL)] +
                     [(c, c) for c in (data.group_columns if data is not None else [])])
        self._fill_themes()
        self._fill_groups()

    def _fill_years(self) -> None:
        key = self.question_combo.currentData()
        years = self.data.years(key) if self.data is not None and key else []
        self._refill(self.year_combo, [(self.tr("alle jaren"), ALL)] + [(str(y), y) for y in years])

    def _fill_themes(self) -> None:
        from ceo_desk.openanswers.collect import NO_THEME, theme_label
        self._refill(self.theme_combo, [(self.tr("alle thema's"), ALL)] + [(theme_label(t.name, self.lang), t.name) for t in self.themes] +
                     [(theme_label(NO_THEME, self.lang), NO_THEME)])

    def _fill_groups(self) -> None:
        column = self.group_column_combo.currentData()
        key = self.question_combo.currentData()
        self.group_combo.setVisible(column is not None)
        if column is None or self.data is None or not key:
            self._refill(self.group_combo, [])
            self._update()
            return
        year = self.year_combo.currentData()
        years = [year] if year is not None else self.data.years(key)
        labels = self.data.groups(key, column, year)
        self._refill(self.group_combo, [(label or self.tr("(onbekend)"), label) for label in labels])
        model = self.group_combo.model()
        for row, label in enumerate(labels):
            hidden = all(label in self.data.hidden_groups(key, y, column, self.min_n) for y in years)
            if hidden:
                item = model.item(row)
                item.setEnabled(False)
                item.setText(self.tr("{label} (te klein: minder dan {n})").format(label=label or "?", n=self.min_n))
        self._update()

    def _theme_clicked(self, row: int, column: int) -> None:
        value = self.theme_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        index = self.theme_combo.findData(value)
        if index >= 0:
            self.theme_combo.setCurrentIndex(index)

    # --- what is shown ---------------------------------------------------------------------------

    def selection(self) -> list:
        """The answers the current question, year, group, theme and search leave (masked)."""
        from ceo_desk.openanswers.collect import NO_THEME, search
        key = self.question_combo.currentData()
        if self.data is None or not key:
            return []
        column = self.group_column_combo.currentData()
        group = (column, self.group_combo.currentData()) if column is not None and self.group_combo.count() else None
        answers = self.data.visible(key, self.year_combo.currentData(), group, self.min_n)
        theme = self.theme_combo.currentData()
        if theme is not None:
            answers = [a for a in answers if (theme in self.matcher.themes_of(a.marked)) or
                       (theme == NO_THEME and not self.matcher.themes_of(a.marked))]
        return search(answers, self.search.text(), self.lang)

    def _update(self) -> None:
        if self.sender() is self.question_combo:
            self._fill_years()
        self._show_theme_table()
        answers = self.selection()
        self.answers.clear()
        for answer in answers[:MAX_SHOWN]:
            item = QListWidgetItem(answer.text(self.lang))
            groups = ", ".join(f"{c}: {v}" for c, v in answer.groups if v)
            item.setToolTip(f"{answer.year}" + (f" — {groups}" if groups and self._groups_shown(answer) else ""))
            self.answers.addItem(item)
        self._show_status(len(answers))

    def _groups_shown(self, answer) -> bool:
        """A tooltip names the respondent's groups only where none of them is hidden."""
        return all(v not in self.data.hidden_groups(answer.question, answer.year, c, self.min_n)
                   for c, v in answer.groups)

    def _show_theme_table(self) -> None:
        from ceo_desk.openanswers.collect import theme_label, theme_table
        table = self.theme_table
        table.clear()
        key = self.question_combo.currentData()
        if self.data is None or not key:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        year = self.year_combo.currentData()
        column = self.group_column_combo.currentData()
        group = (column, self.group_combo.currentData()) if column is not None and self.group_combo.count() else None
        rows = theme_table(self.data, key, self.matcher, years=[year] if year is not None else None, group=group,
                           min_n=self.min_n, quotes=0)
        years = sorted(rows[0].answered) if rows else []
        table.setColumnCount(1 + len(years))
        table.setHorizontalHeaderLabels([self.tr("Thema")] + [str(y) for y in years])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(theme_label(row.theme, self.lang))
            name.setData(Qt.ItemDataRole.UserRole, row.theme)
            table.setItem(r, 0, name)
            for c, y in enumerate(years, start=1):
                share = row.share(y)
                text = f"{fmt_number(row.counts.get(y, 0), 0, self.lang)} ({fmt_number(share, 0, self.lang)} %)"
                cell = QTableWidgetItem(text if share is not None else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(years) + 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def _show_status(self, count: int) -> None:
        from ceo_desk.openanswers.masking import KINDS, mask_label
        if self.data is None:
            self.status.setText(self.tr("Open antwoorden worden gelezen…") if self._surveys else "")
            return
        if not self.data.questions:
            self.status.setText(self.tr("De geladen bestanden bevatten geen open vragen."))
            return
        masks = ", ".join(mask_label(k, self.lang) for k in KINDS)
        text = self.tr("{count} antwoorden. Persoonsgegevens zijn vervangen door {masks}. Groepen en jaren met "
                       "minder dan {n} respondenten worden niet getoond.").format(
            count=fmt_number(count, 0, self.lang), masks=masks, n=self.min_n)
        if count > MAX_SHOWN:
            text += " " + self.tr("De eerste {n} staan in de lijst; zoek of filter om de rest te zien.").format(
                n=fmt_number(MAX_SHOWN, 0, self.lang))
        self.status.setText(text)

    # --- actions ---------------------------------------------------------------------------------

    def copy_selected(self) -> None:
        """The selected answers (masked, as shown) to the clipboard, one a line."""
        items = self.answers.selectedItems() or []
        if items:
            QGuiApplication.clipboard().setText("\n".join(item.text() for item in items))

    def edit_themes(self) -> None:
        from ceo_desk.openanswers.themes import format_themes
        dialog = ThemesDialog(format_themes(self.themes), self)
        if dialog.exec():
            self.set_themes(dialog.themes())

    def export(self) -> None:
        from ceo_desk.gui import dialogs
        if self.data is None:
            return
        path = dialogs.choose_save_path(self, self.tr("Open antwoorden exporteren"),
                                        str(Path.home() / self.tr("open-antwoorden.xlsx")),
                                        "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)", ".xlsx")
        if path is None:
            return
        self.runner.start(self.tr("Open antwoorden exporteren…"), export_job, self.data, Path(path), self.themes,
                          self.lang, self.min_n, on_done=lambda p: self.status.setText(
                              self.tr("Opgeslagen: {path}").format(path=p)))

"""The main window: menus and toolbar, the panels, drag and drop, progress, and the wiring between
the session (the open document) and what the user sees."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar, QPushButton, QSplitter,
                               QStackedWidget, QStyle, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ceo_desk.gui import crash, dialogs, jobs
from ceo_desk.gui.icons import app_icon, settings_icon
from ceo_desk.gui.panels.breakdown import COLUMNS, BreakdownBar, GroupColumnsView, render_breakdown
from ceo_desk.gui.panels.notices import NoticeBar
from ceo_desk.gui.panels.open_answers import OpenAnswersPanel
from ceo_desk.gui.panels.question_view import QuestionScroll, QuestionView
from ceo_desk.gui.panels.questions import QuestionsPanel
from ceo_desk.gui.panels.results import ResultsPanel
from ceo_desk.gui.panels.sources import SourcesPanel
from ceo_desk.gui.panels.weights import WeightChooser, WeightProposal
from ceo_desk.gui.session import Session
from ceo_desk.gui.settings import (GEOMETRY, LANGUAGE, LAST_FOLDER, OPEN_PDF_AFTER_EXPORT, RECENT_FILES, RECENT_PROJECTS,
                                   RESULT_FIELDS, WINDOW_STATE, Preferences)
from ceo_desk.gui.tasks import TaskRunner

PROJECT_SUFFIX = ".ceoproj.json"
TABLE_FILTER = "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"
RENDER = "render-question"


def is_project_file(path: Path) -> bool:
    return path.name.lower().endswith(PROJECT_SUFFIX) or path.suffix.lower() == ".json"


class EmptyPage(QWidget):
    """What a new window shows: how to start."""

    def __init__(self, open_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr(
            "<h2>Cliëntervaringsonderzoek analyseren</h2>"
            "<p>Sleep de enquêtebestanden van het bureau (SPSS .sav, Excel .xlsx of CSV) en de tabel van de "
            "referentiegroep hierheen,<br>of kies <b>Bestanden openen</b>. Meerdere jaren tegelijk kan.</p>"), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        button = QPushButton(open_action.icon(), self.tr("Bestanden openen…"), self)
        button.setAccessibleName(self.tr("Bestanden openen"))
        button.clicked.connect(open_action.trigger)
        button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    languageChosen = Signal(str)

    def __init__(self, session: Session, runner: TaskRunner, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner, self.prefs = session, runner, prefs
        self._syncing = False
        self._drawing = None        # the chart last asked for: (analysis id, question id, year, reference name)
        self._discard_on_close = False
        self._quiet_task = False
        self._links: list = []
        self._shown_analysis = session.analysis  # what the window showed last (the default view applies once)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(900, 600)
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status()
        self._connect()
        self._restore_state()
        self._refresh()

    # --- construction ----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.setToolTip((tip or text.replace("&", "").rstrip("…")) + (
            f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut is not None else ""))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.open_action = self._action(self.tr("Bestanden &openen…"), self.choose_files, QKeySequence.StandardKey.Open,
                                        sp.SP_DialogOpenButton, self.tr("Enquêtebestanden en de referentiegroep openen"))
        self.reference_action = self._action(self.tr("&Referentiegroep openen…"), self.choose_reference, "Ctrl+R",
                                             sp.SP_FileDialogDetailedView, self.tr("De tabel van de referentiegroep openen"))
        self.open_project_action = self._action(self.tr("&Project openen…"), self.choose_project, "Ctrl+Shift+O",
                                                sp.SP_DirOpenIcon)
        self.save_action = self._action(self.tr("Project op&slaan"), self.save_project, QKeySequence.StandardKey.Save,
                                        sp.SP_DialogSaveButton, self.tr("Bestanden, koppelingen, indeling en instellingen opslaan"))
        self.save_as_action = self._action(self.tr("Project opslaan &als…"), self.save_project_as, QKeySequence.StandardKey.SaveAs)
        self.export_pdf_action = self._action(self.tr("Rapport &exporteren (PDF)…"), self.export_report, "Ctrl+E",
                                              sp.SP_FileIcon, self.tr("Het rapport als PDF maken"))
        self.export_brief_action = self._action(self.tr("Raads&informatiebrief maken (PDF/Word)…"), self.export_brief,
                                                "Ctrl+B", sp.SP_FileDialogContentsView,
                                                self.tr("De brief voor de raad: de belangrijkste bevindingen op één of "
                                                        "twee pagina's, als PDF of bewerkbaar Word-bestand"))
        self.export_workbook_action = self._action(self.tr("Tabellen&bijlage maken (Excel)…"), self.export_workbook,
                                                   "Ctrl+Shift+B", sp.SP_FileDialogInfoView,
                                                   self.tr("Een werkmap per vraag met tabel en Excel-grafiek, "
                                                           "voor onderzoekers"))
        self.export_table_action = self._action(self.tr("&Tabel exporteren…"), self.export_table, "Ctrl+Shift+E",
                                                sp.SP_FileDialogListView, self.tr("De resultatentabel naar Excel, CSV of JSON"))
        self.close_all_action = self._action(self.tr("Alles s&luiten"), self.close_all, QKeySequence.StandardKey.Close)
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, "Ctrl+Q")
        self.find_action = self._action(self.tr("&Zoeken"), self.focus_filter, QKeySequence.StandardKey.Find)
        self.settings_action = self._action(self.tr("&Instellingen…"), self.edit_settings, "Ctrl+,",
                                            tip=self.tr("Betrouwbaarheid, alfa, minimale n, taal"))
        self.settings_action.setIcon(settings_icon())
        self.population_action = self._action(self.tr("&Populatie en streefwaarden…"), self.edit_population_targets,
                                              tip=self.tr("Aantal cliënten per jaar (eindige-populatiecorrectie) en "
                                                          "streefwaarden per vraag"))
        self.about_action = self._action(self.tr("&Over CEO Desk"), lambda: dialogs.about(self))
        self.help_action = self._action(self.tr("&Handleiding"), self.show_help, QKeySequence.StandardKey.HelpContents,
                                        tip=self.tr("Wat elk paneel doet en wat de cijfers betekenen"))
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))
        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = stack.createRedoAction(self, self.tr("Opnieuw &doen"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.cancel_action = self._action(self.tr("Annuleren"), self.runner.cancel, "Esc", sp.SP_DialogCancelButton,
                                          self.tr("Het lopende werk stoppen"))
        self.addAction(self.cancel_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        file_menu.addActions([self.open_action, self.reference_action])
        file_menu.addSeparator()
        file_menu.addActions([self.open_project_action])
        self.recent_menu = file_menu.addMenu(self.tr("&Recente projecten"))
        self.recent_menu.aboutToShow.connect(lambda: self._fill_recent(self.recent_menu, RECENT_PROJECTS))
        self.recent_files_menu = file_menu.addMenu(self.tr("Recente &bestanden"))
        self.recent_files_menu.aboutToShow.connect(lambda: self._fill_recent(self.recent_files_menu, RECENT_FILES))
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf_action, self.export_brief_action, self.export_workbook_action,
                              self.export_table_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_all_action, self.quit_action])
        edit_menu = bar.addMenu(self.tr("Be&werken"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.settings_action, self.population_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.help_action, self.about_action])
        toolbar = self.addToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions([self.open_action, self.reference_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.export_pdf_action, self.export_brief_action, self.export_table_action])
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)

    def _build_central(self) -> None:
        self.sources = SourcesPanel(self)
        self.questions = QuestionsPanel(self)
        self.results = ResultsPanel(self)
        self.question_view = QuestionView(self)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self._titled(self.tr("Bestanden"), self.sources))
        left.addWidget(self._titled(self.tr("Vragen en antwoordcategorieën"), self.questions))
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 4)
        right = QSplitter(Qt.Orientation.Vertical, self)
        self.breakdown_bar = BreakdownBar(self)
        self.group_columns = GroupColumnsView(self)
        self.group_columns.hide()
        results_box = QWidget(self)
        box = self._results_layout = QVBoxLayout(results_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.weight_proposal = WeightProposal(self)
        self.weights = WeightChooser(self)
        choosers = QHBoxLayout()
        choosers.addWidget(self.breakdown_bar, 1)
        choosers.addWidget(self.weights)
        box.addWidget(self.weight_proposal)
        box.addLayout(choosers)
        box.addWidget(self.results, 1)
        box.addWidget(self.group_columns, 1)
        right.addWidget(results_box)                # the tab says 'Resultaten': no second title
        right.addWidget(QuestionScroll(self.question_view, self))   # the chart whole in view; the rest scrolls
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(left)
        self.open_answers = OpenAnswersPanel(self.runner, self)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.addTab(right, self.tr("Resultaten"))
        self.right_tabs.addTab(self.open_answers, self.tr("Open antwoorden"))
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 880])
        left.setSizes([150, 600])
        right.setSizes([480, 370])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(EmptyPage(self.open_action, self))
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.notices = NoticeBar(self)              # what was assumed while reading the files just loaded
        page_layout.addWidget(self.notices)
        page_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        label = QLabel(f"<b>{title}</b>", box)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    def _build_status(self) -> None:
        status = self.statusBar()
        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(240)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setDefaultAction(self.cancel_action)
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            status.addPermanentWidget(widget)
            widget.hide()

    def _link(self, signal, slot) -> None:
        """Connect and remember the connection, so ``detach`` can undo it (the session and the runner
        outlive this window when the language is switched)."""
        self._links.append((signal, slot))
        signal.connect(slot)

    def detach(self) -> None:
        """Disconnect this window from the session and the runner (before it is replaced)."""
        for signal, slot in self._links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._links.clear()

    def _connect(self) -> None:
        s, link = self.session, self._link
        link(s.analysisChanged, self._refresh)
        link(s.modifiedChanged, self._on_modified)
        link(s.projectChanged, self._on_project)
        link(s.inputErrors, self._show_input_errors)
        link(s.loadNotices, self._show_notices)
        link(s.yearsNeeded, self._ask_years)
        link(s.referenceColumnsNeeded, self._settle_reference_columns)
        link(s.failed, self.show_unexpected)
        link(s.projectOpened, self._project_read)
        link(s.saved, self._saved)
        link(s.exported, self._exported)
        link(self.runner.started, self._task_started)
        link(self.runner.progress, self._task_progress)
        link(self.runner.finished, self._tasks_finished)
        link(self.runner.error, self.show_unexpected)
        # the window's own widgets die with it: plain connections
        self.sources.removeRequested.connect(self.session.remove_sources)
        self.sources.importSettingsRequested.connect(self.import_settings)
        self.questions.model.matchChosen.connect(self.session.set_match)
        self.questions.model.countedToggled.connect(lambda key, counted: self.session.set_not_question(key, not counted))
        self.questions.categories.roleChosen.connect(self.session.set_role)
        self.questions.reset_button.clicked.connect(
            lambda: self.questions.selected_key() and self.session.reset_roles(self.questions.selected_key()))
        self.questions.questionSelected.connect(self._question_chosen_in_catalogue)
        self.results.questionSelected.connect(self._question_chosen_in_results)
        self.results.yearChosen.connect(self._year_chosen)
        self.results.fieldsChosen.connect(lambda fields: self.prefs.set(RESULT_FIELDS, fields))
        self.results.yearChosen.connect(lambda _: self._show_breakdown())
        self.breakdown_bar.byChosen.connect(lambda by: self.session.set_options(by=by))
        for chooser in (self.weights, self.weight_proposal):
            chooser.weightChosen.connect(lambda weight: self.session.set_options(weight=weight))
        self.breakdown_bar.layoutChosen.connect(lambda _: self._show_breakdown())
        self.group_columns.questionSelected.connect(self._question_chosen_in_results)
        self.open_answers.themesEdited.connect(self.session.set_themes)

    def _on_modified(self, _modified: bool) -> None:
        self._update_title()

    def _on_project(self, _path: str) -> None:
        self._update_title()

    def _show_input_errors(self, messages: list) -> None:
        dialogs.show_input_errors(self, messages)

    def _show_notices(self, notices: list) -> None:
        self.notices.show_notices(notices, self.session.lang)

    def view_state(self) -> dict:
        """What the user is looking at (kept across a language switch)."""
        return {"year": self.results.chosen_year(), "question": self.question_view.question_id,
                "filter": self.results.filter.text(), "splitter": bytes(self.splitter.saveState().data()),
                "notices": self.notices.state()}

    def restore_view_state(self, state: dict) -> None:
        self.splitter.restoreState(QByteArray(state.get("splitter", b"")))
        notices, unfolded = state.get("notices") or ([], False)
        if notices:                               # the bar as the user left it, rendered in the new language
            self.notices.show_notices(notices, self.session.lang, unfolded)
        self.results.filter.setText(state.get("filter", ""))
        self.results.choose_year(state.get("year"))
        question = state.get("question")
        if question and self._question(question) is not None:
            self._question_chosen_in_results(question)
            self.results.select_question(question)

    def _restore_state(self) -> None:
        self.results.show_fields(self.prefs.get(RESULT_FIELDS))
        geometry = self.prefs.get(GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1400, 880)
        state = self.prefs.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    # --- refreshing ------------------------------------------------------------------------------

    def _refresh(self) -> None:
        analysis = self.session.analysis
        lang = self.session.lang
        self.stack.setCurrentIndex(1 if analysis is not None else 0)
        self.sources.show_analysis(analysis, lang)
        self.questions.show_analysis(analysis, lang, self.session.reference_name)
        if analysis is None:
            self.notices.clear()
            self.results.show_results(None, [], 0.95, lang)
            self.question_view.clear()
        else:
            self.results.show_results(analysis.results, analysis.years, analysis.options.confidence, lang,
                                      self.session.reference_name)
            self.questions.set_year(self.results.chosen_year())
        self.breakdown_bar.show_analysis(analysis)
        self.weights.show_analysis(analysis)
        self.weight_proposal.show_analysis(analysis)
        self.open_answers.show_analysis(analysis, lang, self.session.themes)
        self._show_breakdown()
        if self._default_view(analysis):
            return
        if analysis is not None:
            current = self.question_view.question_id or self.results.selected_question()
            if current and self._question(current) is not None:
                self._show_question(current)
            else:
                self.question_view.clear()
        self._update_actions()
        self._update_title()

    def _update_actions(self) -> None:
        loaded = self.session.loaded
        busy = self.runner.busy and not self._quiet_task
        for action in (self.save_action, self.save_as_action, self.export_pdf_action, self.export_table_action,
                       self.export_brief_action, self.export_workbook_action, self.close_all_action,
                       self.population_action):
            action.setEnabled(loaded and not busy)
        for action in (self.open_action, self.reference_action, self.open_project_action, self.settings_action):
            action.setEnabled(not busy)
        self.questions.setEnabled(not busy)
        self.sources.setEnabled(not busy)

    def _update_title(self) -> None:
        path = self.session.project_path
        name = path.name.removesuffix(PROJECT_SUFFIX) if path else (
            self.session.analysis.municipality if self.session.analysis and self.session.analysis.municipality
            else self.tr("Naamloos"))
        self.setWindowTitle(f"{name}[*] — CEO Desk")
        self.setWindowModified(self.session.modified)

    def _question(self, question_id: str):
        analysis = self.session.analysis
        if analysis is None:
            return None
        try:
            return analysis.catalogue.by_id(question_id)
        except KeyError:
            return None

    def _show_question(self, question_id: str) -> None:
        """The question for the year chosen above the results table (all years when none)."""
        from ceo_desk.report.question_view import question_rows
        analysis = self.session.analysis
        question = self._question(question_id)
        year = self.results.chosen_year()
        rows = question_rows(analysis.results, question_id, [year] if year else None) if question is not None else None
        if question is None or rows is None or rows.empty:
            self.question_view.clear()
            return
        self.question_view.show_question(question_id, question.text, rows, analysis.options.confidence,
                                         self.session.lang, year, self.session.reference_name)
        job = render_breakdown if analysis.breakdown is not None else jobs.render_question   # the chart per group
        request = (id(analysis), question_id, year, self.session.reference_name)
        if request == self._drawing and self.runner.pending(RENDER):
            return                  # that chart is being drawn already (a refresh asks twice; 343 groups: a second)
        self._drawing = request
        self.runner.start(self.tr("Grafiek tekenen…"), job, analysis, question_id, year, self.session.reference_name,
                          on_done=self.question_view.show_rendering,
                          on_error=self.session._failed, coalesce=RENDER, cancellable=False, quiet=True)

    def _year_chosen(self, year) -> None:
        """The year chooser reaches the question view and the category counts."""
        self.questions.set_year(year)
        if self.question_view.question_id and self.session.analysis is not None:
            self._show_question(self.question_view.question_id)

    def _default_view(self, analysis) -> bool:
        """Newly loaded Jeugd files with youths and parents: show the two side by side (once per load)."""
        fresh = analysis is not None and self._shown_analysis is None and self.session.project_path is None
        self._shown_analysis = analysis
        if not fresh or analysis.options.by is not None:
            return False
        from ceo_desk.stats.groups import default_breakdown
        jeugd = not any(q.scale == "agreement" for q in analysis.catalogue.reported())
        column = default_breakdown(analysis.surveys, jeugd)
        if column is None:
            return False
        self.session.set_options(by=column)
        return True

    def _show_breakdown(self) -> None:
        """Groups as column groups (the breakdown view) or as rows under each question (the results table)."""
        analysis = self.session.analysis
        columns = analysis is not None and analysis.breakdown is not None and self.breakdown_bar.layout() == COLUMNS
        self.results.table.setVisible(not columns)
        self.group_columns.setVisible(columns)
        self._results_layout.setStretchFactor(self.results, 0 if columns else 1)
        if columns:
            self.group_columns.show_results(analysis.results, analysis.breakdown.groups, self.results.chosen_year(),
                                            self.session.lang, self.session.reference_name)

    def _question_chosen_in_results(self, question_id: str) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            question = self._question(question_id)
            if question is not None:
                self.questions.select_key(question.key)
            self._show_question(question_id)
        finally:
            self._syncing = False

    def _question_chosen_in_catalogue(self, key: str) -> None:
        if self._syncing or self.session.analysis is None:
            return
        question = self.session.analysis.catalogue.by_key(key)
        if question is None:
            return
        self._syncing = True
        try:
            self.results.select_question(question.id)
            if question.reported:
                self._show_question(question.id)
        finally:
            self._syncing = False

    # --- progress --------------------------------------------------------------------------------

    def _task_started(self, label: str, cancellable: bool, quiet: bool) -> None:
        self._quiet_task = quiet
        if quiet:
            return
        self.progress_label.setText(label)
        self.progress.setValue(0)
        for widget in (self.progress_label, self.progress):
            widget.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_action.setEnabled(cancellable)
        self._update_actions()

    def _task_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message and not self._quiet_task:
            self.progress_label.setText(f"{self.runner.current_label} {message}")

    def _tasks_finished(self) -> None:
        self._quiet_task = False
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.hide()
        self._update_actions()

    # --- opening ---------------------------------------------------------------------------------

    def _folder(self) -> str:
        return self.prefs.get(LAST_FOLDER) or str(Path.home())

    def _remember_folder(self, path: Path) -> None:
        self.prefs.set(LAST_FOLDER, str(path.parent))

    def _data_filter(self) -> str:
        from ceo_desk.io.registry import dialog_filter
        return dialog_filter(self.session.lang)

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Enquêtebestanden en referentiegroep openen"),
                                                self._folder(), self._data_filter())
        if paths:
            self.open_paths([Path(p) for p in paths])

    def choose_reference(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Referentiegroep openen"), self._folder(),
                                              self.tr("Referentietabellen (*.xlsx *.csv)"))
        if path:
            self._remember_folder(Path(path))
            self.prefs.add_recent(RECENT_FILES, str(Path(path).resolve()))
            self.session.open_files([], reference=Path(path))

    def choose_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Project openen"), self._folder(),
                                              self.tr("CEO Desk-projecten (*{suffix})").format(suffix=PROJECT_SUFFIX))
        if path:
            self.open_project(Path(path))

    def open_paths(self, paths: list[Path]) -> None:
        """Dropped or chosen files: a project file opens the project, data files are added."""
        paths = [Path(p) for p in paths]
        projects = [p for p in paths if is_project_file(p)]
        if projects:
            self.open_project(projects[0])
            return
        if paths:
            self._remember_folder(paths[0])
            for path in reversed(paths):
                self.prefs.add_recent(RECENT_FILES, str(path.resolve()))
            self.session.open_files(paths)

    def open_project(self, path: Path) -> None:
        if not self._may_discard():
            return
        self._remember_folder(path)
        self.session.open_project(path)

    def _project_read(self, opened, path: Path) -> None:
        if not dialogs.confirm_outside(self, opened.project, self.session.lang):
            return
        relinked = dialogs.resolve_sources(self, opened.problems, self._data_filter())
        if relinked is None:
            return
        project = opened.project
        project.surveys = [s for s in project.surveys if s.path is not None]
        if project.reference is not None and project.reference.path is None:
            project.reference = None
        self.prefs.add_recent_project(str(Path(path).resolve()))
        self.session.load_project(project, Path(path), modified=relinked)

    def _settle_reference_columns(self, path: str, message: str) -> None:
        """A reference table with two candidate columns for a role: the import dialog settles it."""
        from ceo_desk.gui.import_dialog import open_import_dialog
        if not open_import_dialog(self, self.session, Path(path)):
            dialogs.show_input_errors(self, [message])

    def _ask_years(self, paths: list[str], messages: list[str]) -> None:
        """Survey files the program cannot read alone (no year, no question under the header it found): the
        import dialog asks the header row, the year and what each column is, and reads them again."""
        from ceo_desk.gui.import_dialog import SURVEY, open_import_dialog
        skipped = [message for path, message in zip(paths, messages)
                   if not open_import_dialog(self, self.session, Path(path), SURVEY, message)]
        if skipped:
            dialogs.show_input_errors(self, skipped)

    def import_settings(self, path: str, is_reference: bool) -> None:
        """'Importinstellingen…' on a loaded file: how it is read, to change."""
        from ceo_desk.gui.import_dialog import REFERENCE, SURVEY, open_import_dialog
        open_import_dialog(self, self.session, Path(path), REFERENCE if is_reference else SURVEY, kind_fixed=True)

    def _fill_recent(self, menu, setting) -> None:
        menu.clear()
        recent = self.prefs.recent(setting)
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path, s=setting: self._open_recent(p, s))
        if not recent:
            menu.addAction(self.tr("(geen)")).setEnabled(False)

    def _open_recent(self, path: str, setting=RECENT_PROJECTS) -> None:
        if not Path(path).exists():
            self.prefs.remove_recent(setting, path)
            dialogs.show_input_errors(self, [self.tr("{name}: het bestand bestaat niet meer op {folder}.").format(
                name=Path(path).name, folder=Path(path).parent)])
            return
        if setting == RECENT_PROJECTS:
            self.open_project(Path(path))
        else:
            self.open_paths([Path(path)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_paths(paths)

    # --- saving and export -----------------------------------------------------------------------

    def save_project(self) -> bool:
        if self.session.project_path is None:
            return self.save_project_as()
        return self.session.save_project(self.session.project_path)

    def save_project_as(self) -> bool:
        start = str(Path(self._folder()) / f"{self.session.analysis.municipality or 'ceo'}{PROJECT_SUFFIX}")
        path = dialogs.choose_save_path(self, self.tr("Project opslaan"), start,
                                        self.tr("CEO Desk-projecten (*{suffix})").format(suffix=PROJECT_SUFFIX),
                                        PROJECT_SUFFIX)
        if path is None:
            return False
        if not path.name.lower().endswith(PROJECT_SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + PROJECT_SUFFIX)
        self._remember_folder(path)
        return self.session.save_project(path)

    def _saved(self, path: str) -> None:
        self.prefs.add_recent_project(str(Path(path).resolve()))
        self.statusBar().showMessage(self.tr("Project opgeslagen: {path}").format(path=path), 5000)

    def _report_choice(self, kind: str) -> dict | None:
        """The report dialog for ``kind`` (report, brief, workbook): the user's choice as ``ReportOptions``
        fields, or None when cancelled. The title and the reference group's name are kept in the project."""
        analysis = self.session.analysis
        chosen = [q for q in self.results.selected_questions() if q]
        dialog = dialogs.ReportDialog(analysis.years, chosen, self.session.report_title, self,
                                      reference_name=self.session.reference_name, kind=kind)
        if not dialog.exec():
            return None
        choice = dialog.choice()
        self.session.set_report_title(choice["title"] or "")
        self.session.set_reference_name(choice["reference_name"] or "")
        themes = tuple(self.session.themes) if self.session.themes is not None else None
        return {**choice, "lang": self.session.lang, "themes": themes}

    def _export_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        """The save dialog, starting at ``name`` ('rapport-{place}.pdf') in the last folder."""
        name = name.format(place=(self.session.analysis.municipality or "ceo").lower().replace(" ", "-"))
        path = dialogs.choose_save_path(self, title, str(Path(self._folder()) / name), file_filter, suffix)
        if path is not None:
            self._remember_folder(path)
        return path

    def export_report(self) -> None:
        choice = self._report_choice(dialogs.REPORT)
        path = choice and self._export_path(self.tr("Rapport opslaan"), self.tr("rapport-{place}.pdf"),
                                            self.tr("PDF-bestanden (*.pdf)"), ".pdf")
        if path:
            self.session.export_report(path, choice)

    def export_brief(self) -> None:
        """The council brief: PDF, or Word (.docx) to move into the municipality's own template."""
        choice = self._report_choice(dialogs.BRIEF)
        path = choice and self._export_path(self.tr("Raadsinformatiebrief opslaan"),
                                            self.tr("raadsinformatiebrief-{place}.pdf"),
                                            self.tr("PDF-bestanden (*.pdf);;Word-documenten (*.docx)"), ".pdf")
        if path:
            self.session.export_brief(path, choice)

    def export_workbook(self) -> None:
        """The table appendix: a summary sheet, a sheet and native Excel chart per question, the definitions."""
        choice = self._report_choice(dialogs.WORKBOOK)
        path = choice and self._export_path(self.tr("Tabellenbijlage opslaan"), self.tr("tabellen-{place}.xlsx"),
                                            self.tr("Excel-werkmappen (*.xlsx)"), ".xlsx")
        if path:
            self.session.export_workbook(path, choice)

    def export_table(self) -> None:
        start = str(Path(self._folder()) / self.tr("resultaten.xlsx"))
        path = dialogs.choose_save_path(self, self.tr("Tabel exporteren"), start, TABLE_FILTER, ".xlsx")
        if path is None:
            return
        self._remember_folder(path)
        self.session.export_table(path)

    def _exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Opgeslagen: {path}").format(path=path), 8000)
        if path.lower().endswith(".pdf") and self.prefs.get(OPEN_PDF_AFTER_EXPORT):
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
                dialogs.no_pdf_viewer(self, path)

    # --- other actions ---------------------------------------------------------------------------

    def show_help(self) -> None:
        dialog = dialogs.HelpDialog(self.session.lang, self)
        dialog.exec()

    def focus_filter(self) -> None:
        self.results.filter.setFocus()
        self.results.filter.selectAll()

    def close_all(self) -> None:
        if self._may_discard():
            self.session.close_all()

    def edit_settings(self) -> None:
        dialog = dialogs.SettingsDialog(self.session.options, self.prefs.get(OPEN_PDF_AFTER_EXPORT), self)
        if not dialog.exec():
            return
        values = dialog.values()
        self.prefs.set(OPEN_PDF_AFTER_EXPORT, dialog.open_pdf_after_export())
        language_changed = values["lang"] != self.session.lang
        try:
            self.session.set_options(**values)            # stored as preferences once applied
        except ValueError as err:
            QMessageBox.warning(self, self.tr("Instellingen"), str(err))
            return
        self.prefs.set(LANGUAGE, values["lang"])
        if language_changed:
            self.languageChosen.emit(values["lang"])

    def edit_population_targets(self) -> None:
        """Per year the number of clients (N), per statement the target: one undoable settings step."""
        from ceo_desk.gui.population_targets import PopulationTargetsDialog
        if not self.session.loaded:
            return
        dialog = PopulationTargetsDialog(self.session.analysis, self.session.options, self)
        accepted, values = dialog.exec(), dialog.values()
        dialog.deleteLater()
        if accepted:
            self.session.set_options(**values)

    def show_unexpected(self, exc: BaseException, details: str) -> None:
        crash.log_exception(exc, details)
        dialogs.show_unexpected(self, crash.log_path())

    def _may_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved or discarded them."""
        if not self.session.modified or not self.session.loaded:
            return True
        answer = dialogs.ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discard_on_close or not self.session.modified or not self.session.loaded:
            self._save_window_state()
            event.accept()
            return
        answer = dialogs.ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save and self.save_project() or \
                answer == QMessageBox.StandardButton.Discard:
            self._save_window_state()
            self.runner.cancel()
            event.accept()
            return
        event.ignore()

    def _save_window_state(self) -> None:
        self.prefs.set(GEOMETRY, bytes(self.saveGeometry().data()))
        self.prefs.set(WINDOW_STATE, bytes(self.saveState().data()))


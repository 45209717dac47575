"""One question: the same chart as its PDF page, its table per year, and the generated sentences."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QFrame, QLabel, QScrollArea, QSizePolicy, QTableView,
                               QVBoxLayout, QWidget)

from ceo_desk.gui.models import QuestionRowsModel

MIN_WIDTH = 420            # px: below this the chart's labels are too small to read
MAX_WIDTH = 640            # px: the chart grows no larger (as wide as on the PDF page at 100 %)
SIDE_BY_SIDE = 960         # px: from this width the question view puts its table beside the chart


class ChartView(QWidget):
    """An SVG drawing on a white page, scaled to the available width and the height it may take on screen
    (``fit_height``), keeping its aspect ratio; never smaller than its readable size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(self)
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._ratio = 0.45
        self._cache: QPixmap | None = None           # the drawing at the current size
        self._fit_height = 1 << 20                   # px the chart may be tall to stay whole in view
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MIN_WIDTH, int(MIN_WIDTH * self._ratio))      # labels stay readable
        self.svg: bytes | None = None
        self.name = "grafiek"
        self.copy_action = QAction(self.tr("Kopiëren als afbeelding"), self)
        self.copy_action.triggered.connect(self.copy_image)
        self.save_png_action = QAction(self.tr("Opslaan als PNG…"), self)
        self.save_png_action.triggered.connect(lambda: self.save_as("png"))
        self.save_svg_action = QAction(self.tr("Opslaan als SVG…"), self)
        self.save_svg_action.triggered.connect(lambda: self.save_as("svg"))
        for action in (self.copy_action, self.save_png_action, self.save_svg_action):
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def show_svg(self, data: bytes | None, name: str = "grafiek") -> None:
        self.svg, self.name = data, name
        for action in (self.copy_action, self.save_png_action, self.save_svg_action):
            action.setEnabled(data is not None)
        self.renderer.load(QByteArray(data or b"<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>"))
        self._cache = None
        size = self.renderer.defaultSize()
        if size.width() > 0:
            self._ratio = size.height() / size.width()
        self.setMinimumSize(MIN_WIDTH, int(MIN_WIDTH * self._ratio))
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # wider only adds margins: the table stays in view; never taller than what is in view
        return max(self.minimumHeight(), min(int(min(width, MAX_WIDTH) * self._ratio), self._fit_height))

    def set_fit_height(self, height: int) -> None:
        """The chart may be at most ``height`` px tall (the rest of the view's visible height); a smaller
        drawing keeps its readable minimum."""
        height = max(self.minimumHeight(), height)
        if height != self._fit_height:
            self._fit_height = height
            self.updateGeometry()

    def drawing_rect(self) -> QRect:
        """Where the drawing is painted: as wide as fits both the width and the height, centred, at the top."""
        width = min(self.width(), int(self.height() / self._ratio)) if self._ratio else self.width()
        return QRect(int((self.width() - width) / 2), 0, width, int(width * self._ratio))

    def sizeHint(self) -> QSize:
        return QSize(560, int(560 * self._ratio))

    def paintEvent(self, event) -> None:
        drawing = self.drawing_rect()
        width, height = drawing.width(), drawing.height()
        if width <= 0 or height <= 0:
            return
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != QSize(int(width * ratio), int(height * ratio)):
            self._cache = QPixmap(int(width * ratio), int(height * ratio))
            self._cache.setDevicePixelRatio(ratio)
            self._cache.fill(QColor("white"))
            if self.renderer.isValid():
                canvas = QPainter(self._cache)
                canvas.setRenderHint(QPainter.RenderHint.Antialiasing)
                self.renderer.render(canvas, QRectF(0, 0, width, height))
                canvas.end()
        painter = QPainter(self)
        painter.drawPixmap(drawing.topLeft(), self._cache)     # at the top: the axis follows
        painter.end()

    def image(self, scale: float = 2.0) -> QImage:
        """The drawing (the same as on the PDF page) as a picture at ``scale`` × its size in points."""
        size = self.renderer.defaultSize()
        image = QImage(max(1, int(size.width() * scale)), max(1, int(size.height() * scale)),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        return image

    def copy_image(self) -> None:
        if self.svg is None:
            return
        mime = QMimeData()
        mime.setImageData(self.image())
        mime.setData("image/svg+xml", QByteArray(self.svg))
        QGuiApplication.clipboard().setMimeData(mime)

    def save_as(self, kind: str) -> None:
        from ceo_desk.gui import dialogs
        if self.svg is None:
            return
        file_filter = self.tr("PNG-afbeelding (*.png)") if kind == "png" else self.tr("SVG-tekening (*.svg)")
        path = dialogs.choose_save_path(self, self.tr("Grafiek opslaan"), f"{self.name}.{kind}", file_filter, f".{kind}")
        if path is None:
            return
        try:
            if kind == "svg":
                path.write_bytes(self.svg)
            elif not self.image().save(str(path), "PNG"):
                raise OSError(self.tr("kan niet schrijven"))
        except OSError as err:
            dialogs.show_input_errors(self, [f"{path.name}: {err.strerror or err}"])


class QuestionView(QWidget):
    readableHeightChanged = Signal()          # the height the title and a readable chart need changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Kies een vraag in de tabel."), self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.chart = ChartView(self)
        self.chart.setAccessibleName(self.tr("Grafiek van de gekozen vraag"))
        self.model = QuestionRowsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cijfers van de gekozen vraag per jaar"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sentences = QLabel(self)
        self.sentences.setWordWrap(True)
        self.sentences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentences.setAccessibleName(self.tr("Toelichting bij de gekozen vraag"))
        self.sentences.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details = QVBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.table)
        details.addWidget(self.sentences)
        details.addStretch(1)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)     # side by side when the view is wide
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.chart, 3)
        self.body.addLayout(details, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)
        self.question_id: str | None = None
        self.year: int | None = None
        self.rendered = None
        self._visible = QSize()                 # the part of the view on screen (its scroll area's viewport)
        self.clear()

    def _title_height(self, width: int) -> int:
        return self.title.heightForWidth(width) if width > 0 else self.title.sizeHint().height()

    def readable_height(self, width: int = 0) -> int:
        """Px the title (at least two lines) and the chart at its readable size need, one below the other."""
        title = max(self._title_height(width or self._visible.width()), 2 * self.title.fontMetrics().lineSpacing())
        return title + self.layout().spacing() + self.chart.minimumHeight()

    def fit(self, visible: QSize) -> None:
        """The view is seen through ``visible`` px: the chart keeps below the title within that height, whole
        (the table and the sentences may follow below it, to scroll to)."""
        self._visible = QSize(visible)
        self.chart.set_fit_height(visible.height() - self._title_height(visible.width()) - self.layout().spacing())

    def resizeEvent(self, event) -> None:
        """Wide (a large screen): the chart left, its table and sentences right, all in view without
        scrolling; narrower: one below the other."""
        wide = event.size().width() >= SIDE_BY_SIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        super().resizeEvent(event)

    def clear(self) -> None:
        self.question_id, self.rendered = None, None
        self.title.setText(self.tr("Kies een vraag in de tabel."))
        self.chart.show_svg(None)
        self.chart.setVisible(False)
        self.model.set_rows(None)
        self.table.setVisible(False)
        self.sentences.setText("")

    def show_question(self, question_id: str, text: str, rows, confidence: float, lang: str,
                      year: int | None = None, reference_name: str = "") -> None:
        """The figures at once; the chart and sentences follow from ``show_rendering``. ``reference_name``:
        what the user calls the reference group (the table's tooltips say it)."""
        self.question_id, self.year = question_id, year
        self.title.setText(f"{question_id}. {text}")
        self._refit()
        self.model.set_rows(rows, confidence, lang, reference_name)
        self.table.setVisible(True)
        self.table.resizeColumnsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height + 2 * self.table.frameWidth())
        # every column in view (beside the chart too): no scroll bar that would cover the last year
        self.table.setMinimumWidth(sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
                                   + 2 * self.table.frameWidth())

    def show_rendering(self, rendered) -> None:
        """The chart, sentences and notes from ``jobs.render_question`` (ignored when outdated)."""
        if rendered.question_id != self.question_id or rendered.year != self.year:
            return
        self.rendered = rendered
        self.chart.show_svg(rendered.svg, f"{rendered.question_id}" + (f"-{rendered.year}" if rendered.year else ""))
        self.chart.setVisible(rendered.svg is not None)
        self.sentences.setText(" ".join(rendered.sentences + rendered.notes))
        self._refit()

    def _refit(self) -> None:
        """After a new title or chart (another number of lines, another aspect ratio)."""
        if self._visible.isValid():
            self.fit(self._visible)
        self.readableHeightChanged.emit()


class QuestionScroll(QScrollArea):
    """The question view, scrolled only below its chart: the chart is fitted into the visible height, and
    the splitter that holds this area leaves it at least the title and the chart at its readable size."""

    def __init__(self, view: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(view)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        view.readableHeightChanged.connect(self.updateGeometry)

    def resizeEvent(self, event) -> None:
        self.widget().fit(self.viewport().size())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.widget().readable_height(self.viewport().width()))

"""The window shows a chart through QtSvg from the same drawing as the PDF: no clip path that QtSvg
would paint as a black box, and a picture that is mostly not black."""

from __future__ import annotations

import pandas as pd

from ceo_desk.charts import question_chart, to_svg


def rows() -> pd.DataFrame:
    return pd.DataFrame({
        "year": [2023, 2024], "n": [200, 20], "kind": ["share", "share"], "percent": [65.0, 60.0],
        "ci_low": [58.2, 38.7], "ci_high": [71.3, 78.1], "ref_percent": [74.0, 75.0],
        "mean": [float("nan")] * 2, "mean_ci_low": [float("nan")] * 2, "mean_ci_high": [float("nan")] * 2,
        "indicative": [False, True], "suppressed": [False, False], "question": ["Vraag"] * 2,
    })


def test_chart_svg_draws_in_qt_without_a_black_box(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    svg = to_svg(question_chart(rows(), "nl", municipality="Teststad"))
    assert svg.startswith(b"<?xml") and b"<clipPath" not in svg
    renderer = QSvgRenderer(svg)
    assert renderer.isValid()
    image = QImage(renderer.defaultSize(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    step = 3
    pixels = [image.pixelColor(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    black = sum(1 for c in pixels if c.red() < 30 and c.green() < 30 and c.blue() < 30)
    coloured = sum(1 for c in pixels if c.blue() > c.red() + 40)          # the municipality's blue bars
    assert black / len(pixels) < 0.05 and coloured / len(pixels) > 0.02

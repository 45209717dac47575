"""Chart definitions as ReportLab Drawings: the PDF embeds them, the window shows them as SVG."""

from ceo_desk.charts.bars import question_chart
from ceo_desk.charts.svg import to_svg

__all__ = ["question_chart", "to_svg"]

"""The PDF report: page templates, flowables built from the results, generated sentences."""

from ceo_desk.report.build import build_report
from ceo_desk.report.options import ReportOptions

__all__ = ["build_report", "ReportOptions"]

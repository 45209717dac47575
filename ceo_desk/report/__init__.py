"""The PDF report: page templates, flowables built from the results, generated sentences."""

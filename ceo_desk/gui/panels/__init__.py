"""The window's panels: sources, questions and categories, results, question view."""

"""Counting answers and the statistics on them (statsmodels wrapped into plain functions)."""

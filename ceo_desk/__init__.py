"""CEO Desk: client-experience survey (cliëntervaringsonderzoek) analysis for municipalities."""

__version__ = "0.1.0"

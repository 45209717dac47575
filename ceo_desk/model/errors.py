"""One error type for bad input: it carries what the user needs to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class CeoDeskError(Exception):
    """Base of all expected errors; ``str(err)`` is a message fit for the user."""


@dataclass
class InputError(CeoDeskError):
    """A file we cannot use as it is: names the file, the column (if any) and what to do."""

    file: str | Path | None
    problem: str
    action: str = ""
    column: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = Path(self.file).name if self.file else ""
        if self.column:
            where = f"{where}, kolom '{self.column}'" if where else f"kolom '{self.column}'"
        text = f"{where}: {self.problem}" if where else self.problem
        if self.action:
            text += f" {self.action}"
        return text

    def __str__(self) -> str:
        return self.message


class MissingYearError(InputError):
    """The file holds no year column and no year in its name: the user must say which year it is."""

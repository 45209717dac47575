"""One error type for bad input: it carries what the user needs to fix it.

An error carries a text key and its values (``ceo_desk.texts``) and is rendered in the user's
language at the edge (CLI, window) with ``err.render(lang)``. The older form with a ready Dutch
``problem``/``action`` string is still accepted while the call sites move to keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class CeoDeskError(Exception):
    """Base of all expected errors; ``str(err)`` is a message fit for the user (in Dutch)."""

    def render(self, lang: str = "nl") -> str:
        return str(self)


@dataclass
class InputError(CeoDeskError):
    """A file we cannot use as it is: names the file, the column (if any) and what to do."""

    file: str | Path | None
    problem: str = ""
    action: str = ""
    column: str | None = None
    key: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    action_key: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def render(self, lang: str = "nl") -> str:
        from ceo_desk.i18n import tr

        problem = tr(self.key, lang, **self.params) if self.key else self.problem
        action = tr(self.action_key, lang, **self.params) if self.action_key else self.action
        where = Path(self.file).name if self.file else ""
        if self.column:
            column = tr("err.where_column", lang, column=self.column)
            where = f"{where}, {column}" if where else column
        text = f"{where}: {problem}" if where else problem
        if action:
            text += f" {action}"
        return text

    @property
    def message(self) -> str:
        return self.render("nl")

    def __str__(self) -> str:
        return self.message


class MissingYearError(InputError):
    """The file holds no year column and no year in its name: the user must say which year it is."""

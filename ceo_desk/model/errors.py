"""One error type for bad input: it carries what the user needs to fix it.

An error carries a text key and its values (``ceo_desk.texts``) and is rendered in the user's
language at the edge (CLI, window) with ``err.render(lang)``; ``str(err)`` is the Dutch rendering.
Warnings about a file that loads all the same are ``Notice`` objects, rendered the same way.
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
        return _locate(self.file, self.column, f"{problem} {action}" if action else problem, lang)

    @property
    def message(self) -> str:
        return self.render("nl")

    def __str__(self) -> str:
        return self.message


def _locate(file, column, text: str, lang: str) -> str:
    """'enquete.csv, kolom 'Q3': text' — the file's name and the column before a message."""
    from ceo_desk.i18n import tr

    where = Path(file).name if file else ""
    if column:
        named = tr("err.where_column", lang, column=column)
        where = f"{where}, {named}" if where else named
    return f"{where}: {text}" if where else text


@dataclass
class Notice:
    """A warning about a file that loaded all the same; rendered like an error, in the user's language."""

    file: str | Path | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    column: str | None = None

    def render(self, lang: str = "nl") -> str:
        from ceo_desk.i18n import tr

        return _locate(self.file, self.column, tr(self.key, lang, **self.params), lang)

    def __str__(self) -> str:
        return self.render("nl")


class MissingYearError(InputError):
    """The file holds no year column and no year in its name: the user must say which year it is."""

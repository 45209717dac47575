"""The README's usage lines name every option each command has (they are what users read first)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from ceo_desk.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def usage_of(command: str) -> str:
    """The lines of the usage block that belong to ``ceo-desk COMMAND`` (the first and its indented rest)."""
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^ceo-desk {command}\b.*\n(?:^ {{8,}}.*\n)*", text, flags=re.M)
    assert match, f"README has no usage line for 'ceo-desk {command}'"
    return match.group(0)


@pytest.mark.parametrize("command", sorted(commands()))
def test_usage_line_names_every_option(command):
    usage = usage_of(command)
    for action in commands()[command]._actions:
        if not action.option_strings or "-h" in action.option_strings:
            continue
        assert any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", usage) for o in action.option_strings), \
            f"README: 'ceo-desk {command}' does not mention {'/'.join(action.option_strings)}"

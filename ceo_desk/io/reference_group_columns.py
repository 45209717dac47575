"""Reference tables that give each group its own columns: "Jongeren %" / "Ouders %", "N jongeren" /
"N ouders", or the group in a merged header above "N" and "%". Read as the long form with a group
column ("Doelgroep"), so the rest of the reading (question, year, n, percent by content) is the same.

A column is a group's when its header, less the words that name a role (%, percentage, positief, n,
aantal …), leaves a name, and its content fits the role (a percentage, a whole count). The name is a
group when the table gives it both an n and a percentage column, or when it names a target group
(youths, parents). Years in headers are the years-as-columns form, not groups; ranges, margins and
the municipality's own figure are never groups.
"""

from __future__ import annotations

import re

import pandas as pd

from ceo_desk.model.groups import group_key, means_everyone
from ceo_desk.model.scales import normalise_label

#: Words in a header that name a target group even without a paired n column.
TARGET_GROUP_WORDS = {"jongere", "jongeren", "jeugdige", "jeugdigen", "ouder", "ouders", "verzorger", "verzorgers",
                      "kind", "kinderen", "youth", "youths", "parent", "parents", "carer", "carers"}
#: Words that make a column something other than a group's figure (interval, margin, difference, own figure).
NOT_A_GROUP = {"ondergrens", "bovengrens", "lower", "upper", "marge", "margin", "interval", "ci", "min", "max",
               "verschil", "difference", "vorig", "previous", "gemeente", "gemeenten", "municipality", "regio",
               "region", "eigen", "own", "significant", "significantie", "p"}
GROUP_HEADER = "Doelgroep"                 # a header the long form's group column is known by
EVERYONE_NAME = "Totaal"                   # the overall figure's row (model.groups.means_everyone)
_TOKEN = re.compile(r"[^\s]+")
_DEDUPED = re.compile(r"\.\d+$")           # 'N.1': the second 'N' of the header row, made unique


def _plain(header: str) -> str:
    return _DEDUPED.sub("", str(header).replace("_", " "))


def _words(header: str) -> list[str]:
    out = normalise_label(_plain(header)).split()
    return out + (["%"] if "%" in str(header) else [])


def _name(header: str, role_words: set[str]) -> str:
    """The header less its role words, as written: 'N jongeren' -> 'jongeren', 'Ouders (%)' -> 'Ouders'."""
    kept = [t for t in _TOKEN.findall(_plain(header)) if normalise_label(t) not in role_words and t.strip("()[]:%-")]
    return " ".join(t.strip("()[]:-") for t in kept).strip()


def groups_in_columns(profiles: list, words: dict[str, set[str]]) -> tuple[list[str], pd.DataFrame] | None:
    """The table in long form with a group column, or None when no two groups have columns of their own.

    ``profiles``: the reference reader's columns (header, cells, header_year, is_percent(), is_count());
    ``words``: the words that name each role. Returns the new headers and body.
    """
    n_words, percent_words = words["n"], words["percent"] | {"%"}
    role_words = set().union(*words.values()) | {"%"}
    found: dict[str, dict] = {}
    others = []
    for column in profiles:
        header_words = set(_words(column.header))
        role = "n" if header_words & n_words else "percent" if header_words & percent_words else None
        rest = [w for w in _words(column.header) if w not in role_words]
        if (role is None or not rest or column.header_year is not None or set(rest) & NOT_A_GROUP
                or header_words & (words["question"] | words["year"])
                or not (column.is_count() if role == "n" else column.is_percent())):
            others.append(column)
            continue
        entry = found.setdefault(group_key(" ".join(rest)), {"name": _name(column.header, role_words)})
        if role in entry:                      # two columns of one role for one name: not this layout
            return None
        entry[role] = column
        if role == "percent":                  # the name as the percentage's header writes it
            entry["name"] = _name(column.header, role_words)
    groups = {key: entry for key, entry in found.items() if "percent" in entry and (
        "n" in entry or means_everyone(entry["name"]) or set(normalise_label(entry["name"]).split()) & TARGET_GROUP_WORDS)}
    if len([e for e in groups.values() if not means_everyone(e["name"])]) < 2:
        return None
    others += [c for key, entry in found.items() if key not in groups for c in (entry.get("n"), entry.get("percent")) if c]
    overall_n = [c for c in others if set(_words(c.header)) & n_words and c.is_count()]
    overall_p = [c for c in others if set(_words(c.header)) & percent_words and c.is_percent()]
    passthrough = [c for c in others if c not in overall_n and c not in overall_p]
    if len(overall_p) == 1 and not any(means_everyone(e["name"]) for e in groups.values()):
        groups["*"] = {"name": EVERYONE_NAME, "percent": overall_p[0], **({"n": overall_n[0]} if len(overall_n) == 1 else {})}
    elif overall_p or overall_n:
        passthrough += overall_p + overall_n
    parts = []
    for entry in groups.values():
        part = pd.DataFrame({i: c.cells.to_numpy(object) for i, c in enumerate(passthrough)})
        size = len(part) if len(part.columns) else len(entry["percent"].cells)
        part[len(passthrough)] = [entry["name"]] * size
        part[len(passthrough) + 1] = entry["n"].cells.to_numpy(object) if "n" in entry else [None] * size
        part[len(passthrough) + 2] = entry["percent"].cells.to_numpy(object)
        parts.append(part)
    body = pd.concat(parts, ignore_index=True)
    headers = [c.header for c in passthrough] + [GROUP_HEADER, "N", "%"]
    return headers, body

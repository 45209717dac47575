"""Which background columns a survey can be broken down by: target group, district, kind of support …

A column is offered as a breakdown when its name or label says what it is (doelgroep / ingevuld door,
stadsdeel, wijk, type hulp / voorziening, leeftijd, gemeente) and it holds at least two groups. The
window's chooser and ``--by`` read from here; the groups themselves come from the import, which also
links unlabelled codes to the labels other files give them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceo_desk.model.groups import shared_group_names
from ceo_desk.model.scales import normalise_label
from ceo_desk.model.survey import Survey

#: Kinds of group column, in the order the chooser offers them, with the names that identify them.
GROUP_KINDS: dict[str, tuple[str, ...]] = {
    "doelgroep": ("doelgroep", "ingevuld door", "invuller", "respondenttype", "respondent type", "target group",
                  "filled in by", "wie vult in"),
    "stadsdeel": ("stadsdeel", "district", "gebied", "stadsdelen"),
    "wijk": ("wijk", "buurt", "kern", "wijknaam", "neighbourhood"),
    "hulp": ("type hulp", "soort hulp", "vorm van hulp", "hulpvorm", "voorziening", "type voorziening",
             "soort voorziening", "type ondersteuning", "soort ondersteuning", "type of support"),
    "leeftijd": ("leeftijd", "leeftijdsklasse", "leeftijdscategorie", "leeftijdsgroep", "age", "age group"),
    "gemeente": ("gemeente", "gemeentenaam", "municipality"),
}

#: Words in a group's name that mark a youth or a parent (for the side-by-side default of Jeugd files).
_YOUTH = ("jongere", "jongeren", "jeugdige", "jeugdigen", "kind", "youth", "young person", "jongere zelf")
_PARENT = ("ouder", "ouders", "verzorger", "ouder verzorger", "ouders verzorgers", "parent", "parents",
           "parent carer")


#: A background column whose name says no kind (the user marked it background, or "regio_code"): offered
#: after the named kinds when it holds between two and this many groups (more: a respondent number, a date).
OTHER_KIND = "other"
_MAX_OTHER_GROUPS = 30


def _is_year_column(survey: Survey, name: str) -> bool:
    return any(c.name == name and c.kind.value == "year" for c in survey.columns)


def _one_per_row(codes, labels) -> bool:
    """Every respondent a value of his own (a respondent number): no groups."""
    filled = sum(1 for label in labels if label is not None)
    counted = int((codes < filled).sum()) if filled else 0          # the missing code comes last
    return filled > 2 and filled == counted


@dataclass(frozen=True)
class GroupColumn:
    name: str                  # the column's name as in the files
    label: str                 # its label (SPSS variable label, else the header)
    kind: str                  # a key of GROUP_KINDS, or OTHER_KIND
    groups: tuple[str, ...]    # the group names found (missing values left out)


def kind_of(name: str, label: str = "") -> str | None:
    """The kind of group column a name or label says, or None."""
    for text in (name, label):
        words = normalise_label(str(text).replace("_", " "))
        for kind, names in GROUP_KINDS.items():
            if words in names or any(words.startswith(n + " ") or words.endswith(" " + n)
                                     for n in names if len(n) > 3):
                return kind
    return None


def group_columns(surveys: list[Survey]) -> list[GroupColumn]:
    """The background columns worth a breakdown, over all files (a column counts once, by normalised name)."""
    found: dict[str, tuple[str, str, str, set[str]]] = {}
    for survey in surveys:
        for name in survey.metadata_columns:
            raw = survey.metadata[name]
            kind = kind_of(name, getattr(raw, "label", "") or "")
            codes, labels = survey.groups(name)
            if kind is None:            # a background column with any other name: offered when it holds groups
                if _is_year_column(survey, name) or len(labels) > _MAX_OTHER_GROUPS or _one_per_row(codes, labels):
                    continue
                kind = OTHER_KIND
            key = normalise_label(name)
            entry = found.setdefault(key, (name, getattr(raw, "label", "") or name, kind, set()))
            entry[3].update(str(g) for g in labels if g is not None)
    order = list(GROUP_KINDS) + [OTHER_KIND]
    columns = []
    for name, label, kind, groups in found.values():
        shown = set(shared_group_names(groups).values())       # 'Ouder/verzorger' is 'Ouder / verzorger'
        if len(shown) >= 2:
            columns.append(GroupColumn(name, label, kind, tuple(sorted(shown, key=str.casefold))))
    return sorted(columns, key=lambda c: (order.index(c.kind), c.name.casefold()))


def youth_and_parents(column: GroupColumn) -> bool:
    """True when a target-group column holds both youths and parents."""
    if column.kind != "doelgroep":
        return False
    names = [normalise_label(g) for g in column.groups]
    youth = any(n in _YOUTH or n.split(" ")[0] in _YOUTH for n in names)
    parent = any(n in _PARENT or n.split(" ")[0] in _PARENT for n in names)
    return youth and parent


def default_breakdown(surveys: list[Survey], jeugd: bool) -> str | None:
    """The breakdown a Jeugd file shows by default: youths and parents side by side, when it has both."""
    if not jeugd:
        return None
    for column in group_columns(surveys):
        if youth_and_parents(column):
            return column.name
    return None

"""Group names as the survey files and a reference table write them: one key for 'Jongeren' and 'jongere'."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ceo_desk.model.scales import normalise_label

#: A trailing explanation in brackets: 'Jongere (12-18 jaar)'.
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")

#: Headers of a reference table's group column ("Doelgroep: Jongeren / Ouders").
REFERENCE_GROUP_HEADERS = ("doelgroep", "groep", "ingevuld door", "respondenttype", "target group", "group",
                           "stadsdeel", "wijk", "type hulp", "voorziening", "leeftijd", "leeftijdsklasse")
#: Group names that mean everyone: the reference's overall figure.
EVERYONE = ("totaal", "total", "alle", "allen", "iedereen", "all", "alle respondenten", "gemiddeld", "overall")


def _stem(word: str) -> str:
    if word.endswith("s") and len(word) > 3:
        word = word[:-1]
    if word.endswith("en") and len(word) > 4:
        return word[:-2]
    if word.endswith("e") and len(word) > 3:
        return word[:-1]
    return word


def group_key(name: object) -> str:
    """'Jongeren', 'jongere' and 'Jongere.' give one key; so do 'Ouders/verzorgers' and 'Ouder/verzorger'."""
    return " ".join(_stem(w) for w in normalise_label(name).split())


def base_key(name: object) -> str:
    """The key without a trailing explanation in brackets: 'Jongere (12-18 jaar)' gives the key of 'Jongere'."""
    return group_key(_BRACKETED.sub("", str(name)))


def shared_group_names(names: Iterable[str]) -> dict[str, str]:
    """One name per group across files that spell it differently: name -> the name shown.

    'Ouder / verzorger' and 'Ouder/verzorger' have one key; 'Jongere' joins 'Jongere (12-18 jaar)'
    when that is the only bracketed name it fits (with 'Jongere (12-15)' and 'Jongere (16-18)' both
    present, 'Jongere' stays apart: which one it means is not known). The name shown is the longest
    spelling (the labelled file's, as a rule); names that share nothing stay as they are.
    """
    classes: dict[str, list[str]] = {}
    for name in dict.fromkeys(names):
        classes.setdefault(group_key(name), []).append(name)
    bases: dict[str, list[str]] = {}
    for key, members in classes.items():
        base = base_key(members[0])
        if base and base != key:
            bases.setdefault(base, []).append(key)
    for base, keys in bases.items():
        if base in classes and len(keys) == 1:
            classes[keys[0]] += classes.pop(base)
    return {name: max(members, key=lambda m: (len(m), m)) for members in classes.values() for name in members}


def means_everyone(name: object) -> bool:
    return name is None or normalise_label(name) in EVERYONE or normalise_label(name) == ""

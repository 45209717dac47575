"""Group names as the survey files and a reference table write them: one key for 'Jongeren' and 'jongere'."""

from __future__ import annotations

from ceo_desk.model.scales import normalise_label

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


def means_everyone(name: object) -> bool:
    return name is None or normalise_label(name) in EVERYONE or normalise_label(name) == ""

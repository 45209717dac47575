"""Themes in open answers: an editable keyword list, matched tolerant of inflection.

A theme is a name and keywords. A keyword matches a word of an answer when
- it is 7 letters or longer and occurs anywhere in the word ("bereikbaar" in "onbereikbaar",
  "informatie" in "informatievoorziening");
- it is 4 to 6 letters and the word begins with it, also after "ge" or "on" ("wacht" in "wachten",
  "wachtlijst", "gewacht"; "kosten" in "kosten", not in "gekost");
- it is shorter: the word is exactly the keyword ("cak", "€").
A keyword of several words ("eigen bijdrage", "kastje naar de muur") matches those words in a row.
A keyword beginning with "!" excludes: a word it matches never counts for the theme
("kennis" but "!kennismak", so "kennismakingsgesprek" is not about expertise).
Letters are compared without case and accents ("geïnformeerd" = "geinformeerd"); masks are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ceo_desk.model.errors import InputError
from ceo_desk.openanswers.masking import strip_markers


@dataclass(frozen=True)
class Theme:
    name: str
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {"name": self.name, "keywords": list(self.keywords)}

    @classmethod
    def from_json(cls, data: dict) -> "Theme":
        return cls(str(data["name"]), tuple(str(k) for k in data.get("keywords", [])))


DEFAULT_THEMES: tuple[Theme, ...] = (
    Theme("bereikbaarheid", ("bereikbaar", "bereiken", "telefoon", "telefonisch", "terugbel", "teruggebeld",
                             "voicemail", "bellen", "belde", "gebeld", "niet opgenomen", "geen reactie",
                             "reageren", "reageert", "!telefoonnummer")),
    Theme("wachttijd", ("wacht", "duurde lang", "duurde te lang", "duurde het lang", "lang voordat", "lang geduurd",
                        "lang duren", "te laat",
                        "eindelijk", "!wachtkamer")),
    Theme("informatie en communicatie", ("informatie", "informeren", "geinformeerd", "uitleg", "uitgelegd",
                                         "onduidelijk", "duidelijkheid", "niet duidelijk", "communicatie",
                                         "communiceren", "gecommuniceerd", "op de hoogte", "terugkoppeling",
                                         "folder", "brief", "brieven")),
    Theme("bejegening", ("respect", "vriendelijk", "serieus", "luister", "geluisterd", "begrip", "betrokken",
                         "arrogant", "neerbuigend", "aardig", "onbeschoft", "bejegen", "empathie", "meelevend",
                         "gehoord", "menselijk", "warm", "bot", "botte")),
    Theme("deskundigheid", ("deskundig", "vakkundig", "kundig", "kennis", "vakkennis", "professioneel", "professionaliteit",
                            "competent", "expertise", "onervaren", "weinig ervaring", "geen ervaring",
                            "veel ervaring", "bekwaam", "specialist", "!kennismak")),
    Theme("wisselingen van hulpverlener", ("wissel", "gewisseld", "steeds een ander", "steeds een andere",
                                          "telkens een ander", "telkens een andere", "elke keer een ander",
                                          "elke keer een andere", "steeds weer een", "opnieuw mijn verhaal",
                                          "verhaal opnieuw", "opnieuw beginnen", "vervang", "personeelsverloop",
                                          "nieuwe hulpverlener", "nieuwe begeleider",
                                          "andere hulpverlener", "andere begeleider", "vast aanspreekpunt",
                                          "vaste contactpersoon", "!afwissel")),
    Theme("samenwerking", ("samenwerk", "samengewerkt", "samen gewerkt", "afstem", "afgestemd", "overleg",
                           "overlegd", "doorverwijz", "doorverwezen", "langs elkaar", "kastje naar de muur",
                           "instanties", "ketenpartner")),
    Theme("resultaat", ("resultaat", "resultaten", "verbeter", "vooruitgang", "vooruit", "gaat beter",
                        "gaat nu beter", "gaat veel beter", "gaat nu veel beter", "gaat het beter",
                        "gaat het nu beter", "gaat het veel beter", "stuk beter", "effect",
                        "doelen", "bereikt", "opgeleverd", "zelfstandig", "rustiger", "baat bij",
                        "verschil gemaakt", "veranderd", "helpt", "!verbeterpunt")),
    Theme("regels en bureaucratie", ("regels", "regeltjes", "regelgeving", "bureaucra", "formulier",
                                     "papierwerk", "papieren", "procedure", "indicatie", "beschikking",
                                     "aanvraag", "aanvragen", "aangevraagd", "protocol", "rompslomp",
                                     "administratie", "gedoe", "kastje naar de muur")),
    Theme("eigen bijdrage", ("eigen bijdrage", "bijdrage", "kosten", "betalen", "betaal", "betaald",
                             "kostte", "factuur", "facturen", "geld", "euro", "€", "cak", "te duur",
                             "vergoed", "eigen risico", "abonnementstarief", "!kostenloos", "!geldt", "!gelden",
                             "!europ")),
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_WORDS = re.compile(r"[a-z0-9]+|€")


def words_of(text: str) -> list[str]:
    """The words of a (masked) answer as matched: lower case, no accents, masks left out."""
    return _WORDS.findall(_fold(strip_markers(text)))


def _word_matches(keyword: str, word: str) -> bool:
    if len(keyword) >= 7:
        return keyword in word
    if len(keyword) >= 4:
        return word.startswith(keyword) or word.startswith("ge" + keyword) or word.startswith("on" + keyword)
    return word == keyword


class _Keyword:
    def __init__(self, text: str) -> None:
        self.exclude = text.startswith("!")
        self.parts = tuple(words_of(text.lstrip("!")))

    def positions(self, words: list[str]) -> set[int]:
        """Indexes of the words this keyword covers."""
        n = len(self.parts)
        found: set[int] = set()
        if not n:
            return found
        for i in range(len(words) - n + 1):
            if all(_word_matches(p, words[i + k]) for k, p in enumerate(self.parts)):
                found.update(range(i, i + n))
        return found


class ThemeMatcher:
    """Which themes an answer is about; built once from a theme list, used on every answer."""

    def __init__(self, themes: tuple[Theme, ...] | list[Theme]) -> None:
        self.themes = tuple(themes)
        self._compiled = [([_Keyword(k) for k in t.keywords if k.strip().lstrip("!")]) for t in self.themes]

    def themes_of(self, text: str) -> tuple[str, ...]:
        words = words_of(text)
        found = []
        for theme, keywords in zip(self.themes, self._compiled):
            excluded = set().union(*(k.positions(words) for k in keywords if k.exclude))
            if any(k.positions(words) - excluded for k in keywords if not k.exclude):
                found.append(theme.name)
        return tuple(found)


def format_themes(themes: tuple[Theme, ...] | list[Theme]) -> str:
    """The list as plain text to edit: one theme a line, "name: keyword, keyword, …"."""
    return "\n".join(f"{t.name}: {', '.join(t.keywords)}" for t in themes)


def read_themes(path) -> list[Theme]:
    """A theme list from a UTF-8 text file in the ``format_themes`` form; InputError when unreadable."""
    try:
        themes = parse_themes(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, key="err.oa.themes_file", params={"reason": getattr(err, "strerror", None) or err},
                         action_key="err.oa.themes_file_action") from None
    if not themes:
        raise InputError(path, key="err.oa.themes_file", params={"reason": "0"}, action_key="err.oa.themes_file_action")
    return themes


def parse_themes(text: str) -> list[Theme]:
    """The inverse of ``format_themes``; blank lines are skipped, a theme without keywords is kept."""
    themes, seen = [], set()
    for line in text.splitlines():
        if not line.strip():
            continue
        name, _, rest = line.partition(":")
        name = " ".join(name.split())
        if not name or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        keywords = tuple(" ".join(k.split()) for k in rest.split(",") if k.strip())
        themes.append(Theme(name, keywords))
    return themes

"""Answer scales: which categories count as positive, negative or are left out of n."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    EXCLUDED = "excluded"   # a valid category that is left out of n (n.v.t., weet niet, geen antwoord)


_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return text


def normalise_label(label: object) -> str:
    """Answer category key: case, spacing and all punctuation ignored ("N.v.t." == "nvt")."""
    text = _fold(label)
    text = _PUNCT.sub(lambda m: " " if m.group(0) in "/-" else "", text)
    return _SPACE.sub(" ", text).strip()


def normalise_text(text: object) -> str:
    """Question key: case, whitespace and punctuation ignored ("Ik word  geholpen." == "ik word geholpen")."""
    return normalise_label(text)


@dataclass(frozen=True)
class Scale:
    key: str
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    excluded: tuple[str, ...]
    aliases: dict[str, str] = field(default_factory=dict)   # normalised alias -> canonical label

    @property
    def categories(self) -> tuple[str, ...]:
        return self.positive + self.negative + self.excluded

    def role_of(self, canonical: str) -> Role:
        if canonical in self.positive:
            return Role.POSITIVE
        if canonical in self.negative:
            return Role.NEGATIVE
        return Role.EXCLUDED

    def lookup(self) -> dict[str, str]:
        """Normalised label -> canonical label, aliases included."""
        table = {normalise_label(c): c for c in self.categories}
        table.update(self.aliases)
        return table

    def name(self, lang: str = "nl") -> str:
        from ceo_desk.i18n import tr

        return tr(f"scale.{self.key}", lang)


_MISSING = ("Weet niet", "Geen antwoord")
_MISSING_ALIASES = {
    "weet ik niet": "Weet niet", "dont know": "Weet niet", "don t know": "Weet niet",
    "geen mening": "Weet niet", "wil ik niet zeggen": "Geen antwoord", "no answer": "Geen antwoord",
    "onbekend": "Geen antwoord", "niet ingevuld": "Geen antwoord",
}
_NVT_ALIASES = {
    "nvt": "Niet van toepassing", "n v t": "Niet van toepassing", "not applicable": "Niet van toepassing",
    "weet niet niet van toepassing": "Weet niet / niet van toepassing",
    "weet niet nvt": "Weet niet / niet van toepassing",
    "weet niet n v t": "Weet niet / niet van toepassing",
    "niet van toepassing weet niet": "Weet niet / niet van toepassing",
}

FREQUENCY = Scale(
    "frequency",
    positive=("Altijd", "Vaak"), negative=("Soms", "Nooit"),
    excluded=("Niet van toepassing", "Weet niet / niet van toepassing") + _MISSING,
    aliases={**_MISSING_ALIASES, **_NVT_ALIASES, "meestal": "Vaak", "af en toe": "Soms",
             "always": "Altijd", "often": "Vaak", "sometimes": "Soms", "never": "Nooit"},
)
AGREEMENT = Scale(
    "agreement",
    positive=("Helemaal mee eens", "Mee eens"),
    negative=("Neutraal", "Niet mee eens", "Helemaal niet mee eens"),
    excluded=("Weet niet / niet van toepassing", "Niet van toepassing") + _MISSING,
    aliases={**_MISSING_ALIASES, **_NVT_ALIASES, "niet mee eens niet mee oneens": "Neutraal",
             "neutraal niet mee eens niet mee oneens": "Neutraal", "eens": "Mee eens",
             "oneens": "Niet mee eens", "helemaal oneens": "Helemaal niet mee eens",
             "helemaal eens": "Helemaal mee eens", "strongly agree": "Helemaal mee eens",
             "agree": "Mee eens", "neutral": "Neutraal", "disagree": "Niet mee eens",
             "strongly disagree": "Helemaal niet mee eens"},
)
YES_NO = Scale(
    "yes_no",
    positive=("Ja",), negative=("Nee",), excluded=("Niet van toepassing",) + _MISSING,
    aliases={**_MISSING_ALIASES, **_NVT_ALIASES, "yes": "Ja", "no": "Nee"},
)
QUALITY = Scale(
    "quality",
    positive=("Zeer goed", "Goed"), negative=("Redelijk", "Matig", "Slecht", "Zeer slecht"),
    excluded=("Niet van toepassing",) + _MISSING,
    aliases={**_MISSING_ALIASES, **_NVT_ALIASES, "heel goed": "Zeer goed", "uitstekend": "Zeer goed",
             "neutraal": "Redelijk", "niet goed niet slecht": "Redelijk", "heel slecht": "Zeer slecht",
             "very good": "Zeer goed", "good": "Goed", "fair": "Redelijk", "poor": "Slecht",
             "very poor": "Zeer slecht"},
)
SATISFACTION = Scale(
    "satisfaction",
    positive=("Zeer tevreden", "Tevreden"), negative=("Neutraal", "Ontevreden", "Zeer ontevreden"),
    excluded=("Niet van toepassing",) + _MISSING,
    aliases={**_MISSING_ALIASES, **_NVT_ALIASES, "niet tevreden niet ontevreden": "Neutraal",
             "heel tevreden": "Zeer tevreden", "heel ontevreden": "Zeer ontevreden"},
)

SCALES: dict[str, Scale] = {s.key: s for s in (FREQUENCY, AGREEMENT, YES_NO, QUALITY, SATISFACTION)}
_LOOKUPS = {key: scale.lookup() for key, scale in SCALES.items()}


def match_scale(labels: list[str] | set[str]) -> Scale | None:
    """The known scale all these (raw) labels belong to, or None.

    Every label must be known to the scale and at least one must be substantive (positive or
    negative). When several scales fit, the one with the most substantive hits wins; a tie is
    broken by the order of ``SCALES``.
    """
    keys = {normalise_label(label) for label in labels if normalise_label(label)}
    if not keys:
        return None
    best, best_hits = None, 0
    for key, scale in SCALES.items():
        table = _LOOKUPS[key]
        if not keys <= table.keys():
            continue
        hits = sum(1 for k in keys if scale.role_of(table[k]) is not Role.EXCLUDED)
        if hits > best_hits:
            best, best_hits = scale, hits
    return best


def canonical(scale: Scale, label: str) -> str | None:
    return _LOOKUPS.get(scale.key, {}).get(normalise_label(label))

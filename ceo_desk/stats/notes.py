"""The notes of a result row as codes, rendered in the user's language at the edges.

The results frame's ``note`` column holds codes, not text: tokens joined by ";", each a name with its
values after ":" (percent-quoted), e.g. ``"indicative:30;prev_small:30"`` or ``"weighted:272"``. The
faces (CLI table, exported files, the window) turn a code into text with :func:`note_text`, in the
language they show, through the translations in ``ceo_desk/texts``. A code holds every value its text
needs, so any face renders it from the row alone — except the reference group's name, which the user
gives to the report or the window, not to the analysis: a face passes it as ``reference`` ('ref.: BMC
Jeugd als geheel'; without a name 'ref.: hele referentiegroep').

Building codes is vectorised (few distinct combinations of flags over many rows); rendering is cached
per distinct code. The window renders single codes: numpy is imported only by the column functions.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, unquote

from typing import TYPE_CHECKING

from ceo_desk.i18n import fmt_number, tr

if TYPE_CHECKING:
    import numpy as np

SEPARATOR = ";"
#: The text of the joined notes: "n < 30: indicatief, niet getoetst; geen referentie".
JOIN = "; "

#: Code name -> (translation key, names of its values in order).
NOTES: dict[str, tuple[str, tuple[str, ...]]] = {
    "no_answers": ("note.no_answers", ()),
    "suppressed": ("note.suppressed", ("n",)),
    "indicative": ("note.indicative", ("n",)),
    "suppressed_eff": ("stats.note.suppressed_eff", ("n",)),
    "indicative_eff": ("stats.note.indicative_eff", ("n",)),
    "grade": ("note.grade", ()),
    "no_reference": ("note.no_reference", ()),
    "reference_no_n": ("note.reference_no_n", ()),
    "reference_small": ("note.reference_small", ("n",)),
    "reference_not_self": ("stats.note.reference_not_self", ()),
    "prev_small": ("note.prev_small", ("n",)),
    "interval_not_margin": ("stats.note.interval_not_margin", ()),
    "ref_rounding": ("stats.note.ref_rounding", ()),
    "weighted": ("note.weighted", ("n",)),           # n: the effective n, formatted as a whole number
    "rest_small": ("breakdown.note.rest_small", ("n",)),
    "ref_group": ("breakdown.note.ref_group", ()),
    "ref_overall": ("breakdown.note.ref_overall", ()),
    "other": ("breakdown.note.other", ("n", "groups")),
    "secondary": ("disclosure.note.secondary", ()),
}
#: Values shown as numbers (grouped in the user's notation).
_NUMBERS = {("weighted", "n")}
#: Notes that name the reference group: their key when the user gave it a name (passed as ``reference``).
_NAMED = {"ref_overall": "breakdown.note.ref_overall_named"}


def token(name: str, *values) -> str:
    """One note's code: ``token("indicative", 30)`` -> ``"indicative:30"``."""
    if name not in NOTES:
        raise KeyError(name)
    return ":".join([name, *(quote(str(v), safe="") for v in values)])


def names(code) -> list[str]:
    """The note names in a code: ``"indicative:30;grade"`` -> ``["indicative", "grade"]``."""
    if not isinstance(code, str) or not code:
        return []
    return [part.split(":", 1)[0] for part in code.split(SEPARATOR)]


@lru_cache(maxsize=4096)
def _render(code: str, lang: str, reference: str = "") -> str:
    texts = []
    for part in code.split(SEPARATOR):
        name, *values = part.split(":")
        key, params = NOTES[name]
        args = {p: unquote(v) for p, v in zip(params, values)}
        for param in params:
            if (name, param) in _NUMBERS:
                args[param] = fmt_number(float(args[param]), 0, lang)
        if reference and name in _NAMED:
            key, args["reference"] = _NAMED[name], reference
        texts.append(tr(key, lang, **args))
    return JOIN.join(texts)


def note_text(code, lang: str = "nl", reference: str | None = None) -> str:
    """The text of a row's note code in ``lang`` ('' for no note or a missing value); ``reference`` is
    the reference group's name as the user gave it (None or '': the default wording)."""
    if not isinstance(code, str) or not code:
        return ""
    return _render(code, lang, (reference or "").strip())


def notes_text(codes, lang: str = "nl", reference: str | None = None) -> np.ndarray:
    """:func:`note_text` over a column of codes (rendered once per distinct code)."""
    import numpy as np

    values = np.asarray(codes, dtype=object)
    clean = np.array(["" if not isinstance(v, str) else v for v in values], dtype=object)
    distinct, inverse = np.unique(clean.astype(str), return_inverse=True)
    rendered = np.array([note_text(c, lang, reference) for c in distinct], dtype=object)
    return rendered[inverse.reshape(-1)] if len(values) else np.array([], dtype=object)


def flag_codes(flags: list[tuple[str, np.ndarray]], size: int) -> np.ndarray:
    """Per row the tokens whose mask holds, in the order given, joined: one string per distinct combination."""
    import numpy as np

    if not flags:
        return np.full(size, "", dtype=object)
    bits = np.zeros(size, dtype=np.int64)
    for i, (_, mask) in enumerate(flags):
        bits |= np.asarray(mask, bool).astype(np.int64) << i
    distinct, inverse = np.unique(bits, return_inverse=True)
    joined = np.array([SEPARATOR.join(tok for i, (tok, _) in enumerate(flags) if combo >> i & 1)
                       for combo in distinct.tolist()], dtype=object)
    return joined[inverse.reshape(-1)]


def add_code(codes: np.ndarray, mask: np.ndarray, tok) -> np.ndarray:
    """``codes`` with ``tok`` (one token, or one per row) appended where ``mask`` holds."""
    import numpy as np

    out = np.asarray(codes, dtype=object).copy()
    mask = np.asarray(mask, bool)
    if not mask.any():
        return out
    tok = np.broadcast_to(np.asarray(tok, dtype=object), out.shape)
    chosen = out[mask]
    empty = np.fromiter((not (isinstance(v, str) and v) for v in chosen), bool, len(chosen))
    chosen = np.where(empty, "", chosen)
    out[mask] = np.where(empty, tok[mask], chosen + SEPARATOR + tok[mask])
    return out


def without(codes: np.ndarray, mask: np.ndarray, name: str) -> np.ndarray:
    """``codes`` with every token called ``name`` taken out where ``mask`` holds."""
    import numpy as np

    out = np.asarray(codes, dtype=object).copy()
    for i in np.flatnonzero(np.asarray(mask, bool)):
        code = out[i]
        if isinstance(code, str) and code:
            out[i] = SEPARATOR.join(p for p in code.split(SEPARATOR) if p.split(":", 1)[0] != name)
    return out

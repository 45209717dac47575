"""Masking personal data in what clients wrote, before anything is shown or written.

``mask(text)`` replaces e-mail addresses, IBANs, dates (of birth), phone numbers, BSN-like numbers,
postcodes, street addresses and names by a mask that says what was removed ([e-mail], [iban],
[datum], [telefoon], [bsn], [adres], [naam]). The detectors run in that order on the text as masked
so far, so a date is never read as a phone number and a phone number never as a BSN.

Names come from two sources:
- context: the capitalised (or listed) words after a title or relation ("mevrouw Bakker",
  "juf Roos", "mijn zoon Daan", "dhr. J. de Vries"), and after "heet"/"genaamd";
- the bundled lists of common Dutch first names and surnames (``ceo_desk/resources/names``,
  public name statistics). A listed name that is also an ordinary word ("Roos", "Bakker", "Wil")
  is masked only in name context or when it is capitalised in the middle of a sentence, never in
  lower case; at the start of a sentence only when a name or a verb such as "heeft" follows.
  Function words ("Mijn", "Hoop") are never names.

The unmasked text is never returned, logged or kept by this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ceo_desk.i18n import tr

KINDS = ("naam", "telefoon", "adres", "e-mail", "bsn", "iban", "datum")
_OPEN, _CLOSE = "\ue000", "\ue001"          # private-use marks around a kind while masking
_MARK = re.compile(_OPEN + r"(\d)" + _CLOSE)


def _marker(kind: str) -> str:
    return f"{_OPEN}{KINDS.index(kind)}{_CLOSE}"


def mask_label(kind: str, lang: str = "nl") -> str:
    """The mask shown in place of the removed data: "[naam]", "[telefoon]" … (English: "[name]" …)."""
    return tr(f"oa.mask.{kind}", lang)


# --- e-mail, IBAN, dates ---------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN_LENGTHS = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "LU": 20, "PL": 28,
                 "TR": 26, "MA": 28, "PT": 25, "AT": 20, "CH": 21, "IE": 22, "DK": 18, "SE": 24, "NO": 15}
_IBAN_START = re.compile(r"(?<![\w])([A-Za-z]{2})(\d{2})(?=[ ]?[A-Za-z0-9])")
_NL_IBAN = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")


def iban_valid(compact: str) -> bool:
    """The ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        return False
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def _mask_ibans(text: str) -> str:
    out, pos = [], 0
    for match in _IBAN_START.finditer(text):
        if match.start() < pos:
            continue
        country = match.group(1).upper()
        length = _IBAN_LENGTHS.get(country)
        if length is None:
            continue
        compact, end = "", match.start()
        while end < len(text) and len(compact) < length:
            ch = text[end]
            if ch.isalnum():
                compact += ch
            elif ch != " " or not compact:
                break
            end += 1
        if len(compact) != length or (end < len(text) and text[end].isalnum()):
            continue
        if iban_valid(compact) or _NL_IBAN.fullmatch(compact.upper()):
            out.append(text[pos:match.start()] + _marker("iban"))
            pos = end
    out.append(text[pos:])
    return "".join(out)


_MONTHS = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           r"(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?)")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUMERIC_DATE = re.compile(rf"(?<![\w.,/-]){_DAY}([-/.]){'(?:0?[1-9]|1[0-2])'}\1(?:(?:19|20)\d\d|\d\d)(?![\w]|[-/.,]\d)")
_WRITTEN_DATE = re.compile(rf"(?i)(?<![\w]){_DAY}(?:e|ste|de)?\s+{_MONTHS}\s+(?:19|20)\d\d(?!\d)")
_BIRTH_DATE = re.compile(
    rf"(?i)(\b(?:geboren|geb\.|geboortedatum|geboortedag|verjaardag|jarig)(?:\s+(?:op|in|is|:))?[:\s]\s*)"
    rf"({_DAY}(?:e|ste|de)?\s+{_MONTHS}|{_DAY}[-/.](?:0?[1-9]|1[0-2])(?![-/.]?\d)|(?:19|20)\d\d(?!\d))")


def _mask_dates(text: str) -> str:
    text = _NUMERIC_DATE.sub(_marker("datum"), text)
    text = _WRITTEN_DATE.sub(_marker("datum"), text)
    return _BIRTH_DATE.sub(lambda m: m.group(1) + _marker("datum"), text)


# --- phone numbers, BSN ----------------------------------------------------------------------------

# 0 + nine digits (06-12345678, 040-1234567, 0299 123456, (040) 123 45 67), or +31 / 0031 + nine
# digits (+31 6 12345678, +31 (0)40 1234567). A separator between any two digits, never two numbers
# glued together: no digit may follow.
_SEP = r"[\s.\-/)]{0,2}"
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?31[\s.\-]?(?:\(0\)[\s.\-]?)?|\(0|0)"
    rf"(?:{_SEP}[1-9])(?:{_SEP}\d){{8}}(?![\d]|[\s.\-]\d)")
_BSN = re.compile(r"(?<![\w.,€$-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w]|[.,]\d)")
_MONEY_AFTER = re.compile(r"\s*(?:euro|eur)\b", re.I)


def eleven_test(digits: str) -> bool:
    """The BSN check: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def _mask_bsn(text: str) -> str:
    def replace(match: re.Match) -> str:
        digits = re.sub(r"\D", "", match.group(1))
        before = text[max(0, match.start() - 2):match.start()]
        if "€" in before or _MONEY_AFTER.match(text, match.end()) or not eleven_test(digits):
            return match.group(0)
        return _marker("bsn")
    return _BSN.sub(replace, text)


# --- addresses -------------------------------------------------------------------------------------

_POSTCODE_STOP = {"SA", "SD", "SS", "KM", "OK", "PM", "AM", "CM", "MM", "KG", "EU", "NL", "UUR"}
_POSTCODE = re.compile(r"(?<![\w])[1-9]\d{3}(?:\s?([A-Z]{2})|([a-z]{2}))(?![\w])"
                       r"(?:\s*,?\s*\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?![\w]|[.,]\d))?")
_CLEAR_STREET = ("straat", "straatje", "laan", "laantje", "plein", "gracht", "kade", "singel", "dreef",
                 "plantsoen", "steeg", "boulevard", "allee", "straatweg", "steenweg")
_VAGUE_STREET = ("weg", "dijk", "pad", "baan", "markt", "ring", "park", "hof", "veld", "kamp", "tuin", "haven",
                 "wal", "erf", "oord", "akker", "hoeve", "donk", "burg", "zoom", "hout", "berg", "dam", "dreef")
_STREET_SUFFIXES = tuple(sorted(set(_CLEAR_STREET + _VAGUE_STREET), key=len, reverse=True))
# the word before a house number; the street suffix and the words before it are checked in Python
_STREET = re.compile(
    r"(?<![\w'’.-])([^\W\d_][\w'’.-]*)\s+(?:(?i:nr\.?|nummer|no\.?)\s*)?(\d{1,5})"
    r"((?:\s?[a-zA-Z](?![\w]))?(?:\s?-\s?\d{1,4}(?![\w]))?(?:\s?(?i:bis|hs|huis)(?![\w]))?)(?![\w]|[.,]\d)")
_STREET_LEAD = re.compile(r"(?:(?:[A-Z][\w'’.-]*|van|de|der|den|het|'t|ter|ten|op|in)\s+){1,3}$")
_UNITS = re.compile(r"\s*(?:keer|x|km|kilometer|meter|m|uur|u|jaar|jaren|maand|maanden|week|weken|dag|dagen|"
                    r"min|minuten|euro|eur|%|procent|kind|kinderen|personen|mensen|gesprekken|sessies|"
                    r"afspraken|punten|stuks|kilo|kg|cm|procent)(?![\w])", re.IGNORECASE)


_LIVE_ON = re.compile(r"(?i)\b(?:op|aan)\s+(?:de|het)\s+$")


def _street_lead(text: str) -> str:
    """Fold the capitalised words before a masked street into the mask ("Jan van [adres]" -> "[adres]")."""
    marker = _marker("adres")
    out, pos = [], 0
    while (i := text.find(marker, pos)) >= 0:
        lead = _STREET_LEAD.search(text, pos, i)
        cut = i
        if lead:
            words = text[lead.start():i].split()
            keep = 0
            while keep < len(words) and not words[keep][:1].isupper():   # "aan de" stays in the text
                keep += 1
            if keep < len(words):
                cut = lead.start() + len(" ".join(words[:keep])) + (1 if keep else 0)
        out.append(text[pos:cut] + marker)
        pos = i + len(marker)
    out.append(text[pos:])
    return "".join(out)


def _mask_addresses(text: str) -> str:
    def postcode(match: re.Match) -> str:
        letters = match.group(1) or match.group(2)
        if letters.upper() in _POSTCODE_STOP:
            return match.group(0)
        return _marker("adres")

    def street(match: re.Match) -> str:
        word = match.group(1)
        lower = word.lower()
        suffix = next((x for x in _STREET_SUFFIXES if lower.endswith(x)), None)
        if suffix is None or len(word) <= len(suffix) or _UNITS.match(text, match.end()):
            return match.group(0)
        clear = suffix in _CLEAR_STREET
        capital = word[:1].isupper() and len(word) > len(suffix) + 1
        living = _LIVE_ON.search(text, 0, match.start()) is not None
        if not (clear or capital or living):
            return match.group(0)
        return _marker("adres")

    text = _street_lead(_STREET.sub(street, text))
    return _POSTCODE.sub(postcode, text)


# --- names -----------------------------------------------------------------------------------------

_PARTICLES = {"van", "de", "der", "den", "het", "'t", "’t", "ten", "ter", "te", "in", "op", "la", "le", "el",
              "al", "da", "di", "du", "von", "zu", "d'", "vd", "v/d"}
_TITLES = {
    "meneer", "mijnheer", "mnr", "mevrouw", "mevr", "mw", "mvr", "dhr", "juf", "juffrouw", "meester", "dokter",
    "dr", "drs", "ir", "mr", "prof", "zuster", "pastoor", "dominee", "huisarts", "tandarts", "hulpverlener",
    "hulpverleenster", "begeleider", "begeleidster", "coach", "gezinscoach", "jeugdcoach", "consulent",
    "consulente", "jeugdconsulent", "casemanager", "regisseur", "zorgregisseur", "behandelaar", "therapeut",
    "psycholoog", "psychiater", "orthopedagoog", "wijkverpleegkundige", "verpleegkundige", "mentor",
    "contactpersoon", "collega", "medewerker", "medewerkster", "trajectbegeleider", "gezinsvoogd", "voogd",
    "intaker", "jeugdhulpverlener", "maatschappelijk werker", "wijkcoach", "ouderbegeleider", "logopedist",
    "fysiotherapeut", "ergotherapeut", "kinderarts", "schoolmaatschappelijk werker", "ambulant begeleider",
    "zoon", "zoontje", "dochter", "dochtertje", "kind", "kindje", "man", "vrouw", "partner", "vriend", "vriendin",
    "moeder", "vader", "mama", "papa", "mam", "pap", "oma", "opa", "broer", "broertje", "zus", "zusje",
    "kleinzoon", "kleindochter", "pleegzoon", "pleegdochter", "pleegkind", "stiefzoon", "stiefdochter", "neef",
    "nicht", "oom", "tante", "buurman", "buurvrouw", "echtgenoot", "echtgenote", "schoonzoon", "schoondochter",
    "jongste", "oudste", "tweelingzus", "tweelingbroer", "heet", "heette", "genaamd", "naam", "de heer",
}
_TWO_WORD_TITLES = {t for t in _TITLES if " " in t}
# Before these a particle belongs to the name ("mevrouw van der Zwan"); after a role or relation it is
# usually a preposition ("de coach van Jeugdformaat", "mijn zoon van 12").
_COURTESY = {"meneer", "mijnheer", "mnr", "mevrouw", "mevr", "mw", "mvr", "dhr", "juf", "juffrouw", "meester",
             "dokter", "dr", "drs", "ir", "mr", "prof", "zuster", "pastoor", "dominee", "heer"}
# Never a name, whatever the lists say: function words, words often capitalised mid-sentence.
_NEVER = set("""
de het een en of maar want dus die dat deze dit wie wat waar wanneer hoe ik jij je u hij zij ze wij we jullie
hun hen mijn m'n zijn z'n haar onze ons uw jouw is was zijn waren ben bent heeft hebben had hadden wordt werd
kan kon wil wilde zal zou moet moest mag mocht ook nog niet geen wel al heel erg veel weinig meer minder goed
slecht fijn prima top super hoop helaas graag dank bedankt hallo hoi groet groeten beste lieve verder toen
daarna daarom omdat als dan want nu straks vandaag gisteren morgen altijd nooit soms vaak ja nee oké ok
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
augustus september oktober november december kerst kerstmis pasen pinksteren sinterklaas god here heer
noord oost zuid west centrum nederland nederlands engels frans duits turks pools arabisch spaans gemeente
wmo jeugdwet ggd cjg wijkteam jeugdteam veilig thuis school huisarts dokter meester juf mevrouw meneer
zorg hulp jeugd team stad dorp wijk
""".split())
_VERBS_AFTER_NAME = set("""
is was heeft had kwam komt deed doet zei zegt belde belt hielp helpt luistert luisterde begreep begrijpt
snapt snapte neemt nam maakt maakte gaf geeft weet wist kan kon zal zou moest moet werkt werkte denkt dacht
regelde regelt vond vindt bleef blijft ging gaat stond staat zag ziet speelde speelt vertelde vertelt zorgde
zorgt vroeg vraagt reageerde reageert appte mailde legde stelde bracht haalde
""".split())
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|[^\W\d_]")
_INITIAL = re.compile(r"(?:[A-Z]\.\s?){1,4}")


@dataclass(frozen=True)
class Lexicon:
    first: frozenset[str]        # lower case
    surnames: frozenset[str]     # bare surnames, lower case ("jansen", "bakker")
    particle_names: frozenset[str]  # surnames with particles, lower case ("de vries", "van den berg")
    word_like: frozenset[str]    # names whose lower-case form is a Dutch word (never masked in lower case)
    common_words: frozenset[str]  # names that are everyday words: need more evidence at a sentence start

    def is_name(self, word: str) -> bool:
        return word.lower() in self.first or word.lower() in self.surnames


def _read_names(name: str) -> list[str]:
    folder = resources.files("ceo_desk") / "resources" / "names"
    text = (folder / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    first = {n.lower() for n in _read_names("voornamen.txt")}
    bare, particle = set(), set()
    for name in _read_names("achternamen.txt"):
        (particle if " " in name else bare).add(name.lower())
    word_like = {n.lower() for n in _read_names("naam_is_woord.txt")}
    common = {n.lower() for n in _read_names("naam_is_gewoon_woord.txt")}
    common |= {n for n in bare if n in word_like}
    return Lexicon(frozenset(first - _NEVER), frozenset(bare - _NEVER), frozenset(particle),
                   frozenset(word_like), frozenset(common))


class _Token:
    """A word of the text with what the name rules look at, computed once."""
    __slots__ = ("text", "start", "end", "sentence_start", "lower", "bare", "capital")

    def __init__(self, text: str, start: int, end: int, sentence_start: bool) -> None:
        self.text, self.start, self.end, self.sentence_start = text, start, end, sentence_start
        self.lower = text.lower()
        self.bare = self.lower[:-2] if self.lower.endswith(("'s", "’s")) else self.lower  # "Daan's" -> "daan"
        self.capital = text[:1].isupper()


def _tokens(text: str) -> list[_Token]:
    tokens, prev_end = [], 0
    for match in _WORD.finditer(text):
        between = text[prev_end:match.start()]
        start = not tokens or (between != " " and _SENTENCE_BREAK.search(between) is not None)
        tokens.append(_Token(match.group(0), match.start(), match.end(), start))
        prev_end = match.end()
    return tokens


_SENTENCE_BREAK = re.compile(r"[.!?:;\n\r•*(\"“]|(?:^|\s)[-–—](?:\s|$)")


def _gap(text: str, left: _Token, right: _Token, allow_comma: bool = False) -> bool:
    """Only spaces between two tokens (or one comma; or the full stop after an initial: "J. Jansen")."""
    between = text[left.end:right.start].strip()
    return between == "" or (allow_comma and between == ",") or \
        (between == "." and len(left.text) == 1 and left.text.isupper())


class _NameFinder:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text, self.lex = text, lex
        self.tokens = _tokens(text)
        self.masked = [False] * len(self.tokens)

    def listed(self, tok: _Token) -> bool:
        lex = self.lex
        if tok.bare in lex.first or tok.bare in lex.surnames:
            return True
        return "-" in tok.bare and any(p in lex.first or p in lex.surnames for p in tok.bare.split("-"))

    def capital_name_like(self, tok: _Token) -> bool:
        """A capitalised word that may be (part of) a name after a title: not a function word."""
        return tok.capital and tok.bare not in _NEVER and not tok.text.isupper() or \
            (tok.text.isupper() and len(tok.text) > 1 and self.listed(tok))

    def name_span_after(self, i: int, particles: bool = True) -> int:
        """Tokens from i that form a name (initials, particles, capitalised or listed words); returns the end.

        Without ``particles`` a leading "van"/"de" ends the name unless a listed surname follows ("van Dijk").
        """
        if not particles and self.tokens[i].lower in _PARTICLES:
            return self._listed_particle_name(i) or i
        j, last_core = i, None
        while j < len(self.tokens):
            tok = self.tokens[j]
            if j > i and not _gap(self.text, self.tokens[j - 1], tok):
                break
            if len(tok.text) == 1 and tok.text.isupper() and self.text[tok.end:tok.end + 1] == ".":
                j += 1
                continue
            if tok.lower in _PARTICLES and j + 1 < len(self.tokens):
                j += 1
                continue
            if (self.capital_name_like(tok) and not (tok.sentence_start and j > i)) or \
                    (not tok.capital and self.listed(tok) and tok.bare not in _NEVER):
                last_core = j
                j += 1
                if not tok.capital:
                    break
                continue
            break
        return last_core + 1 if last_core is not None else i

    def mark(self, start: int, end: int) -> None:
        for k in range(start, end):
            self.masked[k] = True

    def after_titles(self) -> None:
        toks = self.tokens
        for i, tok in enumerate(toks):
            title = tok.lower.rstrip(".")
            two = f"{toks[i - 1].lower} {title}" if i > 0 else ""
            if title not in _TITLES and two not in _TWO_WORD_TITLES:
                continue
            if i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            between = self.text[tok.end:nxt.start]
            if between.strip() not in ("", ",", ".", ":") or (between.strip() == "." and title not in
                                                            ("mw", "mevr", "mvr", "dhr", "dr", "drs", "ir", "mr",
                                                             "prof", "mnr")):
                continue
            end = self.name_span_after(i + 1, particles=title in _COURTESY or two in _TWO_WORD_TITLES)
            if end > i + 1:
                self.mark(i + 1, end)

    def _listed_particle_name(self, i: int) -> int | None:
        """The end of a listed surname with particles starting at token i ("de Vries", "van den Berg")."""
        toks = self.tokens
        for length in (4, 3, 2):
            j = i + length
            if j > len(toks):
                continue
            span = toks[i:j]
            if not all(_gap(self.text, a, b) for a, b in zip(span, span[1:])):
                continue
            core = span[-1]
            if core.capital and " ".join(t.lower for t in span[:-1]) + " " + core.bare in self.lex.particle_names:
                return j
        return None

    def particle_surnames(self) -> None:
        for i, tok in enumerate(self.tokens):
            if tok.lower in _PARTICLES:
                end = self._listed_particle_name(i)
                if end:
                    self.mark(i, end)

    def listed_names(self) -> None:
        toks = self.tokens
        lex = self.lex
        for i, tok in enumerate(toks):
            if self.masked[i] or not self.listed(tok) or tok.bare in _NEVER or len(tok.bare) < 2:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) and _gap(self.text, tok, toks[i + 1]) else None
            prev = toks[i - 1] if i > 0 and _gap(self.text, toks[i - 1], tok) else None
            beside_name = (nxt is not None and (self.masked[i + 1] or (nxt.capital and self.listed(nxt)) or
                                                nxt.lower in _PARTICLES and self._particle_follows(i + 1))) or \
                (prev is not None and (self.masked[i - 1] or prev.capital and self.listed(prev) and
                                       not prev.sentence_start or re.fullmatch(r"[A-Z]", prev.text) is not None))
            common = tok.bare in lex.common_words
            word_like = tok.bare in lex.word_like
            if tok.capital:
                if not tok.sentence_start:
                    ok = True
                elif not common:
                    ok = True
                else:
                    ok = beside_name or (nxt is not None and nxt.lower in _VERBS_AFTER_NAME)
            else:
                ok = not word_like and len(tok.bare) > 2
            if ok:
                self.mark(i, i + 1)
                self._extend(i)

    def _particle_follows(self, i: int) -> bool:
        j = i
        while j < len(self.tokens) and self.tokens[j].lower in _PARTICLES:
            j += 1
        return j < len(self.tokens) and j > i and self.tokens[j].capital and not self.tokens[j].sentence_start

    def _extend(self, i: int) -> None:
        """A listed name takes its neighbours along: initials and first names before, surname after."""
        toks = self.tokens
        k = i - 1
        while k >= 0 and _gap(self.text, toks[k], toks[k + 1]) and (
                toks[k].capital and self.listed(toks[k]) and not toks[k].sentence_start or
                re.fullmatch(r"[A-Z]", toks[k].text)):
            self.masked[k] = True
            k -= 1
        if toks[i].capital:
            end = self.name_span_after(i + 1) if i + 1 < len(toks) and _gap(self.text, toks[i], toks[i + 1]) \
                else i + 1
            self.mark(i + 1, end)

    def result(self) -> str:
        out, pos, i = [], 0, 0
        toks = self.tokens
        while i < len(toks):
            if not self.masked[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(toks) and self.masked[j + 1] and _gap(self.text, toks[j], toks[j + 1]):
                j += 1
            end = toks[j].end
            if self.text[end:end + 1] == "." and re.fullmatch(r"[A-Z]", toks[j].text):
                end += 1
            out.append(self.text[pos:toks[i].start] + _marker("naam"))
            pos, i = end, j + 1
        out.append(self.text[pos:])
        return "".join(out)


def _mask_names(text: str, lex: Lexicon) -> str:
    finder = _NameFinder(text, lex)
    finder.after_titles()
    finder.particle_surnames()
    finder.listed_names()
    return finder.result()


# --- the whole pass --------------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_ADRES = str(KINDS.index("adres"))
# one mask for what belongs together: "[adres], [adres]" (street and postcode), "[naam] [naam]"
_REPEAT = re.compile(_OPEN + r"(\d)" + _CLOSE + r"(?:(?:\s+|(?<=" + _ADRES + _CLOSE + r")\s*,\s*)" + _OPEN +
                     r"\1" + _CLOSE + ")+")


def mask_markers(text: str) -> str:
    """Mask personal data; the result carries neutral markers that ``render`` turns into words."""
    if not text:
        return ""
    text = str(text).replace(_OPEN, "").replace(_CLOSE, "")
    if "@" in text:
        text = _EMAIL.sub(_marker("e-mail"), text)
    if _DIGIT.search(text):
        text = _mask_ibans(text)
        text = _mask_dates(text)
        text = _PHONE.sub(_marker("telefoon"), text)
        text = _mask_bsn(text)
        text = _mask_addresses(text)
    text = _mask_names(text, lexicon())
    return _REPEAT.sub(lambda m: m.group(0)[:3], text)


def render(marked: str, lang: str = "nl") -> str:
    """Markers to the masks of the language: "[naam]", "[telefoon]" …"""
    return _MARK.sub(lambda m: mask_label(KINDS[int(m.group(1))], lang), marked)


def mask(text: str, lang: str = "nl") -> str:
    """The text with every piece of personal data replaced by a mask saying what was removed."""
    return render(mask_markers(text), lang)


def mask_kinds(marked: str) -> list[str]:
    """The kinds of data removed from a marked text, in order ("naam", "telefoon" …)."""
    return [KINDS[int(k)] for k in _MARK.findall(marked)]


def strip_markers(marked: str) -> str:
    """The marked text without its masks (for theme matching and search)."""
    return _MARK.sub(" ", marked)

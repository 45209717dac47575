"""From raw columns to a Survey: which column is a question, the grade, the year, metadata."""

from __future__ import annotations

import hashlib
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd

from ceo_desk.io.plausible import only_missing_answers, year_column_not_numbers
from ceo_desk.io.raw import RawColumn, RawTable
from ceo_desk.model.errors import InputError, MissingYearError, Notice
from ceo_desk.model.scales import canonical, match_scale, normalise_label
from ceo_desk.model.survey import Column, ColumnKind, Survey

_YEAR_NAMES = {"jaar", "year", "onderzoeksjaar", "meetjaar", "peiljaar", "survey year", "enquetejaar"}
_WEIGHT_NAMES = {"weegfactor", "weight", "gewicht", "weging", "wf", "weegfactoren", "wgt"}
_GRADE_WORDS = ("rapportcijfer", "cijfer", "grade", "rating 1 10", "score 1 10")
_METADATA_WORDS = (
    "respnr", "respondent", "respondentnummer", "resp id", "respid", "id", "nr", "volgnummer", "record",
    "gemeente", "gemeentenaam", "gemeentecode", "gemcode", "municipality", "stadsdeel", "wijk",
    "district", "buurt", "kern", "gebied", "regio", "region", "doelgroep", "ingevuld door",
    "invuller", "respondenttype", "target group", "target", "leeftijd", "leeftijdsklasse",
    "leeftijdscategorie", "age", "age group", "geslacht", "gender", "sex", "postcode", "datum",
    "date", "type hulp", "soort hulp", "vorm van hulp", "voorziening", "aanbieder", "provider",
    "versie", "version", "modus", "mode", "wave", "ronde", "taal", "language",
)
_MAX_CATEGORIES = 15
# A header that asks for free text: its answers are open answers even when there are few of them
# (they are never listed as categories, which would show them unmasked).
_OPEN_HEADER = re.compile(r"\b(opmerking(en)?|toelichting|namelijk|suggesties?|tips?|verbeterpunten|"
                          r"wilt u nog iets|vrije tekst|open antwoord|comments?)\b")


def _words(text: str) -> str:
    return normalise_label(re.sub(r"[_\-.]+", " ", text))


def _names(raw: RawColumn) -> set[str]:
    names = {_words(raw.name)}
    if len(raw.label.split()) <= 4:          # a short label names the column; a long one is a question
        names.add(_words(raw.label))
    return names


def _is_year(raw: RawColumn) -> bool:
    return bool(_names(raw) & _YEAR_NAMES)


def _is_weight(raw: RawColumn) -> bool:
    return bool(_names(raw) & _WEIGHT_NAMES) and raw.is_numeric


def _is_grade(raw: RawColumn) -> bool:
    texts = {_words(raw.name), _words(raw.label)}
    return any(word in t.split() or t.startswith(word) for t in texts for word in _GRADE_WORDS[:3]) or any(
        phrase in t for t in texts for phrase in _GRADE_WORDS[3:])


def _is_metadata(raw: RawColumn) -> bool:
    for name in _names(raw):
        if name in _METADATA_WORDS or any(name.startswith(w + " ") or name.endswith(" " + w)
                                          for w in _METADATA_WORDS if len(w) > 3):
            return True
    return False


def _codes(keys: np.ndarray, categories: list[str]) -> np.ndarray:
    """Positions of ``keys`` (objects, None = missing) in ``categories``; -1 for missing."""
    index = {c: i for i, c in enumerate(categories)}
    return np.fromiter((index.get(k, -1) if k is not None else -1 for k in keys), dtype=np.int16, count=len(keys))


class _Codes:
    """A numeric column looked at once: where it is filled, and its values as small integers if they are."""

    def __init__(self, values: np.ndarray) -> None:
        self.finite = ~np.isnan(values)
        present = values[self.finite]
        ints = present.astype(np.int64)
        small = present.size and ints.min() >= 0 and ints.max() < 100_000 and np.array_equal(ints, present)
        self.ints = ints if small else None
        self.present = present
        self.all_filled = bool(self.finite.all())

    def distinct(self) -> np.ndarray:
        if self.ints is not None:
            return np.flatnonzero(np.bincount(self.ints)).astype(np.float64)
        return np.unique(self.present)

    def lookup(self, lut: dict[float, int]) -> np.ndarray:
        """Category position per row (-1 where blank)."""
        keys = np.array(sorted(lut), dtype=np.float64)
        small = np.int16 if len(lut) < 2 ** 15 else np.int32     # a respondent number has 400,000 values
        targets = np.array([lut[k] for k in sorted(lut)], dtype=small)
        if self.ints is not None:
            table = np.full(int(keys.max()) + 1, -1, dtype=small)
            table[keys.astype(np.int64)] = targets
            mapped = table[self.ints]
        else:
            mapped = targets[np.searchsorted(keys, self.present)]
        if self.all_filled:
            return mapped
        codes = np.full(self.finite.shape, -1, dtype=small)
        codes[self.finite] = mapped
        return codes


def _labelled_column(raw: RawColumn) -> Column:
    """SPSS codes with value labels: labels are the categories; user-missing codes are missing."""
    coded = _Codes(raw.values)
    present = coded.distinct()
    labels = dict(raw.value_labels or {})
    for v in present:                       # a code without a label stays visible as itself
        labels.setdefault(float(v), f"{v:g}")
    substantive = [lab for code, lab in labels.items() if code not in raw.user_missing]
    scale = match_scale(substantive)
    display: dict[float, str] = {}
    for code, lab in sorted(labels.items()):
        display[code] = (canonical(scale, lab) if scale else None) or lab
    categories: list[str] = []
    for lab in display.values():
        if lab not in categories:
            categories.append(lab)
    if scale:
        categories += [c for c in _one_side_filled(scale, categories) if c not in categories]
    user_missing = frozenset(display[c] for c in raw.user_missing if c in display)
    lut = {code: categories.index(lab) for code, lab in display.items()}
    codes = coded.lookup(lut) if lut else np.full(len(raw.values), -1, dtype=np.int16)
    kind = ColumnKind.QUESTION if scale else ColumnKind.UNRECOGNISED
    return Column(name=raw.name, text=raw.label, kind=kind, scale=scale.key if scale else None,
                  categories=categories, codes=codes, user_missing=user_missing)


def _one_side_filled(scale, present) -> tuple[str, ...]:
    """All answers on one side of the scale (only 'Soms'/'Nooit'): the scale's answer categories, so that the
    question stays a question at 0 % or 100 % instead of vanishing; else nothing to add."""
    present = set(present)
    if present & set(scale.positive) and present & set(scale.negative):
        return ()
    return scale.positive + scale.negative


def _looks_like_sentences(answers: list[str]) -> bool:
    """Free-text answers: most are long or have many words; answer categories are short."""
    long = sum(1 for a in answers if len(a) > 30 or len(a.split()) >= 5)
    return long * 2 > len(answers)


def _distinct_texts(values: np.ndarray) -> tuple[np.ndarray, list] | None:
    """Each cell's position among the distinct texts (-1 for a blank) and those texts in order of first
    appearance, one hashing pass instead of a Python loop per cell; None when a cell is neither text nor None."""
    positions, distinct = pd.factorize(values, use_na_sentinel=True)
    if (positions < 0).sum() != (values == None).sum() or not all(isinstance(v, str) for v in distinct):  # noqa: E711
        return None
    return positions, list(distinct)


def _text_column(raw: RawColumn) -> Column:
    values = raw.values
    found = _distinct_texts(values)
    if found is None:
        filled = [v for v in values if v is not None]
        uniq_raw = list(dict.fromkeys(filled))
    else:
        positions, uniq_raw = found
    many = len({normalise_label(v) for v in uniq_raw}) > _MAX_CATEGORIES
    scale = match_scale(uniq_raw)
    if not scale and (many or _looks_like_sentences(uniq_raw) or _OPEN_HEADER.search(_words(raw.label))):
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.OPEN_TEXT, texts=values)
    display = {v: ((canonical(scale, v) if scale else None) or v) for v in uniq_raw}
    if not scale:       # unify "Ja", "ja " and "JA" under the first spelling seen
        first: dict[str, str] = {}
        display = {v: first.setdefault(normalise_label(v), v) for v in uniq_raw}
    categories = list(scale.categories) if scale else []
    for lab in display.values():
        if lab not in categories:
            categories.append(lab)
    if scale:
        seen = set(display.values()) | set(_one_side_filled(scale, display.values()))
        categories = [c for c in categories if c in seen]
    if found is None:
        mapped = np.array([display[v] if v is not None else None for v in values], dtype=object)
        codes = _codes(mapped, categories)
    else:                   # the same codes, looked up once per distinct text
        lookup = {c: i for i, c in enumerate(categories)}
        codes = np.array([lookup.get(display[v], -1) for v in uniq_raw] + [-1], dtype=np.int16)[positions]
    kind = ColumnKind.QUESTION if scale else ColumnKind.UNRECOGNISED
    return Column(name=raw.name, text=raw.label, kind=kind, scale=scale.key if scale else None,
                  categories=categories, codes=codes)


def _numeric_column(raw: RawColumn, kind: ColumnKind) -> Column:
    values = raw.values.astype(np.float64, copy=True)
    for code in raw.user_missing:
        values[values == code] = np.nan
    return Column(name=raw.name, text=raw.label, kind=kind, values=values)


def _grade_column(raw: RawColumn, warnings: list[Notice], path: Path) -> Column:
    col = _numeric_column(raw, ColumnKind.GRADE)
    out_of_range = ~np.isnan(col.values) & ((col.values < 1) | (col.values > 10))
    if out_of_range.any():
        bad = sorted({f"{v:g}" for v in col.values[out_of_range]})
        warnings.append(Notice(path, "warn.core.grade_range",
                               {"count": int(out_of_range.sum()), "values": ", ".join(bad[:5])}, column=raw.name))
        col.values[out_of_range] = np.nan
    return col


def _unlabelled_numbers(raw: RawColumn) -> Column:
    """Numbers without labels: a handful of small integers is a coded question we cannot read."""
    finite = raw.values[~np.isnan(raw.values)]
    uniq = np.unique(finite)
    if 0 < len(uniq) <= _MAX_CATEGORIES and np.all(uniq == np.round(uniq)) and uniq.max() < 100:
        categories = [f"{v:g}" for v in uniq]
        codes = np.full(len(raw.values), -1, dtype=np.int16)
        ok = ~np.isnan(raw.values)
        codes[ok] = np.searchsorted(uniq, raw.values[ok]).astype(np.int16)
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.UNRECOGNISED, categories=categories,
                      codes=codes)
    return Column(name=raw.name, text=raw.label, kind=ColumnKind.OTHER, values=raw.values)


def metadata_groups(raw: RawColumn) -> tuple[np.ndarray, list[str | None]]:
    """The column as group codes (int per row) and the text of each code (value labels applied).

    Missing values get their own code whose text is None.
    """
    if raw.is_numeric:
        coded = _Codes(raw.values)
        distinct = coded.distinct()
        labels = raw.value_labels or {}
        names: list[str | None] = [labels.get(float(v), f"{v:g}") for v in distinct]
        codes = coded.lookup({float(v): i for i, v in enumerate(distinct)}) if len(distinct) else \
            np.full(len(raw.values), -1, dtype=np.int16)
        codes = codes.astype(np.int64)
    else:
        codes, uniques = pd.factorize(pd.Series(raw.values, dtype=object), use_na_sentinel=True)
        names = [str(u) for u in uniques]
    missing = codes < 0
    if missing.any():
        codes = np.where(missing, len(names), codes)
        names = names + [None]
    return codes, names


def _most_common(raw: RawColumn) -> str | None:
    """The municipality a file is about: the value of more than half its rows (None for a national file)."""
    values = raw.values
    if raw.is_numeric:
        finite = values[~np.isnan(values)]
        if not finite.size:
            return None
        uniq, counts = np.unique(finite, return_counts=True)
        if counts.max() * 2 <= finite.size:
            return None
        top = float(uniq[np.argmax(counts)])
        return (raw.value_labels or {}).get(top, f"{top:g}")
    counts = pd.Series(values).dropna().value_counts()
    if counts.empty or counts.iloc[0] * 2 <= counts.sum():
        return None
    return str(counts.index[0])


def classify_column(raw: RawColumn, path: Path, warnings: list[Notice], year_given: bool = False) -> Column:
    if _is_year(raw):
        if raw.is_numeric:
            return _numeric_column(raw, ColumnKind.YEAR)
        if not year_given:      # text or dates where years belong; with --year it is background only
            raise year_column_not_numbers(raw, path)
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.METADATA)
    if _is_weight(raw):
        return _numeric_column(raw, ColumnKind.WEIGHT)
    if _is_grade(raw) and raw.is_numeric:
        return _grade_column(raw, warnings, path)
    if _is_metadata(raw):
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.METADATA)
    if raw.is_numeric:
        if np.isnan(raw.values).all():
            return Column(name=raw.name, text=raw.label, kind=ColumnKind.EMPTY)
        if raw.value_labels:
            return _labelled_column(raw)
        return _unlabelled_numbers(raw)
    if all(v is None for v in raw.values):
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.EMPTY)
    return _text_column(raw)


def year_from_filename(path: Path) -> int | None:
    found = set(re.findall(r"(?<!\d)(20\d\d)(?!\d)", path.stem))
    return int(found.pop()) if len(found) == 1 else None


def _years(table: RawTable, year_cols: list[Column], override: int | None) -> np.ndarray:
    path = table.path
    if override is not None:
        return np.full(table.n_rows, int(override), dtype=np.int32)
    if year_cols:
        col = year_cols[0]
        values = col.values
        missing = np.isnan(values)
        if missing.all():
            raise InputError(path, key="err.core.year_empty", params={"name": path.name},
                             action_key="err.core.year_empty_action", column=col.name)
        bad = ~missing & ((values < 1990) | (values > 2100) | (values != np.round(values)))
        if bad.any():
            raise InputError(path, key="err.core.year_bad",
                             params={"values": ", ".join(sorted({f"{v:g}" for v in values[bad]})[:5])},
                             action_key="err.core.year_bad_action", column=col.name)
        if missing.any():
            fill = year_from_filename(path)
            if fill is None:
                raise InputError(path, key="err.core.year_rows_missing",
                                 params={"count": int(missing.sum()), "name": path.name},
                                 action_key="err.core.year_rows_missing_action", column=col.name)
            values = np.where(missing, fill, values)
        return values.astype(np.int32)
    year = year_from_filename(path)
    if year is None:
        raise MissingYearError(path, key="err.core.year_missing", params={"name": path.name},
                               action_key="err.core.year_missing_action")
    return np.full(table.n_rows, year, dtype=np.int32)


def file_checksum(path: Path) -> str:
    """The file's SHA-256: a project notices by it that a file changed after it was loaded."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _year_column(table: RawTable, name: str) -> RawColumn:
    """The column the user named as the year column (``--year FILE=COLUMN``), by name or label."""
    wanted = _words(name)
    for raw in table.columns:
        if wanted in {_words(raw.name), _words(raw.label)}:
            if not raw.is_numeric:
                raise year_column_not_numbers(raw, table.path)
            return raw
    raise InputError(table.path, key="err.io_import.year_column_missing",
                     params={"column": name, "columns": ", ".join(r.name for r in table.columns[:20])},
                     action_key="err.io_import.year_column_missing_action")


#: What the user can say a survey column is (the import dialog's choosers, ``Overrides.layouts``).
SURVEY_ROLES = ("question", "background", "year", "weight", "ignore")


def _as_answers(raw: RawColumn) -> Column:
    """The column read as answers whatever its name says (the user called it a question)."""
    if raw.is_numeric:
        if np.isnan(raw.values).all():
            return Column(name=raw.name, text=raw.label, kind=ColumnKind.EMPTY)
        return _labelled_column(raw) if raw.value_labels else _unlabelled_numbers(raw)
    if all(v is None for v in raw.values):
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.EMPTY)
    return _text_column(raw)


def column_by_role(raw: RawColumn, role: str, path: Path) -> Column:
    """The column as the user said it is: a question, background, the year, the weight, or not used."""
    if role == "question":
        return _as_answers(raw)
    if role == "background":
        return Column(name=raw.name, text=raw.label, kind=ColumnKind.METADATA)
    if role == "year":
        if not raw.is_numeric:
            raise year_column_not_numbers(raw, path)
        return _numeric_column(raw, ColumnKind.YEAR)
    if role == "weight":
        if not raw.is_numeric:
            raise InputError(path, key="err.core.weight_missing", params={"weight": raw.name},
                             action_key="err.core.weight_missing_action", column=raw.name)
        return _numeric_column(raw, ColumnKind.WEIGHT)
    return Column(name=raw.name, text=raw.label, kind=ColumnKind.OTHER)


def classify_columns(table: RawTable, year: int | str | None = None, roles: dict[str, str] | None = None,
                     warnings: list[Notice] | None = None) -> tuple[list[Column], int | None, RawColumn | None]:
    """Every column of ``table`` classified: by the user's ``roles`` (column name -> role) where given, else by
    name and content. Returns the columns, the file's one year (if given) and the chosen year column."""
    roles = {name: role for name, role in (roles or {}).items() if role in SURVEY_ROLES}
    warnings = [] if warnings is None else warnings
    chosen = _year_column(table, year) if isinstance(year, str) else None
    year = None if chosen is not None else year
    if chosen is None and year is None:
        chosen = next((raw for raw in table.columns if roles.get(raw.name) == "year"), None)

    def classified(raw: RawColumn) -> tuple[Column, list[Notice]]:
        role, notes = roles.get(raw.name), []
        if raw is chosen:
            return column_by_role(raw, "year", table.path), notes
        if role == "year":                   # a fixed year given: that column is background
            return column_by_role(raw, "background", table.path), notes
        if role is not None:
            if role == "ignore":
                notes.append(Notice(table.path, "io_import.column_ignored", {}, column=raw.name))
            return column_by_role(raw, role, table.path), notes
        return classify_column(raw, table.path, notes, year is not None), notes

    columns = []
    for column, notes in _each_column(classified, table):
        columns.append(column)
        warnings.extend(notes)
    return columns, year, chosen


#: From this many cells on, a table's columns are classified on two threads (numpy works without Python's
#: lock, so the national file's 40 questions take 0.09 s instead of 0.14 s); below it threads cost more.
_PARALLEL_CELLS = 2_000_000


def _each_column(work, table: RawTable) -> list:
    """``work`` done on every column of ``table``, the results in column order."""
    if table.n_rows * len(table.columns) < _PARALLEL_CELLS:
        return [work(raw) for raw in table.columns]
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(work, table.columns))


def build_survey(table: RawTable, year: int | str | None = None, roles: dict[str, str] | None = None) -> Survey:
    """Classify the columns of ``table``; ``year`` is the file's one year, or the name of its year column;
    ``roles`` says what a column is where the user said it (column name -> one of ``SURVEY_ROLES``)."""
    path = table.path
    warnings: list[Notice] = list(table.warnings)
    if table.n_rows == 0:
        raise InputError(path, key="err.core.no_rows", action_key="err.core.choose_answers_action")
    raw_by_name = {raw.name: raw for raw in table.columns}
    columns, year, chosen = classify_columns(table, year, roles, warnings)
    year_cols = [c for c in columns if c.kind is ColumnKind.YEAR]
    if chosen is not None:          # the named year column gives the years
        year_cols.sort(key=lambda c: c.name != chosen.name)
    years = _years(table, year_cols, year)
    meta_cols = [c for c in columns if c.kind in (ColumnKind.METADATA, ColumnKind.YEAR)]
    metadata = {c.name: raw_by_name[c.name] for c in meta_cols}
    counted = [c for c in columns if c.kind in (ColumnKind.QUESTION, ColumnKind.GRADE)]
    if not counted:
        raise only_missing_answers(path, table.columns) or InputError(
            path, key="err.core.no_questions", action_key="err.core.no_questions_action")
    for col in columns:
        if col.kind is ColumnKind.UNRECOGNISED:
            cats = ", ".join(f"'{c}'" for c in col.categories[:8])
            warnings.append(Notice(path, "warn.core.unknown_scale", {"categories": cats}, column=col.name))
        elif col.kind in (ColumnKind.EMPTY, ColumnKind.OTHER) and (roles or {}).get(col.name) != "ignore":
            warnings.append(Notice(path, f"io_import.column_{col.kind.value}", {}, column=col.name))
    municipality = None
    for c in meta_cols:
        if _words(c.name) in {"gemeente", "gemeentenaam", "municipality"}:
            municipality = _most_common(raw_by_name[c.name])
            break
    texts: dict[str, str] = {}
    for col in counted + [c for c in columns if c.kind is ColumnKind.UNRECOGNISED]:
        key = normalise_label(col.text)
        if key in texts:
            warnings.append(Notice(path, "warn.core.same_text", {"first": texts[key], "second": col.name}))
            col.kind = ColumnKind.OTHER
            continue
        texts[key] = col.name
    return Survey(path=path, format=table.format, n_rows=table.n_rows, years=years, columns=columns,
                  metadata=metadata, label_values=metadata_groups, municipality=municipality, warnings=warnings)

"""Open answers of the loaded surveys, masked once, with their year and groups; themes and quotes.

``collect(surveys)`` takes every free-text column of every survey, masks each answer
(``masking.mask_markers``) and forgets the text as written: everything after this module sees
masked text only. Answers of the same question in several files (years) are put together by the
question's normalised text.

Small groups: quotes and counts are never shown for a year or a group with fewer than ``min_n``
respondents (the report's minimum, 10 by default). When one group of a split is hidden, the next
smallest are hidden with it until the hidden groups hold at least ``min_n`` respondents together,
so the hidden answers cannot be found by taking the shown groups away from the whole year.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from ceo_desk.i18n import tr
from ceo_desk.model.progress import stop_if
from ceo_desk.model.scales import normalise_text
from ceo_desk.model.survey import ColumnKind, Survey
from ceo_desk.openanswers.masking import mask_kinds, mask_markers, render
from ceo_desk.openanswers.themes import DEFAULT_THEMES, Theme, ThemeMatcher
from ceo_desk.stats.disclosure import complementary

MIN_N = 10
MAX_GROUPS = 20
NO_THEME = ""          # the theme key of answers that match no theme
_DEFAULT_NAMES = frozenset(t.name for t in DEFAULT_THEMES)


def theme_label(name: str, lang: str = "nl") -> str:
    """A theme as the user reads it: 'none of these themes' for ``NO_THEME``, a default theme in
    ``lang``, a theme the user named as it was written."""
    if name == NO_THEME:
        return tr("oa.no_theme", lang)
    return tr("oa.theme." + name.replace(" ", "_"), lang) if name in _DEFAULT_NAMES else name


@dataclass(frozen=True)
class Answer:
    question: str                       # question key (normalised text)
    year: int
    marked: str                         # masked text with neutral markers; ``text(lang)`` renders it
    groups: tuple[tuple[str, str], ...]  # (group column, group label) of the respondent

    def text(self, lang: str = "nl") -> str:
        return render(self.marked, lang)

    def group(self, column: str) -> str | None:
        return dict(self.groups).get(column)


@dataclass(frozen=True)
class OpenQuestion:
    key: str
    text: str
    years: tuple[int, ...]


@dataclass
class OpenAnswers:
    """Every open answer, masked; respondent counts per year and group for the small-group rule."""
    questions: list[OpenQuestion] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    respondents: dict[tuple[str, int], int] = field(default_factory=dict)            # (question, year)
    group_sizes: dict[tuple[str, int, str, str], int] = field(default_factory=dict)  # (question, year, col, label)
    group_columns: list[str] = field(default_factory=list)

    def question(self, key: str) -> OpenQuestion:
        for q in self.questions:
            if q.key == key:
                return q
        raise KeyError(key)

    def years(self, question: str) -> list[int]:
        return sorted(y for (q, y) in self.respondents if q == question)

    def groups(self, question: str, column: str, year: int | None = None) -> list[str]:
        """The labels of a group column (for one year, or any year), in a stable order."""
        labels = {lab for (q, y, c, lab) in self.group_sizes if q == question and c == column and
                  (year is None or y == year)}
        return sorted(labels, key=_label_order)

    def hidden_groups(self, question: str, year: int, column: str, min_n: int = MIN_N) -> set[str]:
        """Groups of ``column`` whose answers are not shown in ``year`` (small, or hidden with a small one)."""
        sizes = {lab: n for (q, y, c, lab), n in self.group_sizes.items() if q == question and y == year and c == column}
        return suppressed(sizes, min_n)

    def year_shown(self, question: str, year: int, min_n: int = MIN_N) -> bool:
        return self.respondents.get((question, year), 0) >= min_n

    def visible(self, question: str, year: int | None = None, group: tuple[str, str] | None = None,
                min_n: int = MIN_N) -> list[Answer]:
        """The answers that may be shown: the year has ``min_n`` respondents, the group is not suppressed."""
        out = []
        hidden: dict[tuple[int, str], set[str]] = {}
        for answer in self.answers:
            if answer.question != question or (year is not None and answer.year != year):
                continue
            if not self.year_shown(question, answer.year, min_n):
                continue
            if group is not None:
                column, label = group
                if answer.group(column) != label:
                    continue
                key = (answer.year, column)
                if key not in hidden:
                    hidden[key] = self.hidden_groups(question, answer.year, column, min_n)
                if label in hidden[key]:
                    continue
            out.append(answer)
        return out


def suppressed(sizes: dict[str, int], min_n: int = MIN_N) -> set[str]:
    """Groups to hide: those below ``min_n``, plus the next smallest until the hidden ones hold ``min_n``
    (the breakdown's complementary suppression, ``stats.disclosure``, with the whole year as the total)."""
    labels = sorted(sizes, key=_label_order)
    n = np.array([sizes[g] for g in labels], dtype=float)
    primary, secondary = complementary(n, [range(len(labels))], min_n)
    return {g for g, hide in zip(labels, primary | secondary) if hide}


def _label_order(label: str) -> tuple:
    return (label == "", label.isdigit() and int(label) or 0, label)


def _group_columns(survey: Survey) -> list[str]:
    years = {c.name for c in survey.columns if c.kind is ColumnKind.YEAR}
    out = []
    for name in survey.metadata:
        if name in years:
            continue
        _, names = survey.groups(name)
        labelled = [n for n in names if n is not None]
        if 1 < len(labelled) <= MAX_GROUPS:
            out.append(name)
    return out


def collect(surveys: Iterable[Survey], progress: Callable[[float], None] = lambda f: None,
            cancelled: Callable[[], bool] = lambda: False) -> OpenAnswers:
    """Mask and gather the open answers of ``surveys``; raises OperationCancelled when ``cancelled()``."""
    surveys = list(surveys)
    result = OpenAnswers()
    texts: dict[str, str] = {}
    years_of: dict[str, set[int]] = defaultdict(set)
    columns_seen: list[str] = []
    todo = [(s, c) for s in surveys for c in s.columns if c.kind is ColumnKind.OPEN_TEXT and c.texts is not None]
    total = sum(int(sum(1 for t in c.texts if t)) for _, c in todo) or 1
    done = 0
    for survey, column in todo:
        key = normalise_text(column.text)
        texts.setdefault(key, column.text)
        group_cols = _group_columns(survey)
        for name in group_cols:
            if name not in columns_seen:
                columns_seen.append(name)
        groups = {name: survey.groups(name) for name in group_cols}
        for year in np.unique(survey.years):
            rows = survey.years == year
            year = int(year)
            years_of[key].add(year)
            result.respondents[(key, year)] = result.respondents.get((key, year), 0) + int(rows.sum())
            for name, (codes, names) in groups.items():
                counts = np.bincount(codes[rows], minlength=len(names))
                for code, n in enumerate(counts):
                    if n:
                        label = _label(names[code])
                        gkey = (key, year, name, label)
                        result.group_sizes[gkey] = result.group_sizes.get(gkey, 0) + int(n)
        for row, text in enumerate(column.texts):
            if not text or not str(text).strip():
                continue
            if done % 200 == 0:
                stop_if(cancelled)
                progress(done / total)
            done += 1
            row_groups = tuple((name, _label(names[codes[row]])) for name, (codes, names) in groups.items())
            result.answers.append(Answer(key, int(survey.years[row]), mask_markers(str(text)), row_groups))
    result.questions = [OpenQuestion(k, t, tuple(sorted(years_of[k]))) for k, t in texts.items()]
    result.group_columns = columns_seen
    progress(1.0)
    return result


def _label(name) -> str:
    return "" if name is None else str(name)


# --- search, themes, quotes ------------------------------------------------------------------------

def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def search(answers: Iterable[Answer], query: str, lang: str = "nl") -> list[Answer]:
    """Answers whose masked text holds every word of ``query`` (case and accents ignored)."""
    words = _fold(query).split()
    if not words:
        return list(answers)
    return [a for a in answers if all(w in _fold(a.text(lang)) for w in words)]


@dataclass(frozen=True)
class ThemeRow:
    theme: str                                   # theme name; NO_THEME for answers without a theme
    counts: dict[int, int]                       # year -> answers about the theme (shown years only)
    answered: dict[int, int]                     # year -> answers to the question (the base of the share)
    quotes: tuple[tuple[int, str], ...]          # (year, masked text with markers), at most ``quotes``

    def share(self, year: int) -> float | None:
        base = self.answered.get(year, 0)
        return 100.0 * self.counts.get(year, 0) / base if base else None


def _quote_order(answer: Answer) -> tuple:
    """Readable quotes first: 40-250 characters, few masks."""
    length = len(answer.marked)
    return (len(mask_kinds(answer.marked)), 0 if 40 <= length <= 250 else 1, abs(length - 120))


def theme_table(data: OpenAnswers, question: str, themes: Iterable[Theme] = DEFAULT_THEMES,
                years: Iterable[int] | None = None, group: tuple[str, str] | None = None,
                min_n: int = MIN_N, quotes: int = 3) -> list[ThemeRow]:
    """Per theme and year: how many answers mention it, and up to ``quotes`` example quotes.

    Years (and groups) below ``min_n`` respondents are left out altogether: no count, no quote.
    """
    matcher = themes if isinstance(themes, ThemeMatcher) else ThemeMatcher(tuple(themes))
    wanted = set(years) if years is not None else None
    answers = [a for a in data.visible(question, group=group, min_n=min_n) if wanted is None or a.year in wanted]
    shown_years = sorted({a.year for a in answers})
    answered = Counter(a.year for a in answers)
    by_theme: dict[str, list[Answer]] = {t.name: [] for t in matcher.themes}
    by_theme[NO_THEME] = []
    for answer in answers:
        found = matcher.themes_of(answer.marked)
        for name in found or (NO_THEME,):
            by_theme[name].append(answer)
    rows = []
    for name, items in by_theme.items():
        counts = Counter(a.year for a in items)
        picked: list[tuple[int, str]] = []
        seen: set[str] = set()
        for year in sorted(shown_years, reverse=True):          # the latest year first
            for answer in sorted((a for a in items if a.year == year), key=_quote_order):
                if len(picked) >= quotes:
                    break
                if answer.marked not in seen and len(answer.marked) <= 400:
                    seen.add(answer.marked)
                    picked.append((year, answer.marked))
                    break                                        # one per year before a second from any
        for answer in sorted(items, key=lambda a: (-a.year, _quote_order(a))):
            if len(picked) >= quotes:
                break
            if answer.marked not in seen and len(answer.marked) <= 400:
                seen.add(answer.marked)
                picked.append((answer.year, answer.marked))
        rows.append(ThemeRow(name, {y: counts.get(y, 0) for y in shown_years}, dict(answered), tuple(picked)))
    return rows

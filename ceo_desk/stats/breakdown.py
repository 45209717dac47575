"""Results per group: each group, the total, each group against the rest, disclosure control applied.

``breakdown_results`` turns counts per group into the frame every output of a breakdown reads:
one row per question × group × year plus a row per question × year for the total
(``group_level`` 'total'), with

* per group the usual figures (n, percent, Wilson interval, margin, mean), the test against its
  own previous year and against the reference group: the group's own reference figure where the
  reference table has a group column with that group, otherwise the whole reference (noted);
* the group against the rest of the municipality (everyone else, a second independent sample:
  ``rest_n``, ``rest_percent`` / ``rest_mean``, ``diff_rest``, ``p_rest``, ``sig_rest``);
* small groups merged into "overig" and the disclosure policy of ``ceo_desk.stats.disclosure``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ceo_desk.i18n import tr
from ceo_desk.model.matching import Matching
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.questions import Catalogue
from ceo_desk.model.reference import ReferenceTable
from ceo_desk.model.groups import base_key, group_key
from ceo_desk.model.survey import Survey
from ceo_desk.stats import notes
from ceo_desk.stats.counts import (NO_GROUP, AnswerCounts, CategoryCounts, GradeSums, _distinct_years,
                                   _group_codes, by_columns, name_unknown_group)
from ceo_desk.stats.disclosure import protect, protect_counts
from ceo_desk.stats.results import compute_results, shown_figures, test_families
from ceo_desk.stats.significance import adjust_pvalues, pooled_z_test, welch_test

REST_COLUMNS = ["rest_n", "rest_percent", "rest_mean", "diff_rest", "p_rest", "sig_rest", "p_rest_adj"]


@dataclass
class BreakdownInfo:
    """What a breakdown's report and window say about the groups themselves."""
    by: tuple[str, ...]
    groups: list[str]                       # after merging small groups, in order
    years: list[int]
    respondents: np.ndarray                 # groups × years, hidden cells NaN (disclosure applied)
    merged: list[str] = field(default_factory=list)    # groups merged into 'overig'
    other: str | None = None                # the name of the merged group, if any
    reference_by_group: bool = False        # the reference table has figures per group


# --- counts -------------------------------------------------------------------------------------

def _arrays(counts: AnswerCounts):
    """Every (container, attribute) holding a groups-first array."""
    for container in [*counts.shares.values(), *counts.grades.values()]:
        for name in container.__dataclass_fields__:
            value = getattr(container, name)
            if isinstance(value, np.ndarray):
                yield container, name


def _regroup(counts: AnswerCounts, matrix: np.ndarray, groups: list[str], parts: list[tuple[str, ...]],
             by, combine=None) -> AnswerCounts:
    """New counts whose group g is the sum of the old groups weighted by matrix[g] (groups × old groups);
    ``combine(array)`` computes that product another way where it is cheaper."""
    combine = combine or (lambda v: np.tensordot(matrix, v, axes=(1, 0)))

    def apply(container):
        values = {name: getattr(container, name) for name in container.__dataclass_fields__}
        out = {k: (combine(v) if isinstance(v, np.ndarray) else v) for k, v in values.items()}
        return type(container)(**out)
    return AnswerCounts(years=list(counts.years), groups=groups, by=by, weight=counts.weight,
                        shares={k: apply(v) for k, v in counts.shares.items()},
                        grades={k: apply(v) for k, v in counts.grades.items()}, group_parts=parts)


def total_counts(counts: AnswerCounts) -> AnswerCounts:
    """All groups together: the municipality's own counts."""
    return _regroup(counts, np.ones((1, len(counts.groups))), [NO_GROUP], [(NO_GROUP,)], None)


def rest_counts(counts: AnswerCounts) -> AnswerCounts:
    """Per group, everyone else: the total minus the group."""
    size = len(counts.groups)
    matrix = np.ones((size, size)) - np.eye(size)

    def rest(values: np.ndarray) -> np.ndarray:
        # whole numbers below 2**53 add up exactly in any order: the total minus the group is the same sum,
        # without a groups × groups product; weighted sums keep the product (the same rounding as before)
        if np.abs(values).sum() < 2 ** 53 and np.array_equal(values, np.floor(values)):
            return values.sum(axis=0, keepdims=True) - values
        return np.tensordot(matrix, values, axes=(1, 0))
    return _regroup(counts, matrix, list(counts.groups), list(counts.group_parts), counts.by, rest)


def respondents_per_group(surveys: list[Survey], counts: AnswerCounts) -> np.ndarray:
    """Respondents (rows) per group and year, as counted (groups × years)."""
    groups, codes, _ = _group_codes(surveys, counts.by)
    index = {g: i for i, g in enumerate(counts.groups)}
    remap = np.array([index[g] for g in groups], dtype=np.int64)
    years = np.asarray(counts.years, dtype=np.int64)
    out = np.zeros(len(counts.groups) * len(years))
    for survey, code in zip(surveys, codes):
        flat = remap[code] * len(years) + np.searchsorted(years, np.asarray(survey.years, dtype=np.int64))
        out += np.bincount(flat, minlength=out.size)
    return out.reshape(len(counts.groups), len(years))


def merge_small_groups(counts: AnswerCounts, respondents: np.ndarray, min_n: int,
                       lang: str) -> tuple[AnswerCounts, np.ndarray, list[str], str | None]:
    """Groups with fewer than ``min_n`` respondents in all years become one group 'overig'.

    Crosses are not merged (their cells are suppressed and protected cell by cell).
    """
    if len(by_columns(counts.by)) != 1:
        return counts, respondents, [], None
    small = respondents.sum(axis=1) < min_n
    if not small.any() or small.all():
        return counts, respondents, [], None
    other = tr("breakdown.other", lang)
    keep = [g for g, s in zip(counts.groups, small) if not s]
    merged = [g for g, s in zip(counts.groups, small) if s]
    if other in keep:                     # a group that is already called 'Overig' takes the others in
        names = keep
    else:
        names = keep + [other]
    matrix = np.zeros((len(names), len(counts.groups)))
    for j, g in enumerate(counts.groups):
        matrix[names.index(other if small[j] else g), j] = 1
    regrouped = _regroup(counts, matrix, names, [(g,) for g in names], counts.by)
    return regrouped, matrix @ respondents, merged, other


# --- results ------------------------------------------------------------------------------------

def _aligned(rest: pd.DataFrame, groups: pd.DataFrame, columns: list[str]) -> dict[str, np.ndarray]:
    """``rest``'s ``columns`` (as floats) on the rows of ``groups``, matched by question, group and year; NaN
    where the rest has no such row."""
    keys = pd.concat([groups[["question_key", "group", "year"]], rest[["question_key", "group", "year"]]])
    codes = [pd.factorize(keys[c])[0].astype(np.int64) for c in ("question_key", "group", "year")]
    cell = (codes[0] * (codes[1].max(initial=0) + 1) + codes[1]) * (codes[2].max(initial=0) + 1) + codes[2]
    where = pd.Index(cell[len(groups):]).get_indexer(cell[:len(groups)])
    found = where >= 0
    return {c: np.where(found, rest[c].to_numpy(float)[np.maximum(where, 0)], np.nan) if len(rest) else
            np.full(len(groups), np.nan) for c in columns}


def _rest_tests(groups: pd.DataFrame, rest: pd.DataFrame, options: AnalysisOptions, weighted: bool) -> pd.DataFrame:
    """Each group against the rest of the municipality: two independent samples."""
    other = _aligned(rest, groups, ["n", "n_eff", "percent", "mean", "sd"])
    share = (groups["kind"] == "share").to_numpy()
    n_g, n_r = groups["n"].to_numpy(float), other["n"]
    ne_g = groups["n_eff"].to_numpy(float) if weighted else n_g
    ne_r = other["n_eff"] if weighted else n_r
    p_g, p_r = groups["percent"].to_numpy(float) / 100, other["percent"] / 100
    m_g, m_r = groups["mean"].to_numpy(float), other["mean"]
    testable = (ne_g >= options.min_n_test) & (ne_r >= options.min_n_test)     # effective n when weighted
    shown = (ne_g >= options.min_n_report) & (ne_r >= options.min_n_report)
    p_share = pooled_z_test(p_g * ne_g, ne_g, p_r * ne_r, ne_r)
    p_grade = welch_test(m_g, groups["sd"].to_numpy(float), ne_g, m_r, other["sd"], ne_r)
    p_rest = np.where(testable, np.where(share, p_share, p_grade), np.nan)
    adjusted = adjust_pvalues(p_rest, options.adjust, test_families(groups, "rest", options))
    out = pd.DataFrame(index=groups.index)
    out["rest_n"] = pd.array(np.where(np.isfinite(n_r), n_r, np.nan), dtype="Float64").astype("Int64")
    out["rest_percent"] = np.where(share & shown, 100 * p_r, np.nan)
    out["rest_mean"] = np.where(~share & shown, m_r, np.nan)
    out["diff_rest"] = np.where(shown, np.where(share, 100 * (p_g - p_r), m_g - m_r), np.nan)
    out["p_rest"] = p_rest
    out["p_rest_adj"] = adjusted
    sig = pd.array(np.where(np.isfinite(adjusted), adjusted < options.alpha, False), dtype="boolean")
    sig[~np.isfinite(adjusted)] = pd.NA
    out["sig_rest"] = sig
    out["rest_small"] = (n_g >= options.min_n_test) & (n_r < options.min_n_test)
    return out


def _group_reference(groups: pd.DataFrame, reference: ReferenceTable | None,
                     options: AnalysisOptions) -> tuple[pd.DataFrame, bool]:
    """Compare each group with the same group in the reference where the table has one; else note it."""
    if reference is None:
        return groups, False
    ref = reference.groups
    if ref is None or ref.empty:
        compared = groups["ref_percent"].notna().to_numpy()
        groups = groups.copy()
        groups["note"] = _add_note(groups["note"], compared, notes.token("ref_overall"))
        return groups, False
    table = {(k, int(y), group_key(g)): (float(p), float(n))
             for k, y, g, p, n in zip(ref["key"], ref["year"], ref["group"], ref["percent"], ref["n"]) if pd.notna(g)}
    groups = groups.copy()
    hits = [(table.get((q, int(y), group_key(g))) or table.get((q, int(y), base_key(g)))) if isinstance(q, str)
            else None for q, y, g in zip(groups["ref_question"], groups["year"], groups["group"])]
    found = np.array([h is not None for h in hits])
    ref_p = np.array([h[0] if h else np.nan for h in hits])
    ref_n = np.array([h[1] if h else np.nan for h in hits])
    groups.loc[found, "ref_percent"] = ref_p[found]
    groups.loc[found, "ref_n"] = ref_n[found]
    share = (groups["kind"] == "share").to_numpy()
    n = groups["n"].to_numpy(float)
    ne = groups["n_eff"].to_numpy(float) if groups["n_eff"].notna().any() else n
    p = groups["percent"].to_numpy(float) / 100
    ref_count = np.floor(ref_p / 100 * ref_n + 0.5)
    can = found & share & (n >= options.min_n_test) & (ref_n >= options.min_n_test)
    p_ref = np.where(can, pooled_z_test(p * ne, ne, ref_count, ref_n), np.nan)
    groups.loc[found, "diff_ref"] = (groups["percent"] - groups["ref_percent"])[found]
    groups.loc[found, "p_ref"] = p_ref[found]
    # one family with the groups compared with the whole reference (same year, same kind)
    adjusted = adjust_pvalues(groups["p_ref"].to_numpy(float), options.adjust, test_families(groups, "ref", options))
    groups["p_ref_adj"] = adjusted
    sig = pd.array(np.where(np.isfinite(adjusted), adjusted < options.alpha, False), dtype="boolean")
    sig[~np.isfinite(adjusted)] = pd.NA
    groups["sig_ref"] = sig
    overall = ~found & groups["ref_percent"].notna().to_numpy()
    groups["note"] = _add_note(groups["note"], found, notes.token("ref_group"))
    groups["note"] = _add_note(groups["note"], overall, notes.token("ref_overall"))
    return groups, True


def _add_note(codes: pd.Series, mask: np.ndarray, tok: str) -> pd.Series:
    new = notes.add_code(codes.to_numpy(dtype=object, na_value=""), mask, tok)
    return pd.Series(pd.array(new, dtype="string"), index=codes.index)


def breakdown_results(catalogue: Catalogue, counts: AnswerCounts, options: AnalysisOptions,
                      reference: ReferenceTable | None, matching: Matching | None,
                      surveys: list[Survey]) -> tuple[pd.DataFrame, BreakdownInfo]:
    """The results frame of a breakdown (groups and total, disclosure applied) and what it says about the groups."""
    lang = options.lang
    respondents = respondents_per_group(surveys, counts)
    counts = name_unknown_group(counts, tr("breakdown.unknown", lang))
    counts, respondents, merged, other = merge_small_groups(counts, respondents, options.min_n_report, lang)
    groups = compute_results(catalogue, counts, options, reference, matching)
    total = compute_results(catalogue, total_counts(counts), options, reference, matching)
    rest = shown_figures(catalogue, rest_counts(counts), options)
    weighted = counts.weight is not None
    tests = _rest_tests(groups, rest, options, weighted)
    groups = pd.concat([groups, tests.drop(columns="rest_small")], axis=1)
    groups["note"] = _add_note(groups["note"], tests["rest_small"].to_numpy(),
                               notes.token("rest_small", options.min_n_test))
    groups, by_group = _group_reference(groups, reference, options)
    groups["group_level"] = "group"
    total.insert(3, "group", tr("breakdown.total", lang))
    total["group_level"] = "total"
    for col in REST_COLUMNS:
        total[col] = pd.NA if col in ("sig_rest", "rest_n") else np.nan
    total["rest_n"] = total["rest_n"].astype("Int64")
    total["sig_rest"] = total["sig_rest"].astype("boolean")
    frame = pd.concat([total, groups[total.columns]], ignore_index=True)
    order = {q.key: i for i, q in enumerate(catalogue)}
    group_order = {g: i for i, g in enumerate(counts.groups)}
    question = pd.Index(list(order)).get_indexer(frame["question_key"])
    group = np.maximum(pd.Index(list(group_order)).get_indexer(frame["group"]), 0)
    group = np.where(frame["group_level"].to_numpy() == "total", -1, group)
    rows = np.lexsort((frame["year"].to_numpy(), group, question))     # by question, group (total first), year
    frame = frame.take(rows).reset_index(drop=True)
    frame = protect(frame, dict(zip(counts.groups, counts.group_parts)), options.min_n_report)
    if other and merged:
        frame["note"] = _add_note(frame["note"], ((frame["group"] == other) & (frame["group_level"] == "group")).to_numpy(),
                                  notes.token("other", options.min_n_report, ", ".join(merged)))
    info = BreakdownInfo(by=by_columns(counts.by), groups=list(counts.groups), years=list(counts.years),
                         respondents=protect_counts(respondents, options.min_n_report), merged=merged, other=other,
                         reference_by_group=by_group)
    return frame, info

"""The results table: one row per question, group and year, with the figures a CEO report quotes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ceo_desk.i18n import fmt_number, tr
from ceo_desk.model.matching import Matching
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.questions import Catalogue, Question
from ceo_desk.model.reference import ReferenceTable
from ceo_desk.model.scales import Role
from ceo_desk.stats.counts import NO_GROUP, AnswerCounts
from ceo_desk.stats.significance import (adjust_pvalues, mean_interval, normal_margin, pooled_z_test,
                                         welch_test, wilson_interval)

#: The columns every results table has, in this order (issue #2); ``group`` follows ``year`` with --by.
RESULT_COLUMNS = [
    "question_id", "question", "year", "n", "positive", "percent", "ci_low", "ci_high", "margin",
    "ref_percent", "ref_n", "diff_ref", "p_ref", "sig_ref", "prev_year", "diff_prev", "p_prev",
    "sig_prev", "note",
]
EXTRA_COLUMNS = [
    "kind", "scale", "n_eff", "mean", "mean_ci_low", "mean_ci_high", "sd", "indicative", "suppressed",
    "ref_question", "p_ref_adj", "p_prev_adj", "question_key",
]


def _share_rows(q: Question, counts: AnswerCounts) -> dict[str, np.ndarray]:
    cc = counts.shares[q.key]
    roles = [q.role_of(c) for c in q.categories]
    pos = np.array([r is Role.POSITIVE for r in roles] or [False])
    valid = np.array([r is not Role.EXCLUDED for r in roles] or [False])
    g, y = cc.count.shape[:2]
    out = {
        "positive": cc.count[..., pos].sum(-1).ravel(),
        "n": cc.count[..., valid].sum(-1).ravel(),
        "asked": cc.count.sum(-1).ravel() > 0,
    }
    if cc.wsum is not None:
        wn = cc.wsum[..., valid].sum(-1).ravel()
        w2n = cc.w2sum[..., valid].sum(-1).ravel()
        with np.errstate(divide="ignore", invalid="ignore"):
            out["p"] = np.where(wn > 0, cc.wsum[..., pos].sum(-1).ravel() / wn, np.nan)
            out["n_eff"] = np.where(w2n > 0, wn * wn / w2n, 0.0)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            out["p"] = np.where(out["n"] > 0, out["positive"] / out["n"], np.nan)
        out["n_eff"] = out["n"].astype(float)
    return out


def _grade_rows(q: Question, counts: AnswerCounts) -> dict[str, np.ndarray]:
    gs = counts.grades[q.key]
    n = gs.n.ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        if gs.wsum is not None:
            w, w2 = gs.wsum.ravel(), gs.w2sum.ravel()
            mean = gs.wtotal.ravel() / w
            n_eff = w * w / w2
            var = (gs.wsquares.ravel() / w - mean * mean) * n_eff / (n_eff - 1)
        else:
            mean = gs.total.ravel() / n
            n_eff = n.astype(float)
            var = (gs.squares.ravel() - n * mean * mean) / (n - 1)
    sd = np.sqrt(np.clip(var, 0, None))
    return {"n": n, "mean": mean, "sd": sd, "n_eff": n_eff, "asked": n > 0}


def _previous(frame: pd.DataFrame, has: np.ndarray) -> np.ndarray:
    """Row position of the latest earlier year with answers for the same question and group; -1 if none."""
    prev = np.full(len(frame), -1, dtype=np.int64)
    order = frame.sort_values(["question_key", "group", "year"]).index.to_numpy()
    keys = frame["question_key"].to_numpy()[order]
    groups = frame["group"].to_numpy()[order]
    last, last_key = -1, None
    for i, pos in enumerate(order):
        key = (keys[i], groups[i])
        if key != last_key:
            last, last_key = -1, key
        prev[pos] = last
        if has[pos]:
            last = pos
    return prev


def _notes(lang: str, options: AnalysisOptions, weighted: bool, n_eff: np.ndarray, **flags: np.ndarray) -> np.ndarray:
    """One note per row, joined from the flags that hold for it (vectorised: few distinct notes)."""
    texts = {
        "no_answers": tr("note.no_answers", lang),
        "suppressed": tr("note.suppressed", lang, n=options.min_n_report),
        "indicative": tr("note.indicative", lang, n=options.min_n_test),
        "grade": tr("note.grade", lang),
        "no_reference": tr("note.no_reference", lang),
        "reference_no_n": tr("note.reference_no_n", lang),
        "reference_small": tr("note.reference_small", lang, n=options.min_n_test),
        "prev_small": tr("note.prev_small", lang, n=options.min_n_test),
    }
    size = len(n_eff)
    notes = np.full(size, "", dtype=object)
    for name, mask in flags.items():
        text = texts[name]
        notes = np.where(mask, np.where(notes == "", text, notes + "; " + text), notes)
    if weighted:
        shown = np.isfinite(n_eff)
        weights = np.array([tr("note.weighted", lang, n=fmt_number(v, 0, lang)) if ok else ""
                            for v, ok in zip(n_eff, shown)], dtype=object)
        notes = np.where(shown, np.where(notes == "", weights, notes + "; " + weights), notes)
    return notes


def compute_results(catalogue: Catalogue, counts: AnswerCounts, options: AnalysisOptions,
                    reference: ReferenceTable | None = None, matching: Matching | None = None) -> pd.DataFrame:
    lang = options.lang
    parts = []
    for q in catalogue.reported():
        if q.key not in counts.shares and q.key not in counts.grades:
            continue
        cells = _grade_rows(q, counts) if q.kind == "mean" else _share_rows(q, counts)
        n_cells = len(counts.groups) * len(counts.years)
        part = pd.DataFrame(cells)
        part.insert(0, "question_id", q.id)
        part.insert(1, "question", q.text)
        part.insert(2, "question_key", q.key)
        part.insert(3, "kind", q.kind)
        part.insert(4, "scale", q.scale or "")
        part.insert(5, "group", np.repeat(counts.groups, len(counts.years)))
        part.insert(6, "year", np.tile(counts.years, len(counts.groups)))
        part["ref_question"] = (matching.reference_for(q.key) if matching else None) if q.kind == "share" else None
        assert len(part) == n_cells
        parts.append(part[part["asked"]].drop(columns="asked"))
    if not parts:
        return pd.DataFrame(columns=RESULT_COLUMNS + EXTRA_COLUMNS + ["group"])
    frame = pd.concat(parts, ignore_index=True)
    for col in ("p", "mean", "sd", "n_eff"):
        if col not in frame:
            frame[col] = np.nan
    frame = frame.astype({"n": "int64"})
    frame["positive"] = frame["positive"].astype("float64") if "positive" in frame else np.nan
    share = (frame["kind"] == "share").to_numpy()
    n = frame["n"].to_numpy(float)
    n_eff = frame["n_eff"].to_numpy(float)
    p = frame["p"].to_numpy(float)
    weighted = counts.weight is not None

    shown = n >= options.min_n_report
    testable = n >= options.min_n_test
    # shares: percent, Wilson interval, conventional margin
    low, high = wilson_interval(p * n_eff, n_eff, options.confidence)
    margin = normal_margin(p, n_eff, options.confidence)
    frame["percent"] = np.where(share & shown, 100 * p, np.nan)
    frame["ci_low"] = np.where(share & shown, 100 * low, np.nan)
    frame["ci_high"] = np.where(share & shown, 100 * high, np.nan)
    frame["margin"] = np.where(share & shown, 100 * margin, np.nan)
    frame.loc[~(share & shown), "positive"] = np.nan
    # grades: mean with t interval
    m_low, m_high = mean_interval(frame["mean"], frame["sd"], n_eff, options.confidence)
    grade = ~share
    frame["mean"] = np.where(grade & shown, frame["mean"], np.nan)
    frame["sd"] = np.where(grade & shown, frame["sd"], np.nan)
    frame["mean_ci_low"] = np.where(grade & shown, m_low, np.nan)
    frame["mean_ci_high"] = np.where(grade & shown, m_high, np.nan)

    # reference group
    ref_percent = np.full(len(frame), np.nan)
    ref_n = np.full(len(frame), np.nan)
    if reference is not None:
        ref = reference.frame.set_index(["key", "year"])
        keys = list(zip(frame["ref_question"].where(frame["ref_question"].notna(), None), frame["year"]))
        found = [k in ref.index if k[0] is not None else False for k in keys]
        idx = [i for i, f in enumerate(found) if f]
        if idx:
            hits = ref.loc[[keys[i] for i in idx]]
            ref_percent[idx] = hits["percent"].to_numpy(float)
            ref_n[idx] = hits["n"].to_numpy(float)
    ref_count = np.floor(ref_percent / 100 * ref_n + 0.5)        # round half up: round(percent × n)
    if options.ref_includes_self:
        own = (frame["group"] == NO_GROUP).to_numpy()
        pos_count = frame["positive"].to_numpy(float)
        ref_count = np.where(own, ref_count - np.nan_to_num(pos_count), ref_count)
        ref_n = np.where(own, ref_n - n, ref_n)
    frame["ref_percent"] = ref_percent
    frame["ref_n"] = ref_n
    frame["diff_ref"] = frame["percent"] - frame["ref_percent"]
    can_ref = share & testable & np.isfinite(ref_count) & (ref_n >= options.min_n_test)
    p_ref = np.where(can_ref, pooled_z_test(p * n_eff, n_eff, ref_count, ref_n), np.nan)

    # previous year
    has = (n > 0)
    prev = _previous(frame, has)
    has_prev = prev >= 0
    pi = np.where(has_prev, prev, 0)
    frame["prev_year"] = pd.array(np.where(has_prev, frame["year"].to_numpy()[pi], 0), dtype="Int64")
    frame.loc[~has_prev, "prev_year"] = pd.NA
    prev_shown = has_prev & shown & shown[pi]
    value = np.where(share, frame["percent"], frame["mean"])
    frame["diff_prev"] = np.where(prev_shown, value - value[pi], np.nan)
    can_prev = prev_shown & testable & testable[pi]
    p_prev_share = pooled_z_test(p * n_eff, n_eff, p[pi] * n_eff[pi], n_eff[pi])
    mean, sd = frame["mean"].to_numpy(float), frame["sd"].to_numpy(float)
    p_prev_grade = welch_test(mean, sd, n_eff, mean[pi], sd[pi], n_eff[pi])
    p_prev = np.where(can_prev, np.where(share, p_prev_share, p_prev_grade), np.nan)

    # multiple testing
    adjusted = adjust_pvalues(np.concatenate([p_ref, p_prev]), options.adjust)
    p_ref_adj, p_prev_adj = adjusted[: len(frame)], adjusted[len(frame):]
    frame["p_ref"], frame["p_prev"] = p_ref, p_prev
    frame["p_ref_adj"], frame["p_prev_adj"] = p_ref_adj, p_prev_adj
    frame["sig_ref"] = pd.array(np.where(np.isfinite(p_ref_adj), p_ref_adj < options.alpha, False), dtype="boolean")
    frame.loc[~np.isfinite(p_ref_adj), "sig_ref"] = pd.NA
    frame["sig_prev"] = pd.array(np.where(np.isfinite(p_prev_adj), p_prev_adj < options.alpha, False), dtype="boolean")
    frame.loc[~np.isfinite(p_prev_adj), "sig_prev"] = pd.NA
    frame["indicative"] = shown & ~testable
    frame["suppressed"] = ~shown
    frame["n_eff"] = n_eff if weighted else np.nan

    notes = _notes(
        lang, options, weighted,
        no_answers=n == 0, suppressed=(n > 0) & ~shown, indicative=shown & ~testable, grade=~share,
        no_reference=share & testable & (reference is not None) & ~np.isfinite(ref_percent),
        reference_no_n=share & testable & np.isfinite(ref_percent) & ~np.isfinite(ref_n),
        reference_small=share & testable & np.isfinite(ref_n) & (ref_n < options.min_n_test),
        prev_small=testable & has_prev & ~testable[pi],
        n_eff=np.where(shown, n_eff, np.nan),
    )
    frame["note"] = pd.array(notes, dtype="string")
    columns = RESULT_COLUMNS[:3] + ["group"] + RESULT_COLUMNS[3:] + EXTRA_COLUMNS
    frame = frame[columns]
    if counts.by is None:
        frame = frame.drop(columns="group")
    return frame.reset_index(drop=True)

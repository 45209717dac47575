"""The results table: one row per question, group and year, with the figures a CEO report quotes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ceo_desk.model.errors import InputError
from ceo_desk.model.matching import Matching
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.questions import Catalogue, Question
from ceo_desk.model.reference import ReferenceTable
from ceo_desk.model.scales import Role
from ceo_desk.stats import notes
from ceo_desk.stats.counts import NO_GROUP, AnswerCounts
from ceo_desk.stats.significance import (adjust_pvalues, binomial_test, difference_interval, fpc_nobs,
                                         mdd_means, mdd_proportions, mean_interval, normal_margin,
                                         pooled_z_test, welch, wilson_interval)

#: The columns every results table has, in this order (issue #2); ``group`` follows ``year`` with --by.
RESULT_COLUMNS = [
    "question_id", "question", "year", "n", "positive", "percent", "ci_low", "ci_high", "margin",
    "ref_percent", "ref_n", "diff_ref", "p_ref", "sig_ref", "prev_year", "diff_prev", "p_prev",
    "sig_prev", "note", "population", "diff_ref_low", "diff_ref_high", "mdd_ref", "diff_prev_low",
    "diff_prev_high", "mdd_prev", "target", "p_target", "sig_target",
]
EXTRA_COLUMNS = [
    "kind", "scale", "n_eff", "mean", "mean_ci_low", "mean_ci_high", "sd", "indicative", "suppressed",
    "ref_question", "p_ref_adj", "p_prev_adj", "question_key", "n_test", "ref_percent_published",
    "ref_n_published", "ref_mean", "ref_sd", "p_target_adj", "ref_rounding_sensitive", "margin_is_interval",
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
    if len(frame) == 0:
        return np.full(0, -1, dtype=np.int64)
    key = pd.factorize(frame["question_key"])[0]
    group = pd.factorize(frame["group"])[0]
    order = np.lexsort((frame["year"].to_numpy(), group, key))       # by question, group, then year
    series = key[order] * (group.max() + 1) + group[order]
    start = np.flatnonzero(np.r_[True, series[1:] != series[:-1]])   # where each question × group begins
    begins = np.repeat(start, np.diff(np.r_[start, len(order)]))
    answered = np.where(has[order], np.arange(len(order)), -1)
    latest = np.r_[-1, np.maximum.accumulate(answered)[:-1]]         # the latest answered position before
    prev = np.full(len(frame), -1, dtype=np.int64)
    found = latest >= begins
    prev[order[found]] = order[latest[found]]
    return prev


def _notes(options: AnalysisOptions, weighted: bool, n_eff: np.ndarray, **flags: np.ndarray) -> np.ndarray:
    """One note code per row (``ceo_desk.stats.notes``), joined from the flags that hold for it, in order."""
    values = {"suppressed": options.min_n_report, "indicative": options.min_n_test,
              "suppressed_eff": options.min_n_report, "indicative_eff": options.min_n_test,
              "reference_small": options.min_n_test, "prev_small": options.min_n_test}
    tokens = [(notes.token(name, *([values[name]] if name in values else [])), mask) for name, mask in flags.items()]
    codes = notes.flag_codes(tokens, len(n_eff))
    if weighted:
        shown = np.isfinite(n_eff)
        counts = np.array([notes.token("weighted", f"{v:.0f}") for v in n_eff[shown].tolist()], dtype=object)
        weights = np.full(len(n_eff), "", dtype=object)
        weights[shown] = counts
        codes = notes.add_code(codes, shown, weights)
    return codes


_CELL_FIGURES = ("n", "positive", "p", "mean", "sd", "n_eff")


def _question_rows(catalogue: Catalogue, counts: AnswerCounts, matching: Matching | None) -> pd.DataFrame | None:
    """One row per reported question × group × year that was asked: the counts' figures, all questions at once."""
    n_y = len(counts.years)
    group = np.repeat(np.asarray(counts.groups, dtype=object), n_y)
    year = np.tile(np.asarray(counts.years, dtype=np.int64), len(counts.groups))
    labels: dict[str, list] = {name: [] for name in ("question_id", "question", "question_key", "kind", "scale",
                                                     "ref_question")}
    rows: dict[str, list[np.ndarray]] = {name: [] for name in ("question", "group", "year", *_CELL_FIGURES)}
    for q in catalogue.reported():
        if q.key not in counts.shares and q.key not in counts.grades:
            continue
        cells = _grade_rows(q, counts) if q.kind == "mean" else _share_rows(q, counts)
        asked = cells["asked"]
        size = int(asked.sum())
        for name, value in (("question_id", q.id), ("question", q.text), ("question_key", q.key), ("kind", q.kind),
                            ("scale", q.scale or ""),
                            ("ref_question", matching.reference_for(q.key) if matching else None)):
            labels[name].append(value)
        rows["question"].append(np.full(size, len(labels["question"]) - 1, dtype=np.int64))
        rows["group"].append(group[asked])
        rows["year"].append(year[asked])
        for name in _CELL_FIGURES:
            value = cells.get(name)
            rows[name].append(np.full(size, np.nan) if value is None else np.asarray(value, float)[asked])
    if not labels["question"]:
        return None
    which = np.concatenate(rows.pop("question"))
    columns = {name: np.array(values, dtype=object)[which] for name, values in labels.items()}
    return pd.DataFrame({**columns, **{name: np.concatenate(parts) for name, parts in rows.items()}})


def shown_figures(catalogue: Catalogue, counts: AnswerCounts, options: AnalysisOptions) -> pd.DataFrame:
    """Only the figures of ``compute_results`` that a comparison reads (question_key, group, year, n, n_eff,
    percent, mean, sd), computed the same way, without intervals, tests and notes (for the rest of the
    municipality in a breakdown: a second 70,000-row table of which nothing else is shown)."""
    frame = _question_rows(catalogue, counts, None)
    if frame is None:
        return pd.DataFrame(columns=["question_key", "group", "year", "n", "n_eff", "percent", "mean", "sd"])
    share = (frame["kind"] == "share").to_numpy()
    n_eff = frame["n_eff"].to_numpy(float)
    shown = n_eff >= options.min_n_report
    return pd.DataFrame({
        "question_key": frame["question_key"], "group": frame["group"], "year": frame["year"],
        "n": frame["n"].astype("int64"), "n_eff": n_eff if counts.weight is not None else np.nan,
        "percent": np.where(share & shown, 100 * frame["p"].to_numpy(float), np.nan),
        "mean": np.where(~share & shown, frame["mean"].to_numpy(float), np.nan),
        "sd": np.where(~share & shown, frame["sd"].to_numpy(float), np.nan)})


def compute_results(catalogue: Catalogue, counts: AnswerCounts, options: AnalysisOptions,
                    reference: ReferenceTable | None = None, matching: Matching | None = None) -> pd.DataFrame:
    frame = _question_rows(catalogue, counts, matching)
    if frame is None:
        return pd.DataFrame(columns=RESULT_COLUMNS + EXTRA_COLUMNS + ["group"])
    frame["n"] = frame["n"].astype("int64")
    share = (frame["kind"] == "share").to_numpy()
    grade = ~share
    n = frame["n"].to_numpy(float)
    n_eff = frame["n_eff"].to_numpy(float)      # Kish effective n with weights, else n
    p = frame["p"].to_numpy(float)
    raw_positive = frame["positive"].to_numpy(float)
    weighted = counts.weight is not None
    whole = (frame["group"] == NO_GROUP).to_numpy()

    # small bases: the rules look at the effective n when weighted (Kish, never raised by the FPC)
    shown = n_eff >= options.min_n_report
    testable = n_eff >= options.min_n_test

    # finite-population correction: only rows of the whole municipality (a group's size is unknown)
    years, year_index = np.unique(frame["year"].to_numpy(), return_inverse=True)
    population = np.array([options.population_of(int(y)) or np.nan for y in years], float)[year_index.reshape(-1)]
    population = np.where(whole, population, np.nan)
    too_small = np.isfinite(population) & (population <= n)
    if too_small.any():
        i = int(np.flatnonzero(too_small)[np.argmax(n[too_small])])
        raise InputError(None, key="err.stats.population_small", action_key="err.stats.population_small_action",
                         params={"year": int(frame["year"].iat[i]), "population": int(population[i]), "n": int(n[i])})
    n_test = fpc_nobs(n_eff, n, population)     # the n of every interval and test

    # shares: percent, Wilson interval, conventional margin (the interval itself at 0 % and 100 %)
    low, high = wilson_interval(p * n_test, n_test, options.confidence)
    margin = normal_margin(p, n_test, options.confidence)
    on_edge = share & shown & ((p == 0) | (p == 1))
    frame["percent"] = np.where(share & shown, 100 * p, np.nan)
    frame["ci_low"] = np.where(share & shown, 100 * low, np.nan)
    frame["ci_high"] = np.where(share & shown, 100 * high, np.nan)
    frame["margin"] = np.where(share & shown & ~on_edge, 100 * margin, np.nan)
    frame["margin_is_interval"] = on_edge
    frame.loc[~(share & shown), "positive"] = np.nan
    # grades: mean with t interval (df from the n before the FPC)
    mean, sd = frame["mean"].to_numpy(float), frame["sd"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        se = sd / np.sqrt(n_test)
    m_low, m_high = mean_interval(mean, se, n_eff - 1, options.confidence)
    frame["mean"] = np.where(grade & shown, mean, np.nan)
    frame["sd"] = np.where(grade & shown, sd, np.nan)
    frame["mean_ci_low"] = np.where(grade & shown, m_low, np.nan)
    frame["mean_ci_high"] = np.where(grade & shown, m_high, np.nan)

    # reference group; with ref_includes_self the whole municipality's own counts are taken out
    published = _lookup_reference(frame, reference)
    own_pos, own_n = _own_totals(frame, raw_positive, n)
    ref_count, ref_n = reference_counts(published["percent"], published["n"], own_pos, own_n,
                                        options.ref_includes_self)
    with np.errstate(divide="ignore", invalid="ignore"):
        remainder = 100 * ref_count / ref_n
    ref_percent = np.where(grade, np.nan, remainder if options.ref_includes_self else published["percent"])
    ref_n_shown = ref_n if options.ref_includes_self else published["n"]
    ref_mean, ref_sd = published["mean"], published["sd"]
    frame["ref_percent"] = np.where(grade, ref_mean, ref_percent)
    frame["ref_n"] = np.where(grade, np.where(np.isfinite(ref_mean), published["n"], np.nan), ref_n_shown)
    frame["ref_percent_published"] = np.where(share, published["percent"], np.nan)
    frame["ref_n_published"] = published["n"]
    frame["ref_mean"], frame["ref_sd"] = ref_mean, ref_sd
    value = np.where(share, frame["percent"], frame["mean"])
    frame["diff_ref"] = np.where(share, frame["percent"] - ref_percent, frame["mean"] - ref_mean)
    count = p * n_test
    can_ref = share & testable & np.isfinite(ref_count) & (ref_n >= options.min_n_test)
    p_ref = np.where(can_ref, pooled_z_test(count, n_test, ref_count, ref_n), np.nan)
    d_low, d_high = difference_interval(count, n_test, ref_count, ref_n, options.confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled_ref = (count + ref_count) / (n_test + ref_n)
    mdd_ref = mdd_proportions(pooled_ref, n_test, ref_n, options.alpha)
    # the grade against a reference that gives mean, SD and n: Welch from summary statistics
    ref_grade = grade & testable & np.isfinite(ref_mean) & np.isfinite(ref_sd) & (published["n"] >= options.min_n_test)
    with np.errstate(divide="ignore", invalid="ignore"):
        ref_se = ref_sd / np.sqrt(published["n"])
    g_p, g_low, g_high = welch(mean, se, n_eff - 1, ref_mean, ref_se, published["n"] - 1, options.confidence)
    p_ref = np.where(ref_grade, g_p, p_ref)
    can_ref = can_ref | ref_grade
    frame["diff_ref_low"] = np.where(can_ref, np.where(share, 100 * d_low, g_low), np.nan)
    frame["diff_ref_high"] = np.where(can_ref, np.where(share, 100 * d_high, g_high), np.nan)
    frame["mdd_ref"] = np.where(can_ref, np.where(share, 100 * mdd_ref, mdd_means(se, ref_se, options.alpha)), np.nan)

    # previous year
    has = (n > 0)
    prev = _previous(frame, has)
    has_prev = prev >= 0
    pi = np.where(has_prev, prev, 0)
    frame["prev_year"] = pd.array(np.where(has_prev, frame["year"].to_numpy()[pi], 0), dtype="Int64")
    frame.loc[~has_prev, "prev_year"] = pd.NA
    prev_shown = has_prev & shown & shown[pi]
    frame["diff_prev"] = np.where(prev_shown, value - value[pi], np.nan)
    can_prev = prev_shown & testable & testable[pi]
    p_prev_share = pooled_z_test(count, n_test, count[pi], n_test[pi])
    s_low, s_high = difference_interval(count, n_test, count[pi], n_test[pi], options.confidence)
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled_prev = (count + count[pi]) / (n_test + n_test[pi])
    p_prev_grade, w_low, w_high = welch(mean, se, n_eff - 1, mean[pi], se[pi], n_eff[pi] - 1, options.confidence)
    p_prev = np.where(can_prev, np.where(share, p_prev_share, p_prev_grade), np.nan)
    mdd_prev = np.where(share, 100 * mdd_proportions(pooled_prev, n_test, n_test[pi], options.alpha),
                        mdd_means(se, se[pi], options.alpha))
    frame["diff_prev_low"] = np.where(can_prev, np.where(share, 100 * s_low, w_low), np.nan)
    frame["diff_prev_high"] = np.where(can_prev, np.where(share, 100 * s_high, w_high), np.nan)
    frame["mdd_prev"] = np.where(can_prev, mdd_prev, np.nan)

    # policy targets: exact binomial test of the share against the target
    target = _targets(frame, catalogue, options)
    can_target = share & testable & np.isfinite(target)
    p_target = np.where(can_target, binomial_test(np.round(count), np.round(n_test), target / 100), np.nan)
    frame["target"] = target

    # multiple testing: by default one family per report year and kind of comparison, per group set
    kinds = {"ref": p_ref, "prev": p_prev, "target": p_target}
    families = np.concatenate([test_families(frame, kind, options) for kind in kinds])
    adjusted = adjust_pvalues(np.concatenate(list(kinds.values())), options.adjust, families)
    size = len(frame)
    p_ref_adj, p_prev_adj, p_target_adj = (adjusted[i * size:(i + 1) * size] for i in range(3))
    frame["p_ref"], frame["p_prev"], frame["p_target"] = p_ref, p_prev, p_target
    frame["p_ref_adj"], frame["p_prev_adj"], frame["p_target_adj"] = p_ref_adj, p_prev_adj, p_target_adj
    for name, adj in (("sig_ref", p_ref_adj), ("sig_prev", p_prev_adj), ("sig_target", p_target_adj)):
        frame[name] = pd.array(np.where(np.isfinite(adj), adj < options.alpha, False), dtype="boolean")
        frame.loc[~np.isfinite(adj), name] = pd.NA

    # a reference given in whole percentages: does significance survive ±0.5 percentage point?
    sensitive = np.zeros(size, dtype=bool)
    if reference is not None and whole_percentages(reference):
        bounds = _rounding_range(count, n_test, published, own_pos, own_n, options.ref_includes_self)
        sig = []
        for bound in bounds:
            vector = np.concatenate([np.where(can_ref & share, bound, p_ref), p_prev, p_target])
            sig.append(adjust_pvalues(vector, options.adjust, families)[:size] < options.alpha)
        sensitive = can_ref & share & (sig[0] != sig[1])
    frame["ref_rounding_sensitive"] = sensitive

    frame["indicative"] = shown & ~testable
    frame["suppressed"] = ~shown
    frame["n_eff"] = n_eff if weighted else np.nan
    frame["n_test"] = np.where(shown, n_test, np.nan)
    frame["population"] = population

    small = "_eff" if weighted else ""
    impossible = options.ref_includes_self & np.isfinite(published["percent"]) & np.isfinite(published["n"]) \
        & ~np.isfinite(ref_count)
    codes = _notes(
        options, weighted,
        no_answers=n == 0, **{"suppressed" + small: (n > 0) & ~shown, "indicative" + small: shown & ~testable},
        grade=grade,
        no_reference=share & testable & (reference is not None) & ~np.isfinite(published["percent"]),
        reference_no_n=share & testable & np.isfinite(published["percent"]) & ~np.isfinite(published["n"]),
        reference_small=share & testable & np.isfinite(ref_n) & (ref_n < options.min_n_test),
        reference_not_self=share & shown & impossible,
        prev_small=testable & has_prev & ~testable[pi],
        interval_not_margin=on_edge,
        ref_rounding=sensitive,
        n_eff=np.where(shown, n_eff, np.nan),
    )
    frame["note"] = pd.array(codes, dtype="string")
    columns = RESULT_COLUMNS[:3] + ["group"] + RESULT_COLUMNS[3:] + EXTRA_COLUMNS
    frame = frame[columns]
    if counts.by is None:
        frame = frame.drop(columns="group")
    return frame.reset_index(drop=True)


def _targets(frame: pd.DataFrame, catalogue: Catalogue, options: AnalysisOptions) -> np.ndarray:
    """The target percentage per row (NaN for questions without one); an unknown question is an error."""
    by_key: dict[str, float] = {}
    for wanted, percent in options.targets:
        question = catalogue.find(wanted)
        if question is None or not question.reported:
            raise InputError(None, key="err.stats.target_unknown", action_key="err.stats.target_action",
                             params={"question": wanted})
        if question.kind != "share":
            raise InputError(None, key="err.stats.target_grade", action_key="err.stats.target_action",
                             params={"question": wanted})
        by_key[question.key] = percent
    return frame["question_key"].map(by_key).to_numpy(float)


def test_families(frame: pd.DataFrame, kind: str, options: AnalysisOptions) -> np.ndarray:
    """The multiple-testing family of each row's test of this ``kind`` (ref, prev, target, rest): by default
    one report year × one kind of comparison × one group set; with adjust_family 'all' one family."""
    if options.adjust_family == "all":
        return np.full(len(frame), "all", dtype=object)
    years, year_index = np.unique(frame["year"].to_numpy(), return_inverse=True)
    whole = (frame["group"].to_numpy() == NO_GROUP).astype(np.int64)
    labels = np.array([f"{kind}|{year}|{s}" for year in years.tolist() for s in ("groups", "whole")])
    return labels[year_index.reshape(-1) * 2 + whole]


def whole_percentages(reference: ReferenceTable) -> bool:
    percent = pd.to_numeric(reference.frame["percent"], errors="coerce").dropna().to_numpy(float)
    return len(percent) > 0 and bool(np.all(np.abs(percent - np.round(percent)) < 1e-9))


def _rounding_range(count, n_test, published, own_pos, own_n, includes_self) -> tuple[np.ndarray, np.ndarray]:
    """The smallest and largest p of the reference test when the true reference percentage lies
    anywhere within ±0.5 of the published whole number (p is largest where the two shares meet)."""
    ps, shares = [], []
    for shift in (-0.5, 0.5):
        pct = np.clip(published["percent"] + shift, 0, 100)
        ref_count, ref_n = reference_counts(pct, published["n"], own_pos, own_n, includes_self)
        ps.append(pooled_z_test(count, n_test, ref_count, ref_n))
        with np.errstate(divide="ignore", invalid="ignore"):
            shares.append(ref_count / ref_n)
    with np.errstate(invalid="ignore"):
        own = count / n_test
        inside = (own >= np.fmin(*shares)) & (own <= np.fmax(*shares))
    return np.fmin(*ps), np.where(inside, 1.0, np.fmax(*ps))


def _lookup_reference(frame: pd.DataFrame, reference: ReferenceTable | None) -> dict[str, np.ndarray]:
    """The published reference figures per row (NaN where the reference has none)."""
    out = {name: np.full(len(frame), np.nan) for name in ("percent", "n", "mean", "sd")}
    if reference is None:
        return out
    ref = reference.frame.set_index(["key", "year"])
    keys = list(zip(frame["ref_question"].where(frame["ref_question"].notna(), None), frame["year"]))
    idx = [i for i, k in enumerate(keys) if k[0] is not None and k in ref.index]
    if idx:
        hits = ref.loc[[keys[i] for i in idx]]
        for name in out:
            if name in hits:
                out[name][idx] = pd.to_numeric(hits[name], errors="coerce").to_numpy(float)
    return out


def reference_counts(percent: np.ndarray, nobs: np.ndarray, own_positive: np.ndarray, own_n: np.ndarray,
                     includes_self: bool) -> tuple[np.ndarray, np.ndarray]:
    """The reference's positive count round(percent × n) and its n; with ``includes_self`` the
    municipality's own counts subtracted (NaN where the remainder is impossible: n ≤ 0 or count outside 0..n)."""
    count = np.floor(percent / 100 * nobs + 0.5)             # round half up: round(percent × n)
    nobs = np.asarray(nobs, float)
    if includes_self:
        count, nobs = count - own_positive, nobs - own_n
        bad = (nobs <= 0) | (count < 0) | (count > nobs)
        count, nobs = np.where(bad, np.nan, count), np.where(bad, np.nan, nobs)
    return count, nobs


def _own_totals(frame: pd.DataFrame, positive: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The whole municipality's (unweighted) positive count and n per question and year, for every row:
    the whole-municipality row where there is one, else the sum over the groups."""
    whole = (frame["group"] == NO_GROUP).to_numpy()
    question = pd.factorize(frame["question_key"])[0]
    year = pd.factorize(frame["year"])[0]
    cell = question * (int(year.max(initial=0)) + 1) + year          # one number per question × year
    size = int(cell.max(initial=-1)) + 1
    positive = np.nan_to_num(positive)

    def sums(mask: np.ndarray, values: np.ndarray) -> np.ndarray:
        total = np.bincount(cell[mask], weights=values[mask], minlength=size)
        return np.where(np.bincount(cell[mask], minlength=size) > 0, total, np.nan)
    own_positive = np.where(np.isnan(p := sums(whole, positive)), sums(~whole, positive), p)
    own_n = np.where(np.isnan(m := sums(whole, n)), sums(~whole, n), m)
    return own_positive[cell], own_n[cell]

"""Intervals and tests, vectorised over many cells.

The formulas are statsmodels' (``proportion_confint`` Wilson, ``test_proportions_2indep`` score,
``confint_proportions_2indep`` Newcombe, ``multipletests`` Benjamini–Hochberg), written out on numpy
arrays with the same operations in the same order, so they give the same numbers to the last bit
(``tests/test_significance_formulas.py`` pins that) without importing statsmodels and scipy.stats,
which cost about a second at every start. The distributions come from ``scipy.special``.
"""

from __future__ import annotations

import numpy as np
from scipy.special import ndtr, ndtri, stdtr, stdtrit

#: Power at which the minimum detectable difference is given.
MDD_POWER = 0.80


def z_value(confidence: float) -> float:
    """The two-sided normal quantile, e.g. 1.96 for 0.95 (scipy.special: no scipy.stats import)."""
    return float(ndtri(1 - (1 - confidence) / 2))


def _arrays(*values) -> list[np.ndarray]:
    return [np.asarray(v, float) for v in values]


def _wilson(count: np.ndarray, nobs: np.ndarray, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n), clipped to [0, 1]."""
    crit = -ndtri((1 - confidence) / 2.0)
    crit2 = crit ** 2
    q = count / nobs
    denom = 1 + crit2 / nobs
    center = (q + crit2 / (2 * nobs)) / denom
    dist = crit * np.sqrt(q * (1.0 - q) / nobs + crit2 / (4.0 * nobs ** 2))
    dist /= denom
    return np.clip(center - dist, 0, 1), np.clip(center + dist, 0, 1)


def wilson_interval(count: np.ndarray, nobs: np.ndarray, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval as fractions; NaN where nobs is 0 or NaN."""
    count, nobs = _arrays(count, nobs)
    low, high = np.full(count.shape, np.nan), np.full(count.shape, np.nan)
    ok = np.isfinite(count) & np.isfinite(nobs) & (nobs > 0)
    if ok.any():
        low[ok], high[ok] = _wilson(count[ok], nobs[ok], confidence)
    return low, high


def normal_margin(p: np.ndarray, nobs: np.ndarray, confidence: float) -> np.ndarray:
    """The 'foutmarge' reports quote: z·√(p(1−p)/n), as a fraction."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return z_value(confidence) * np.sqrt(p * (1 - p) / nobs)


def fpc_nobs(n_eff: np.ndarray, n: np.ndarray, population: np.ndarray) -> np.ndarray:
    """The effective n a finite-population correction implies: n_eff·(N−1)/(N−n); n_eff where N is unknown.

    Dividing a variance by this n is the same as multiplying it by (N−n)/(N−1), so the margin
    z·√(p(1−p)/n_fpc) equals z·√(p(1−p)/n)·√((N−n)/(N−1)).
    """
    n_eff, n, population = _arrays(n_eff, n, population)
    with np.errstate(divide="ignore", invalid="ignore"):
        corrected = n_eff * (population - 1) / (population - n)
    return np.where(np.isfinite(population) & (population > n), corrected, n_eff)


def pooled_z_test(count1, nobs1, count2, nobs2) -> np.ndarray:
    """Two-sided p of the pooled two-proportion z-test; NaN where either n is 0/NaN.

    z = (p1 − p2) / √(p̄(1−p̄)/n1 + p̄(1−p̄)/n2), p̄ = (x1 + x2) / (n1 + n2); p = 2·Φ(−|z|) (statsmodels'
    score test without continuity correction at difference 0, which *is* the pooled z-test).
    """
    c1, n1, c2, n2 = _arrays(count1, nobs1, count2, nobs2)
    out = np.full(np.broadcast(c1, n1, c2, n2).shape, np.nan)
    ok = np.isfinite(c1) & np.isfinite(c2) & (n1 > 0) & (n2 > 0)
    pooled = np.where(ok, (c1 + c2) / np.where(ok, n1 + n2, 1), np.nan)
    degenerate = ok & ((pooled <= 0) | (pooled >= 1))   # all positive or none: no difference at all
    run = ok & ~degenerate
    if run.any():
        a1, b1, a2, b2 = c1[run], n1[run], c2[run], n2[run]
        prop = (a1 + a2) / (b1 + b2)
        var = prop * (1 - prop) / b1 + prop * (1 - prop) / b2
        z = (a1 / b1 - a2 / b2 - 0) / np.sqrt(var)
        out[run] = ndtr(-np.abs(z)) * 2
    out[degenerate] = 1.0
    return out


def difference_interval(count1, nobs1, count2, nobs2, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Newcombe's hybrid score interval (his method 10) for p1 − p2, as fractions; NaN where an n is 0."""
    c1, n1, c2, n2 = _arrays(count1, nobs1, count2, nobs2)
    shape = np.broadcast(c1, n1, c2, n2).shape
    c1, n1, c2, n2 = (np.broadcast_to(a, shape) for a in (c1, n1, c2, n2))
    low, high = np.full(shape, np.nan), np.full(shape, np.nan)
    ok = np.isfinite(c1) & np.isfinite(c2) & np.isfinite(n1) & np.isfinite(n2) & (n1 > 0) & (n2 > 0)
    if ok.any():
        a1, b1, a2, b2 = c1[ok], n1[ok], c2[ok], n2[ok]
        p1, p2 = a1 / b1, a2 / b2
        low1, upp1 = _wilson(a1, b1, confidence)
        low2, upp2 = _wilson(a2, b2, confidence)
        low[ok] = p1 - p2 - np.sqrt((p1 - low1) ** 2 + (upp2 - p2) ** 2)
        high[ok] = p1 - p2 + np.sqrt((p2 - low2) ** 2 + (upp1 - p1) ** 2)
    return low, high


def mdd_proportions(pooled, nobs1, nobs2, alpha: float, power: float = MDD_POWER) -> np.ndarray:
    """Minimum detectable difference (fraction) of a two-sided two-proportion test at ``alpha`` with ``power``:
    (z₁₋α/₂ + z_power)·√(p̄(1−p̄)(1/n₁ + 1/n₂)), p̄ the pooled proportion. NaN where p̄ is 0 or 1."""
    p, n1, n2 = _arrays(pooled, nobs1, nobs2)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = (ndtri(1 - alpha / 2) + ndtri(power)) * np.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    return np.where((p > 0) & (p < 1) & (n1 > 0) & (n2 > 0), out, np.nan)


def mdd_means(se1, se2, alpha: float, power: float = MDD_POWER) -> np.ndarray:
    """Minimum detectable difference of two means from their standard errors (normal approximation)."""
    se1, se2 = _arrays(se1, se2)
    return (ndtri(1 - alpha / 2) + ndtri(power)) * np.sqrt(se1 * se1 + se2 * se2)


def mean_interval(mean, se, df, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """t interval for a mean: mean ± t(df)·se."""
    mean, se, df = _arrays(mean, se, df)
    low, high = np.full(mean.shape, np.nan), np.full(mean.shape, np.nan)
    ok = np.isfinite(se) & (df > 0)
    half = stdtrit(df[ok], 1 - (1 - confidence) / 2) * se[ok]
    low[ok], high[ok] = mean[ok] - half, mean[ok] + half
    return low, high


def welch(mean1, se1, df1, mean2, se2, df2, confidence: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Welch's test of mean1 − mean2 from standard errors and degrees of freedom (n − 1):
    two-sided p and the Welch interval of the difference. NaN where it cannot be computed."""
    m1, s1, d1, m2, s2, d2 = _arrays(mean1, se1, df1, mean2, se2, df2)
    v1, v2 = s1 * s1, s2 * s2
    with np.errstate(divide="ignore", invalid="ignore"):
        se = np.sqrt(v1 + v2)
        df = (v1 + v2) ** 2 / (v1 * v1 / d1 + v2 * v2 / d2)
        t = (m1 - m2) / se
        ok = (d1 > 0) & (d2 > 0) & np.isfinite(t) & (se > 0)
        p = np.where(ok, 2 * stdtr(np.where(ok, df, 1), -np.abs(np.where(ok, t, 0))), np.nan)
        half = stdtrit(np.where(ok, df, 1), 1 - (1 - confidence) / 2) * se
    low = np.where(ok, m1 - m2 - half, np.nan)
    high = np.where(ok, m1 - m2 + half, np.nan)
    return p, low, high


def welch_test(mean1, sd1, n1, mean2, sd2, n2) -> np.ndarray:
    """Two-sided p of Welch's t-test from summary statistics (means, SDs, n)."""
    m1, s1, n1, m2, s2, n2 = _arrays(mean1, sd1, n1, mean2, sd2, n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        return welch(m1, s1 / np.sqrt(n1), n1 - 1, m2, s2 / np.sqrt(n2), n2 - 1, 0.95)[0]


def binomial_test(count, nobs, target) -> np.ndarray:
    """Exact two-sided binomial p of ``count`` of ``nobs`` against the proportion ``target``
    (the probabilities no larger than that of the count, summed, as R's binom.test)."""
    count, nobs, target = (a.ravel() for a in np.broadcast_arrays(*_arrays(count, nobs, target)))
    out = np.full(count.shape, np.nan)
    ok = np.isfinite(count) & np.isfinite(nobs) & (nobs >= 1) & np.isfinite(target) & (target >= 0) & (target <= 1)
    if ok.any():
        from scipy.stats import binomtest      # only when a target is set
        for i in np.flatnonzero(ok):
            n = int(round(nobs[i]))
            out[i] = binomtest(min(max(int(round(count[i])), 0), n), n, float(target[i])).pvalue
    return out


def adjust_pvalues(p: np.ndarray, method: str, families=None) -> np.ndarray:
    """Holm or Benjamini–Hochberg within each family (``families``: one label per p); NaN stays NaN.

    Without ``families`` all finite p-values form one family.
    """
    p = np.asarray(p, float)
    if method == "none":
        return p
    if method not in ("holm", "fdr_bh"):
        raise ValueError(f"unknown multiple-testing correction {method!r}")
    out = np.full(p.shape, np.nan)
    ok = np.isfinite(p)
    labels = np.zeros(p.shape, dtype=np.int64) if families is None else np.unique(
        np.asarray(families).astype(str), return_inverse=True)[1].reshape(p.shape)
    for label in np.unique(labels[ok]):
        member = ok & (labels == label)
        out[member] = _holm(p[member]) if method == "holm" else _benjamini_hochberg(p[member])
    return out


def _benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg: the running minimum from the top of p·m/rank over the sorted p, at most 1."""
    order = np.argsort(p)
    ranked = p[order] / (np.arange(1, len(p) + 1) / float(len(p)))
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    adjusted[adjusted > 1] = 1
    out = np.empty_like(adjusted)
    out[order] = adjusted
    return out


def _holm(p: np.ndarray) -> np.ndarray:
    """Holm's step-down adjustment: the running maximum of (m − rank)·p over the sorted p, at most 1.
    (statsmodels' ``multipletests`` gives the same but runs a full garbage collection on every call.)"""
    order = np.argsort(p, kind="stable")
    adjusted = np.minimum(1.0, np.maximum.accumulate(p[order] * np.arange(len(p), 0, -1)))
    out = np.empty_like(adjusted)
    out[order] = adjusted
    return out

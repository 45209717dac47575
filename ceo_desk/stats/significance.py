"""Intervals and tests, vectorised over many cells; statsmodels does the statistics."""

from __future__ import annotations

import warnings

import numpy as np
from scipy import stats as sps
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, test_proportions_2indep


def z_value(confidence: float) -> float:
    return float(sps.norm.ppf(1 - (1 - confidence) / 2))


def wilson_interval(count: np.ndarray, nobs: np.ndarray, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval as fractions; NaN where nobs is 0 or NaN."""
    count, nobs = np.asarray(count, float), np.asarray(nobs, float)
    low, high = np.full(count.shape, np.nan), np.full(count.shape, np.nan)
    ok = np.isfinite(count) & np.isfinite(nobs) & (nobs > 0)
    if ok.any():
        low[ok], high[ok] = proportion_confint(count[ok], nobs[ok], alpha=1 - confidence, method="wilson")
    return low, high


def normal_margin(p: np.ndarray, nobs: np.ndarray, confidence: float) -> np.ndarray:
    """The 'foutmarge' reports quote: z·√(p(1−p)/n), as a fraction."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return z_value(confidence) * np.sqrt(p * (1 - p) / nobs)


def pooled_z_test(count1, nobs1, count2, nobs2) -> np.ndarray:
    """Two-sided p of the pooled two-proportion z-test; NaN where either n is 0/NaN.

    statsmodels' score test without continuity correction at difference 0 *is* the pooled
    z-test: the variance is taken at the common proportion (x1 + x2) / (n1 + n2).
    """
    c1, n1, c2, n2 = (np.asarray(a, float) for a in (count1, nobs1, count2, nobs2))
    out = np.full(np.broadcast(c1, n1, c2, n2).shape, np.nan)
    ok = np.isfinite(c1) & np.isfinite(c2) & (n1 > 0) & (n2 > 0)
    pooled = np.where(ok, (c1 + c2) / np.where(ok, n1 + n2, 1), np.nan)
    degenerate = ok & ((pooled <= 0) | (pooled >= 1))   # all positive or none: no difference at all
    run = ok & ~degenerate
    if run.any():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            res = test_proportions_2indep(c1[run], n1[run], c2[run], n2[run], method="score",
                                          compare="diff", correction=False)
        out[run] = res.pvalue
    out[degenerate] = 1.0
    return out


def mean_interval(mean, sd, nobs, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """t interval for a mean: mean ± t(n−1)·sd/√n."""
    mean, sd, nobs = (np.asarray(a, float) for a in (mean, sd, nobs))
    low, high = np.full(mean.shape, np.nan), np.full(mean.shape, np.nan)
    ok = np.isfinite(sd) & (nobs > 1)
    t = sps.t.ppf(1 - (1 - confidence) / 2, nobs[ok] - 1)
    half = t * sd[ok] / np.sqrt(nobs[ok])
    low[ok], high[ok] = mean[ok] - half, mean[ok] + half
    return low, high


def welch_test(mean1, sd1, n1, mean2, sd2, n2) -> np.ndarray:
    """Two-sided p of Welch's t-test from summary statistics."""
    args = [np.asarray(a, float) for a in (mean1, sd1, n1, mean2, sd2, n2)]
    out = np.full(args[0].shape, np.nan)
    ok = (args[2] > 1) & (args[5] > 1) & np.isfinite(args[1]) & np.isfinite(args[4])
    ok &= (args[1] > 0) | (args[4] > 0)
    if ok.any():
        res = sps.ttest_ind_from_stats(*(a[ok] for a in args), equal_var=False)
        out[ok] = res.pvalue
    return out


def adjust_pvalues(p: np.ndarray, method: str) -> np.ndarray:
    """Holm or Benjamini–Hochberg over all finite p-values together; NaN stays NaN."""
    p = np.asarray(p, float)
    if method == "none":
        return p
    out = np.full(p.shape, np.nan)
    ok = np.isfinite(p)
    if ok.any():
        out[ok] = multipletests(p[ok], method=method)[1]
    return out

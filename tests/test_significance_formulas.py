"""The vectorised tests and intervals give statsmodels' numbers to the last bit.

``ceo_desk.stats.significance`` writes the formulas out on numpy arrays (importing statsmodels and
scipy.stats costs about a second at every start). Here they meet statsmodels itself on many random
cells: whole and weighted (fractional) counts, shares of 0 and 1, n = 1, three confidence levels.
The formulas themselves are checked against hand-written ones in test_statistics*.py.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests
from statsmodels.stats import proportion as sm

from ceo_desk.stats.significance import adjust_pvalues, difference_interval, pooled_z_test, wilson_interval


def cells(seed: int, size: int = 20_000):
    rng = np.random.default_rng(seed)
    n1 = rng.integers(1, 5000, size).astype(float)
    n2 = rng.integers(1, 5000, size).astype(float)
    c1 = np.floor(rng.random(size) * (n1 + 1))
    c2 = np.floor(rng.random(size) * (n2 + 1))
    c1[::3] *= 0.937                                   # weighted: fractional counts and n
    n1[::5] *= 1.13
    c1[:50], c2[50:100] = 0, n2[50:100]                # none and all positive
    n1[100:120], c1[100:120] = 1, 1
    c1[200:210], c2[200:210] = 0, 0                    # no one positive on either side
    c1[210:220], c2[210:220] = n1[210:220], n2[210:220]
    return c1, n1, c2, n2


@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.99])
def test_wilson_and_newcombe_equal_statsmodels(confidence):
    c1, n1, c2, n2 = cells(int(confidence * 100))
    low, high = wilson_interval(c1, n1, confidence)
    sm_low, sm_high = sm.proportion_confint(c1, n1, alpha=1 - confidence, method="wilson")
    assert np.array_equal(low, sm_low) and np.array_equal(high, sm_high)
    low, high = difference_interval(c1, n1, c2, n2, confidence)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        sm_low, sm_high = sm.confint_proportions_2indep(c1, n1, c2, n2, method="newcomb", compare="diff",
                                                     alpha=1 - confidence)
    assert np.array_equal(low, sm_low) and np.array_equal(high, sm_high)


def test_pooled_z_test_equals_the_score_test():
    c1, n1, c2, n2 = cells(7)
    pooled = (c1 + c2) / (n1 + n2)
    inside = (pooled > 0) & (pooled < 1)
    got = pooled_z_test(c1, n1, c2, n2)
    res = sm.test_proportions_2indep(c1[inside], n1[inside], c2[inside], n2[inside], method="score", compare="diff",
                                  correction=False)
    assert np.array_equal(got[inside], res.pvalue)
    assert (got[~inside] == 1.0).all() and (~inside).sum() > 0     # all or none positive on both sides


@pytest.mark.parametrize("size", [1, 2, 7, 500])
def test_benjamini_hochberg_equals_multipletests(size):
    rng = np.random.default_rng(size)
    p = rng.random(size) ** 3
    p[::4] = p[0]                                      # ties
    assert np.array_equal(adjust_pvalues(p, "fdr_bh"), multipletests(p, method="fdr_bh")[1])
    assert np.array_equal(adjust_pvalues(p, "holm"), multipletests(p, method="holm")[1])


def test_an_unknown_correction_is_refused():
    with pytest.raises(ValueError):
        adjust_pvalues(np.array([0.01, 0.2]), "bonferroni")

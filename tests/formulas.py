"""The statistics written out by hand, to check the program against (never against itself)."""

from __future__ import annotations

import math
from statistics import NormalDist

Z95 = NormalDist().inv_cdf(0.975)


def wilson(x: float, n: float, z: float = Z95) -> tuple[float, float]:
    p = x / n
    centre = p + z * z / (2 * n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    denom = 1 + z * z / n
    return (centre - half) / denom, (centre + half) / denom


def margin(p: float, n: float, z: float = Z95) -> float:
    return z * math.sqrt(p * (1 - p) / n)


def pooled_z_p(x1: float, n1: float, x2: float, n2: float) -> float:
    pooled = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return math.erfc(abs(z) / math.sqrt(2))


def round_half_up(x: float) -> int:
    return int(math.floor(x + 0.5))


def newcombe(x1: float, n1: float, x2: float, n2: float, z: float = Z95) -> tuple[float, float]:
    """Newcombe (1998) method 10, the hybrid score interval for p1 − p2, from the two Wilson intervals:
    L = d − √((p1 − l1)² + (u2 − p2)²),  U = d + √((u1 − p1)² + (p2 − l2)²)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1, z)
    l2, u2 = wilson(x2, n2, z)
    d = p1 - p2
    return d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def mdd(p: float, n1: float, n2: float, alpha: float = 0.05, power: float = 0.8) -> float:
    """Minimum detectable difference of a two-sided two-proportion test: (z₁₋α/₂ + z_power)·√(p(1−p)(1/n1 + 1/n2))."""
    nd = NormalDist()
    return (nd.inv_cdf(1 - alpha / 2) + nd.inv_cdf(power)) * math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))


def power_two_proportions(diff: float, p: float, n1: float, n2: float, alpha: float = 0.05) -> float:
    """Power of the two-sided z-test for a true difference ``diff`` (variance at p, both tails)."""
    nd = NormalDist()
    se = math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))
    z = nd.inv_cdf(1 - alpha / 2)
    return nd.cdf(diff / se - z) + nd.cdf(-diff / se - z)


def binomial_two_sided(k: int, n: int, p: float) -> float:
    """Exact two-sided binomial p (as R's binom.test): the sum of all P(X = i) no larger than P(X = k)."""
    terms = [math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(n + 1)]
    return min(1.0, sum(t for t in terms if t <= terms[k] * (1 + 1e-7)))


def holm(p: dict) -> dict:
    """Holm's step-down adjusted p per key: the running maximum of (m − rank)·p over the sorted p."""
    ranked = sorted(p, key=p.get)
    out, running = {}, 0.0
    for rank, key in enumerate(ranked):
        running = max(running, min(1.0, (len(p) - rank) * p[key]))
        out[key] = running
    return out


def benjamini_hochberg(p: dict) -> dict:
    """BH adjusted p per key: the running minimum, from the largest p down, of m·p/rank."""
    ranked = sorted(p, key=p.get)
    out, running = {}, 1.0
    for rank in range(len(ranked), 0, -1):
        key = ranked[rank - 1]
        running = min(running, len(p) * p[key] / rank)
        out[key] = running
    return out


def welch_p(m1, s1, n1, m2, s2, n2) -> tuple[float, float]:
    """Welch's t statistic and Welch–Satterthwaite degrees of freedom from summary statistics."""
    v1, v2 = s1 * s1 / n1, s2 * s2 / n2
    t = (m1 - m2) / math.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    return t, df

"""The plain sentences under a question: the latest figure, the reference, the year before, and any
significant result of an earlier year; with a breakdown, the same for each group against the rest.

Every claim is read from the results table (significance flags included); nothing is recomputed.
Each sentence gives n and the margin or says why there is no test; "niet significant" is explained
once, on the method page. ``variant`` picks one of three phrasings that say the same thing, so that
a report does not repeat one sentence under every question.
"""

from __future__ import annotations

import pandas as pd

from ceo_desk.i18n import fmt_level, fmt_number, fmt_percent, fmt_percent_as_given, tr
from ceo_desk.model.figures import figure, flag, rows_of
from ceo_desk.model.options import AnalysisOptions
from ceo_desk.model.scales import SCALES
from ceo_desk.stats.counts import by_columns
from ceo_desk.stats.groups import kind_of

#: Differences that round to zero at one decimal are described as "equal", never as a rise or fall.
_ZERO = 0.05
VARIANTS = 3


def positive_phrase(scale: str | None, lang: str = "nl", labels: list[str] | None = None) -> str:
    """'‘altijd’ of ‘vaak’' for the frequency scale, '‘ja’' for yes/no, 'positief' otherwise.

    ``labels`` (the question's positive categories, as the user may have changed them) win over
    the scale's defaults.
    """
    if not labels:
        known = SCALES.get(scale or "")
        if known is None:
            return tr("sent.positive_unknown", lang)
        labels = list(known.positive)
    labels = [f"‘{label.lower()}’" for label in labels]
    if len(labels) == 1:
        return labels[0]
    return f"{', '.join(labels[:-1])} {tr('sent.or', lang)} {labels[-1]}"


def reference_words(name: str | None, lang: str) -> dict[str, str]:
    """How sentences name the reference group, as ``tr`` values: ``reference`` inside a sentence,
    ``Reference`` at its start. The name the user gave it ('BMC Jeugd', as given: the user's article
    stays the only one) or, without a name, 'de referentiegroep' / 'De referentiegroep'."""
    given = (name or "").strip()
    if not given or given == tr("report.reference_default", lang):
        given = tr("report.sent.the_reference", lang)
    return {"reference": given, "Reference": given[:1].upper() + given[1:]}


def question_sentences(rows: pd.DataFrame, question_text: str, options: AnalysisOptions | None = None,
                       lang: str = "nl", positive_labels: list[str] | None = None, variant: int = 0,
                       reference_name: str | None = None) -> list[str]:
    """Sentences about one question (one group): ``rows`` are its results rows, the latest year first.

    ``question_text`` is what the caller shows above them; the sentences refer to the figure and
    do not repeat it. ``positive_labels`` are the question's positive categories
    (``question.labels_with(Role.POSITIVE)``); without them the scale's defaults are named.
    ``reference_name`` is what the user calls the reference group (None: 'de referentiegroep').
    """
    options = options or AnalysisOptions()
    if rows.empty:
        return []
    ordered = rows.sort_values("year")
    latest = ordered.iloc[-1]
    out: list[str] = []
    if bool(latest["suppressed"]):
        out.append(tr("sent.suppressed", lang, year=int(latest["year"]), min=options.min_n_report))
        shown = ordered[~ordered["suppressed"].astype(bool)]
        if shown.empty:
            return out
        latest = shown.iloc[-1]
    v = variant % VARIANTS
    words = reference_words(reference_name, lang)
    if latest["kind"] == "mean":
        out += _grade_sentences(latest, options, lang, v, words)
    else:
        out += _share_sentences(latest, ordered, options, lang, positive_labels, v, words)
    out += _earlier_sentences(ordered[ordered["year"] < latest["year"]], lang, words)
    return out


def _share_sentences(row, rows: pd.DataFrame, options: AnalysisOptions, lang: str,
                     positive_labels: list[str] | None, v: int, words: dict[str, str]) -> list[str]:
    year, n = int(row["year"]), fmt_number(row["n"], 0, lang)
    percent = fmt_percent(row["percent"], 1, lang)
    positive = positive_phrase(row["scale"], lang, positive_labels)
    if bool(row["indicative"]):
        return [tr("sent.share_indicative", lang, year=year, percent=percent, positive=positive, n=n,
                   min=options.min_n_test)]
    if figure(row["margin"]) is None:        # 0 % or 100 %: the interval, never a margin of ±0,0
        out = [tr("stats.sent.share_interval", lang, year=year, percent=percent, positive=positive, n=n,
                  level=fmt_level(options.confidence, lang),
                  low=fmt_percent(row["ci_low"], 1, lang), high=fmt_percent(row["ci_high"], 1, lang))]
    else:
        out = [tr(f"report.sent.share.{v}", lang, year=year, percent=percent, positive=positive, n=n,
                  margin=fmt_number(row["margin"], 1, lang))]
    ref, diff = figure(row["ref_percent"]), figure(row["diff_ref"])
    if ref is None:
        if rows["ref_percent"].notna().any():
            out.append(tr("sent.no_reference", lang, year=year, **words))
    elif abs(diff) < _ZERO:
        out.append(tr("sent.ref_equal", lang, ref=fmt_percent_as_given(ref, lang), **words))
    else:
        significant = flag(row["sig_ref"])
        if significant is None:
            verdict = tr("report.sent.ref_not_tested", lang, reason=tr("reason.reference_n", lang, **words))
        else:
            verdict = tr("report.sent.ref_sig" if significant else "report.sent.ref_not_sig", lang)
        out.append(tr(f"report.sent.ref.{v}", lang, **words, diff=fmt_number(abs(diff), 1, lang),
                      direction=tr("sent.higher" if diff > 0 else "sent.lower", lang),
                      side=tr("report.sent.above" if diff > 0 else "report.sent.below", lang),
                      ref=fmt_percent_as_given(ref, lang), verdict=verdict))
        out += _mdd_sentence(row, "mdd_ref", significant, lang)
        if _row_flag(row, "ref_rounding_sensitive"):
            out.append(tr("stats.sent.ref_rounding", lang, **words))
    out += _target_sentence(row, lang)
    out += _previous_sentences(row, lambda value: fmt_percent(value, 1, lang), "report.sent.unit_pp",
                               options, lang, v)
    return out


def _grade_sentences(row, options: AnalysisOptions, lang: str, v: int, words: dict[str, str]) -> list[str]:
    year, n = int(row["year"]), fmt_number(row["n"], 0, lang)
    mean = fmt_number(row["mean"], 1, lang)
    if bool(row["indicative"]):
        return [tr("sent.grade_indicative", lang, year=year, mean=mean, n=n, min=options.min_n_test)]
    level = fmt_level(options.confidence, lang)
    out = [tr("sent.grade", lang, year=year, mean=mean, n=n, level=level,
              low=fmt_number(row["mean_ci_low"], 1, lang), high=fmt_number(row["mean_ci_high"], 1, lang))]
    ref, diff = figure(row.get("ref_mean")), figure(row["diff_ref"])
    if ref is not None and diff is not None:      # the reference gives a mean grade: Welch's test
        significant = flag(row["sig_ref"])
        if significant is None:
            verdict = tr("report.sent.ref_not_tested", lang, reason=tr("reason.reference_n", lang, **words))
        else:
            verdict = tr("report.sent.ref_sig" if significant else "report.sent.ref_not_sig", lang)
        out.append(tr("stats.sent.grade_ref", lang, **words, diff=fmt_number(abs(diff), 1, lang),
                      direction=tr("sent.higher" if diff > 0 else "sent.lower", lang),
                      ref=fmt_number(ref, 1, lang), verdict=verdict))
        out += _mdd_sentence(row, "mdd_ref", significant, lang)
    out += _previous_sentences(row, lambda value: fmt_number(value, 1, lang), "report.sent.unit_points",
                               options, lang, v)
    return out


def _row_flag(row, column: str) -> bool:
    return column in row and bool(flag(row[column]))


def _mdd_sentence(row, column: str, significant: bool | None, lang: str) -> list[str]:
    """After a difference that is not significant: 'Een verschil kleiner dan 9,1 procentpunt is met deze
    aantallen niet aan te tonen.' (the minimum detectable difference at 80 % power)."""
    mdd = figure(row.get(column)) if column in row else None
    if significant is not False or mdd is None:
        return []
    key = "stats.sent.mdd_grade" if row["kind"] == "mean" else "stats.sent.mdd"
    return [tr(key, lang, mdd=fmt_number(mdd, 1, lang))]


def _target_sentence(row, lang: str) -> list[str]:
    """The share against the policy target (exact binomial test), when one was set and tested."""
    target = figure(row.get("target")) if "target" in row else None
    significant = flag(row.get("sig_target")) if "sig_target" in row else None
    if target is None or significant is None:
        return []
    shown = fmt_percent(target, 0 if float(target).is_integer() else 1, lang)
    if not significant:
        return [tr("stats.sent.target_not_sig", lang, target=shown)]
    above = figure(row["percent"]) > target
    return [tr("stats.sent.target_sig_above" if above else "stats.sent.target_sig_below", lang, target=shown)]


def _previous_sentences(row, show, unit: str, options: AnalysisOptions, lang: str, v: int) -> list[str]:
    """The change since the previous year, and what difference these numbers could have shown."""
    sentence = _previous_sentence(row, show, unit, options, lang, v)
    if sentence is None:
        return []
    return [sentence, *_mdd_sentence(row, "mdd_prev", flag(row["sig_prev"]), lang)]


def _previous_sentence(row, show, unit: str, options: AnalysisOptions, lang: str, v: int) -> str | None:
    diff = figure(row["diff_prev"])
    if row["prev_year"] is pd.NA or diff is None:
        return None
    prev_year = int(row["prev_year"])
    value = figure(row["mean"] if row["kind"] == "mean" else row["percent"])
    prev = show(value - diff)
    if abs(diff) < _ZERO:
        return tr("sent.prev_equal", lang, year=prev_year, prev=prev)
    change = tr("sent.rise" if diff > 0 else "sent.fall", lang)
    significant = flag(row["sig_prev"])
    if significant is None:
        verdict = tr("report.sent.change_not_tested", lang, change=change,
                     reason=tr("reason.small_n", lang, n=options.min_n_test))
    else:
        verdict = tr("report.sent.change_sig" if significant else "report.sent.change_not_sig", lang, change=change)
    return tr(f"report.sent.prev.{v}", lang, year=prev_year, prev=prev, change=change,
              moved=tr("report.sent.rose" if diff > 0 else "report.sent.fell", lang),
              direction=tr("sent.higher" if diff > 0 else "sent.lower", lang),
              diff=fmt_number(abs(diff), 1, lang), unit=tr(unit, lang), verdict=verdict)


def _earlier_sentences(rows: pd.DataFrame, lang: str, words: dict[str, str]) -> list[str]:
    """Significant results of years before the latest: the reader of the text must not miss them."""
    out = []
    for row in rows_of(rows):
        if bool(row["suppressed"]) or bool(row["indicative"]):
            continue
        grade = row["kind"] == "mean"
        own = figure(row["mean"] if grade else row["percent"])

        def show(value: float) -> str:
            return fmt_number(value, 1, lang) if grade else fmt_percent(value, 1, lang)

        n = fmt_number(row["n"], 0, lang)
        diff_ref = figure(row["diff_ref"])
        if not grade and diff_ref is not None and flag(row["sig_ref"]):
            out.append(tr("report.sent.earlier_ref", lang, **words, year=int(row["year"]), own=show(own), n=n,
                          direction=tr("sent.higher" if diff_ref > 0 else "sent.lower", lang),
                          ref=fmt_percent_as_given(figure(row["ref_percent"]), lang)))
        diff_prev = figure(row["diff_prev"])
        if diff_prev is not None and abs(diff_prev) >= _ZERO and flag(row["sig_prev"]):
            out.append(tr("report.sent.earlier_change", lang, prev_year=int(row["prev_year"]), year=int(row["year"]),
                          moved=tr("report.sent.rose" if diff_prev > 0 else "report.sent.fell", lang),
                          prev=show(own - diff_prev), own=show(own), n=n))
    return out


# --- groups (a breakdown) -------------------------------------------------------------------------

def rest_word(by, lang: str) -> str:
    """'rest van de gemeente', or 'rest van de regio' when the groups are municipalities."""
    regional = any(kind_of(c) == "gemeente" for c in by_columns(by))
    return tr("breakdown.rest_region" if regional else "breakdown.rest", lang)


def group_sentences(rows: pd.DataFrame, year: int, options: AnalysisOptions, lang: str = "nl",
                    positive_labels: list[str] | None = None, variant: int = 0) -> list[str]:
    """What ``year`` says about the groups of one question. Two groups (youths and parents): each one's
    figure (n, margin) and the one difference between them. More groups: each group that differs
    significantly from the rest with its figure, n and margin; the others named once (their figures are
    in the table), the untested ones with their n.

    ``rows``: one question's rows of a breakdown frame after disclosure control. A hidden group is only
    named as hidden: no figure, no n, no difference.
    """
    latest = rows[(rows["year"] == year) & (rows["group_level"] == "group")]
    shown = latest[~latest["suppressed"].astype(bool)]
    rest = rest_word(options.by, lang)
    out: list[str] = []
    records = shown.to_dict("records")
    if len(latest) == 2 and len(shown) == 2:           # two groups: one against the other is one against the rest
        for i, r in enumerate(records):
            out += _group_figure(r, options, lang, positive_labels, (variant + i) % VARIANTS)
        out += _pair_difference(records, options, lang, variant)
    else:
        out += _many_groups(records, rest, options, lang, positive_labels, variant)
    hidden = [str(g) for g in latest.loc[latest["suppressed"].astype(bool), "group"]]
    if hidden:
        out.append(tr("breakdown.sent.hidden", lang, items=", ".join(hidden)))
    return out


def _many_groups(records: list[dict], rest: str, options: AnalysisOptions, lang: str, positive_labels,
                 variant: int) -> list[str]:
    """Districts, kinds of support, municipalities: the significant differences in full, the rest in short."""
    out: list[str] = []
    same, untested = [], []
    for i, r in enumerate(records):
        state = flag(r["sig_rest"])
        if state:
            out += _group_figure(r, options, lang, positive_labels, (variant + i) % VARIANTS)
            out += _rest_difference(r, rest, options, lang, (variant + i) % 2)
        elif state is None:
            untested.append(tr("report.sent.group_item", lang, group=r["group"], value=_show(r, _value(r), lang),
                               n=fmt_number(r["n"], 0, lang)))
        else:
            same.append(f"‘{r['group']}’")
    if same:
        key = "report.sent.groups_not_sig_others" if out else "report.sent.groups_not_sig_all"
        out.append(tr(key, lang, items=", ".join(same), rest=rest, year=int(records[0]["year"])))
    if untested:
        out.append(tr("report.sent.groups_untested", lang, items="; ".join(untested), n=options.min_n_test))
    return out


def _value(r: dict):
    return r["mean"] if r["kind"] == "mean" else r["percent"]


def _group_figure(r: dict, options: AnalysisOptions, lang: str, positive_labels, v: int) -> list[str]:
    group, year, n = r["group"], int(r["year"]), fmt_number(r["n"], 0, lang)
    if r["kind"] == "mean":
        mean = fmt_number(r["mean"], 1, lang)
        if bool(r["indicative"]):
            return [tr("report.sent.group_grade_indicative", lang, group=group, year=year, mean=mean, n=n,
                       min=options.min_n_test)]
        return [tr("report.sent.group_grade", lang, group=group, year=year, mean=mean, n=n,
                   level=fmt_level(options.confidence, lang), low=fmt_number(r["mean_ci_low"], 1, lang),
                   high=fmt_number(r["mean_ci_high"], 1, lang))]
    percent = fmt_percent(r["percent"], 1, lang)
    positive = positive_phrase(r["scale"], lang, positive_labels)
    if bool(r["indicative"]):
        return [tr("report.sent.group_indicative", lang, group=group, year=year, percent=percent,
                   positive=positive, n=n, min=options.min_n_test)]
    if figure(r["margin"]) is None:            # 0 % or 100 %: the interval, never a margin of ±0,0
        return [tr("report.sent.group_interval", lang, group=group, year=year, percent=percent, positive=positive,
                   n=n, level=fmt_level(options.confidence, lang), low=fmt_percent(r["ci_low"], 1, lang),
                   high=fmt_percent(r["ci_high"], 1, lang))]
    return [tr(f"report.sent.group_share.{v}", lang, group=group, year=year, percent=percent, positive=positive,
               n=n, margin=fmt_number(r["margin"], 1, lang))]


def _group_verdict(r: dict, options: AnalysisOptions, lang: str) -> str:
    significant = flag(r["sig_rest"])
    if significant is None:
        return tr("report.sent.ref_not_tested", lang, reason=tr("breakdown.reason.small", lang, n=options.min_n_test))
    return tr("report.sent.ref_sig" if significant else "report.sent.ref_not_sig", lang)


def _show(r: dict, value, lang: str) -> str:
    return fmt_number(value, 1, lang) if r["kind"] == "mean" else fmt_percent(value, 1, lang)


def _rest_difference(r: dict, rest: str, options: AnalysisOptions, lang: str, v: int) -> list[str]:
    diff = figure(r["diff_rest"])
    rest_value = figure(r["rest_mean"] if r["kind"] == "mean" else r["rest_percent"])
    if diff is None or rest_value is None:
        return []
    unit = tr("report.sent.unit_points" if r["kind"] == "mean" else "report.sent.unit_pp", lang)
    if abs(diff) < _ZERO:
        return [tr("report.sent.group_rest_equal", lang, group=r["group"], rest=rest,
                   rest_value=_show(r, rest_value, lang))]
    return [tr(f"report.sent.group_rest.{v}", lang, group=r["group"], rest=rest, rest_value=_show(r, rest_value, lang),
               diff=fmt_number(abs(diff), 1, lang), unit=unit,
               direction=tr("sent.higher" if diff > 0 else "sent.lower", lang), verdict=_group_verdict(r, options, lang))]


def _pair_difference(pair: list[dict], options: AnalysisOptions, lang: str, variant: int) -> list[str]:
    a, b = pair
    diff = figure(a["diff_rest"])
    if diff is None:
        return []
    unit = tr("report.sent.unit_points" if a["kind"] == "mean" else "report.sent.unit_pp", lang)
    if abs(diff) < _ZERO:
        return [tr("report.sent.pair_equal", lang, a=a["group"], b=b["group"])]
    higher, lower = (a, b) if diff > 0 else (b, a)
    return [tr(f"report.sent.pair.{variant % 2}", lang, higher=higher["group"], lower=lower["group"],
               diff=fmt_number(abs(diff), 1, lang), unit=unit, verdict=_group_verdict(a, options, lang))]

#!/usr/bin/env python3
"""Generate the SYNTHETIC demo data bundled with CEO Desk, and a national-scale benchmark file.

Everything written here is invented: "Gemeente Voorbeeldstad" does not exist and no answer comes
from a real person. Output is deterministic (fixed seeds, fixed file timestamps), so running the
script twice gives byte-identical files.

    python resources/make_demo_data.py                     # writes ceo_desk/resources/demo/
    python resources/make_demo_data.py --out DIR           # writes the demo into DIR
    python resources/make_demo_data.py --national PATH     # writes a 400k x 40 .sav for benchmarks

Standalone on purpose: imports only numpy, pandas, pyreadstat and openpyxl (not ceo_desk).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pyreadstat

SEED = 20240501
FIXED_TIMESTAMP = dt.datetime(2024, 5, 1, 12, 0, 0)
DEMO_DIR = Path(__file__).resolve().parents[1] / "ceo_desk" / "resources" / "demo"
MUNICIPALITY = "Voorbeeldstad"

# --- scales -----------------------------------------------------------------------------------

FREQ_LABELS = {1: "Altijd", 2: "Vaak", 3: "Soms", 4: "Nooit", 5: "Niet van toepassing", 9: "Geen antwoord"}
YESNO_LABELS = {1: "Ja", 2: "Nee", 3: "Weet niet", 9: "Geen antwoord"}
QUESTION_MISSING = [9]  # "Geen antwoord", declared user-missing in SPSS
GRADE_LABELS = {99: "Geen antwoord"}
GRADE_MISSING = [99]
DOELGROEP_LABELS = {1: "Jongere", 2: "Ouder/verzorger"}
STADSDEEL_LABELS = {1: "Centrum", 2: "Noord", 3: "Oost", 4: "Zuid", 5: "West"}

# The nine statements of the youth-care questionnaire, as in the sample files' variable labels.
JEUGD_QUESTIONS = {
    "j01": "Het was makkelijk om hulp te krijgen.",
    "j02": "Ik kan de hulp krijgen die ik nodig heb.",
    "j03": "De hulpverleners nemen mij serieus.",
    "j04": "Beslissingen over de hulp worden samen met mij genomen.",
    "j05": "De hulpverleners weten genoeg om mij te kunnen helpen.",
    "j06": "Ik word goed geholpen bij mijn vragen en problemen.",
    "j07": "De hulp die ik krijg, helpt mij.",
    "j08": "Door de hulp kan ik beter met mijn problemen omgaan.",
    "j09": "Door de hulp gaat het beter op school of op mijn werk.",
}
YESNO_QUESTIONS = {"j10": "Ik wist waar ik terecht kon met mijn vragen."}
DEMO_QUESTIONS = {**JEUGD_QUESTIONS, **YESNO_QUESTIONS}

BACKGROUND_LABELS = {
    "respnr": "Respondentnummer",
    "gemeente": "Gemeente",
    "jaar": "Onderzoeksjaar",
    "doelgroep": "Ingevuld door",
    "stadsdeel": "Stadsdeel",
    "rapportcijfer": "Welk rapportcijfer geeft u voor de hulp? (1-10)",
    "weegfactor": "Weegfactor",
}

# --- the demo's design --------------------------------------------------------------------------
# Respondents per year, and per question and year: (percent positive among valid answers,
# share of all respondents answering "Niet van toepassing" / "Weet niet").
DEMO_YEARS = {2022: 310, 2023: 260, 2024: 240}
DEMO_PLAN: dict[str, dict[int, tuple[float, float]]] = {
    # 12 points below the reference in every year, stable: significant vs reference, not vs year.
    "j01": {2022: (58, 0.05), 2023: (57, 0.05), 2024: (58, 0.05)},
    # close to the reference: nothing significant.
    "j02": {2022: (74, 0.04), 2023: (77, 0.04), 2024: (73, 0.04)},
    "j03": {2022: (90, 0.03), 2023: (91, 0.03), 2024: (89, 0.03)},
    # 8-9 points above the reference: significantly higher.
    "j04": {2022: (88, 0.06), 2023: (89, 0.06), 2024: (90, 0.06)},
    # clear significant drop 2023 -> 2024 (84 -> 70), and 2024 significantly below the reference.
    "j05": {2022: (82, 0.05), 2023: (84, 0.05), 2024: (70, 0.05)},
    "j06": {2022: (79, 0.04), 2023: (78, 0.04), 2024: (84, 0.04)},
    # 4 points below the reference in 2024: lower, but not significant.
    "j07": {2022: (84, 0.04), 2023: (80, 0.04), 2024: (78, 0.04)},
    # significantly below the reference in 2022 only; the rise afterwards is not significant.
    "j08": {2022: (66, 0.08), 2023: (71, 0.08), 2024: (72, 0.08)},
    # school/work: many "Niet van toepassing"; in 2024 almost all, so the valid base is small (10-29).
    "j09": {2022: (62, 0.42), 2023: (55, 0.45), 2024: (55, 0.865)},
    # yes/no question: 2024 significantly below the reference; the drop 2023 -> 2024 is not significant.
    "j10": {2022: (71, 0.06), 2023: (70, 0.06), 2024: (63, 0.06)},
}
DEMO_GRADE_MEAN = {2022: 7.4, 2023: 7.5, 2024: 7.1}
# Reference group: percent positive per question for 2022, 2023, 2024.
REFERENCE_PLAN = {
    "j01": (70, 71, 70), "j02": (76, 76, 75), "j03": (89, 89, 90), "j04": (80, 80, 81),
    "j05": (81, 80, 80), "j06": (81, 80, 81), "j07": (83, 82, 82), "j08": (75, 74, 75),
    "j09": (60, 59, 60), "j10": (72, 73, 74),
}


# --- generation helpers (shared by the demo and the national file) ------------------------------

def spread(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Evenly spaced uniforms, shuffled along axis 0: category counts come out exact, not random."""
    n = shape[0]
    base = (np.arange(n) + 0.5) / n
    out = np.empty(shape)
    for idx in np.ndindex(*shape[1:]):
        out[(slice(None), *idx)] = rng.permutation(base)
    return out


def assign_codes(u, p_pos, nvt, blank=0.015, no_answer=0.02, top=0.5, soms=0.7):
    """Map uniforms to answer codes (broadcasting): NaN blank, 9 Geen antwoord, 5/3 n.v.t. etc.

    Frequency scale: 1 Altijd, 2 Vaak (positive), 3 Soms, 4 Nooit, 5 Niet van toepassing.
    For the yes/no scale pass top=1 and soms=1: 1 Ja, 3 becomes Nee, 5 becomes Weet niet, which
    `yesno_codes` renumbers to 1 Ja, 2 Nee, 3 Weet niet.
    """
    u = np.asarray(u, dtype=float)
    p_pos = np.asarray(p_pos, dtype=float)
    valid = 1.0 - blank - no_answer - nvt
    c_blank = blank
    c_none = c_blank + no_answer
    c_nvt = c_none + nvt
    c_top = c_nvt + valid * p_pos * top
    c_pos = c_nvt + valid * p_pos
    c_soms = c_pos + valid * (1.0 - p_pos) * soms
    codes = np.full(np.broadcast_shapes(u.shape, p_pos.shape), 4.0)
    codes[u < c_soms] = 3.0
    codes[u < c_pos] = 2.0
    codes[u < c_top] = 1.0
    codes[u < c_nvt] = 5.0
    codes[u < c_none] = 9.0
    codes[u < c_blank] = np.nan
    return codes


def yesno_codes(u, p_pos, nvt, blank=0.015, no_answer=0.02):
    """Yes/no answers: 1 Ja, 2 Nee, 3 Weet niet, 9 Geen antwoord, NaN blank."""
    codes = assign_codes(u, p_pos, nvt, blank, no_answer, top=1.0, soms=1.0)
    return np.select([codes == 3.0, codes == 5.0], [2.0, 3.0], codes)


def grade_codes(u, mean, blank=0.02, no_answer=0.02, scale=0.8):
    """Report grades 1-10 from a logistic around `mean`; 99 Geen antwoord, NaN blank."""
    u = np.asarray(u, dtype=float)
    lo = blank + no_answer
    v = np.clip((u - lo) / (1.0 - lo), 1e-9, 1 - 1e-9)
    grades = np.clip(np.rint(mean + scale * np.log(v / (1.0 - v))), 1, 10)
    grades = np.where(u < lo, 99.0, grades)
    return np.where(u < blank, np.nan, grades)


def weights_for(doelgroep: np.ndarray, target=(0.45, 0.55)) -> np.ndarray:
    """Post-stratification weights on doelgroep (1 youth, 2 parent), rounded to 4 decimals."""
    w = np.ones(len(doelgroep))
    for code, share in zip((1, 2), target):
        mask = doelgroep == code
        if mask.any():
            w[mask] = share / mask.mean()
    return np.round(w, 4)


def categorical(u: np.ndarray, shares) -> np.ndarray:
    """Codes 1..k from uniforms by cumulative shares."""
    cum = np.cumsum(np.asarray(shares, dtype=float) / np.sum(shares))
    return (np.searchsorted(cum, u, side="right") + 1).astype(float)


def sav_metadata(question_labels: dict[str, str], yesno=(), extra_value_labels=None):
    """(column_labels, value_labels, missing_ranges) for a frame with these question columns."""
    column_labels = {**BACKGROUND_LABELS, **question_labels}
    value_labels = {col: (YESNO_LABELS if col in yesno else FREQ_LABELS) for col in question_labels}
    value_labels["rapportcijfer"] = GRADE_LABELS
    value_labels.update(extra_value_labels or {})
    missing = {col: list(QUESTION_MISSING) for col in question_labels}
    missing["rapportcijfer"] = list(GRADE_MISSING)
    return column_labels, value_labels, missing


def write_sav(df: pd.DataFrame, path, column_labels, value_labels, missing_ranges, row_compress=False):
    """Write an SPSS .sav with labels and user-missing values, with a fixed creation timestamp."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    labels = {k: v for k, v in column_labels.items() if k in df.columns}
    pyreadstat.write_sav(
        df, path, column_labels=labels, variable_value_labels=value_labels,
        missing_ranges=missing_ranges, row_compress=row_compress,
    )
    _fix_sav_timestamp(path)
    return path


def _fix_sav_timestamp(path: Path) -> None:
    """Overwrite the header's creation date/time (bytes 92-108) so the output is reproducible."""
    with open(path, "r+b") as fh:
        head = fh.read(109)
        if head[:4] not in (b"$FL2", b"$FL3") or not re.fullmatch(rb"\d\d \w{3} \d\d\d\d:\d\d:\d\d", head[92:109]):
            return
        fh.seek(92)
        fh.write(FIXED_TIMESTAMP.strftime("%d %b %y").encode("ascii") + FIXED_TIMESTAMP.strftime("%H:%M:%S").encode("ascii"))


def write_xlsx(frame: pd.DataFrame, path, sheet_name="Data") -> Path:
    """Write a frame to one xlsx sheet (NaN as empty cells), with fixed document and zip dates."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_name
    ws.append([str(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        ws.append([None if _isna(v) else (v.item() if hasattr(v, "item") else v) for v in row])
    wb.properties.creator = "make_demo_data.py (synthetisch)"
    wb.properties.created = FIXED_TIMESTAMP
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_stable_zip(buf.getvalue()))
    return path


def _isna(v) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA


def _stable_zip(data: bytes) -> bytes:
    """Re-pack an xlsx with fixed entry dates and a fixed dcterms:modified."""
    stamp = FIXED_TIMESTAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\2", content)
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIMESTAMP.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, content)
    return out.getvalue()


def to_text_frame(df: pd.DataFrame, column_labels, value_labels, questions) -> pd.DataFrame:
    """Codes -> answer texts, question columns renamed to their question text (xlsx/csv style)."""
    out = df.copy()
    for col in questions:
        out[col] = df[col].map(value_labels[col]).astype(object).where(df[col].notna(), None)
    if "rapportcijfer" in out:
        out["rapportcijfer"] = df["rapportcijfer"].where(df["rapportcijfer"] < 99)
    return out.rename(columns={col: column_labels[col] for col in questions})


# --- the national-scale file --------------------------------------------------------------------

def build_national_frame(n_respondents=400_000, n_questions=40, years=(2020, 2021, 2022, 2023, 2024),
                         n_municipalities=343, seed=0):
    """Random (not exact) national-scale frame; returns (df, column_labels, value_labels, missing_ranges)."""
    rng = np.random.default_rng(seed)
    n, q = n_respondents, n_questions
    gemeente = rng.integers(1, n_municipalities + 1, n)
    jaar = np.asarray(years)[rng.integers(0, len(years), n)]
    doelgroep = categorical(rng.random(n), (0.4, 0.6))
    mun_effect = rng.normal(0, 0.05, n_municipalities + 1)
    year_effect = rng.normal(0, 0.02, len(years))
    year_idx = np.searchsorted(np.asarray(years), jaar)
    base = rng.uniform(0.55, 0.9, q)
    nvt = np.where(np.arange(q) % 9 == 8, 0.4, rng.uniform(0.02, 0.08, q))
    p = np.clip(base[None, :] + (mun_effect[gemeente] + year_effect[year_idx])[:, None], 0.05, 0.98)
    answers = assign_codes(rng.random((n, q), dtype=np.float32), p, nvt[None, :])
    qcols = [f"j{i + 1:02d}" for i in range(q)]
    texts = list(JEUGD_QUESTIONS.values())
    question_labels = {c: (texts[i] if i < len(texts) else f"Synthetische stelling {i + 1}: de hulp past bij mij.")
                       for i, c in enumerate(qcols)}
    df = pd.DataFrame({
        "respnr": np.arange(1, n + 1, dtype=float),
        "gemeente": gemeente.astype(float),
        "jaar": jaar.astype(float),
        "doelgroep": doelgroep,
    })
    df = pd.concat([df, pd.DataFrame(answers, columns=qcols)], axis=1)
    df["rapportcijfer"] = grade_codes(rng.random(n), 7.3 + 5 * mun_effect[gemeente])
    df["weegfactor"] = weights_for(doelgroep)
    gem_labels = {float(i): f"Gemeente {i:03d}" for i in range(1, n_municipalities + 1)}
    column_labels, value_labels, missing = sav_metadata(
        question_labels, extra_value_labels={"gemeente": gem_labels, "doelgroep": DOELGROEP_LABELS})
    return df, column_labels, value_labels, missing


# --- the demo -----------------------------------------------------------------------------------

def build_demo_frame(year: int, rng: np.random.Generator):
    """One year of Voorbeeldstad answers, coded as in SPSS; category counts follow DEMO_PLAN exactly."""
    n = DEMO_YEARS[year]
    doelgroep = categorical(spread(rng, (n,)), (0.4, 0.6))
    df = pd.DataFrame({
        "respnr": np.arange(year * 1000 + 1, year * 1000 + n + 1, dtype=float),
        "gemeente": MUNICIPALITY,
        "jaar": float(year),
        "doelgroep": doelgroep,
        "stadsdeel": categorical(spread(rng, (n,)), (0.22, 0.2, 0.18, 0.22, 0.18)),
    })
    for col in DEMO_QUESTIONS:
        pct, nvt = DEMO_PLAN[col][year]
        blank, no_answer = rng.integers(2, 6) / n, rng.integers(3, 8) / n  # a few % missing
        u = spread(rng, (n,))
        make = yesno_codes if col in YESNO_QUESTIONS else assign_codes
        df[col] = make(u, pct / 100, nvt, blank=blank, no_answer=no_answer)
    df["rapportcijfer"] = grade_codes(spread(rng, (n,)), DEMO_GRADE_MEAN[year], blank=0.02, no_answer=0.015)
    df["weegfactor"] = weights_for(doelgroep)
    meta = sav_metadata(JEUGD_QUESTIONS | YESNO_QUESTIONS, yesno=YESNO_QUESTIONS,
                        extra_value_labels={"doelgroep": DOELGROEP_LABELS, "stadsdeel": STADSDEEL_LABELS})
    return df, *meta


def demo_counts(df: pd.DataFrame, year: int) -> list[dict]:
    """True counts per question (valid n, positive, percent) for the README table."""
    rows = []
    for col, text in DEMO_QUESTIONS.items():
        v = df[col]
        valid = v.isin([1, 2] if col in YESNO_QUESTIONS else [1, 2, 3, 4])
        pos = (v == 1) if col in YESNO_QUESTIONS else v.isin([1, 2])
        rows.append({"col": col, "vraag": text, "jaar": year, "n": int(valid.sum()), "positief": int(pos.sum()),
                     "pct": 100 * pos.sum() / max(valid.sum(), 1)})
    return rows


def reference_frame(rng: np.random.Generator) -> pd.DataFrame:
    """Long-form reference group (Vraag, Jaar, N, Percentage positief) for 2022-2024."""
    rows = []
    for col, pcts in REFERENCE_PLAN.items():
        for year, pct in zip(DEMO_YEARS, pcts):
            lo, hi = (2600, 3000) if col == "j09" else (3300, 4800)
            rows.append({"Vraag": DEMO_QUESTIONS[col], "Jaar": year, "N": int(rng.integers(lo, hi + 1)),
                         "Percentage positief": pct})
    return pd.DataFrame(rows)


def write_demo(out_dir: Path = DEMO_DIR) -> list[Path]:
    """Write the four demo files and README.md into out_dir."""
    rng = np.random.default_rng(SEED)
    out_dir.mkdir(parents=True, exist_ok=True)
    frames = {year: build_demo_frame(year, rng) for year in DEMO_YEARS}
    written = []

    df, labels, vlabels, missing = frames[2022]
    df = df.assign(opmerking=_comments(2022, len(df), DEMO_COMMENTS))
    labels = {**labels, "opmerking": OPEN_QUESTION}
    written.append(write_sav(df, out_dir / "ceo_jeugd_voorbeeldstad_2022.sav", labels, vlabels, missing))

    df, labels, vlabels, missing = frames[2023]
    text = to_text_frame(df, labels, vlabels, DEMO_QUESTIONS)
    text["doelgroep"] = df["doelgroep"].map(DOELGROEP_LABELS)
    text["stadsdeel"] = df["stadsdeel"].map(STADSDEEL_LABELS)
    text = text.astype({"respnr": int, "jaar": int})
    text = text.rename(columns={
        JEUGD_QUESTIONS["j03"]: JEUGD_QUESTIONS["j03"].rstrip("."),       # missing full stop
        JEUGD_QUESTIONS["j06"]: JEUGD_QUESTIONS["j06"].lower() + " ",     # other case, stray space
    })
    text[BETTER_QUESTION] = _comments(2023, len(text), BETTER_COMMENTS)
    text[OPEN_QUESTION] = _comments(2023, len(text), DEMO_COMMENTS)
    written.append(write_xlsx(text, out_dir / "ceo_jeugd_voorbeeldstad_2023.xlsx", "Data"))

    df, labels, vlabels, missing = frames[2024]
    text = to_text_frame(df, labels, vlabels, DEMO_QUESTIONS)
    text = text.astype({"respnr": int, "jaar": int, "doelgroep": int, "stadsdeel": int})
    q1 = JEUGD_QUESTIONS["j01"]
    text[q1] = text[q1].str.lower()                                       # one question in lower case
    text[BETTER_QUESTION] = _comments(2024, len(text), BETTER_COMMENTS)
    text[OPEN_QUESTION] = _open_answers(rng, len(text))
    path = out_dir / "ceo_jeugd_voorbeeldstad_2024.csv"
    text.to_csv(path, sep=";", decimal=",", encoding="cp1252", index=False, lineterminator="\r\n")
    written.append(path)

    written.append(write_xlsx(reference_frame(rng), out_dir / "referentiegroep_jeugd.xlsx", "Referentiegroep"))

    counts = [row for year in DEMO_YEARS for row in demo_counts(frames[year][0], year)]
    grades = {y: frames[y][0]["rapportcijfer"].where(lambda s: s < 99).mean() for y in DEMO_YEARS}
    (out_dir / "README.md").write_text(_readme(counts, grades), encoding="utf-8")
    written.append(out_dir / "README.md")
    return written


OPEN_ANSWERS = [
    "Fijn dat de hulpverlener ook 's avonds bereikbaar was.",
    "Wachttijd was te lang, drie maanden voor een eerste gesprek.",
    "Meer uitleg over de cliëntondersteuner graag.",
    "Prima geholpen, de coach begreep echt wat er speelde.",
    "Het contact met school verliep moeizaam; één vast aanspreekpunt zou helpen.",
    "Eigen bijdrage van € 20 per maand was niet duidelijk vooraf.",
]

# Open answers of the demo (SYNTHETIC: every name, number and address is invented). Some carry
# personal data as clients write it, so the masking has something to do in the window and the report.
OPEN_QUESTION = "Heeft u nog tips of opmerkingen?"
BETTER_QUESTION = "Wat kan er beter aan de hulp?"
DEMO_COMMENTS = [
    "We hebben ruim vier maanden moeten wachten voordat de hulp begon.",
    "De wachtlijst was lang, maar daarna ging het snel.",
    "Na de aanmelding hoorden we wekenlang niets, dat wachten was zwaar.",
    "Telefonisch slecht bereikbaar, ik werd pas na drie keer bellen teruggebeld.",
    "Fijn dat de hulpverlener ook 's avonds bereikbaar was.",
    "Mijn zoon Daan werd heel goed geholpen door juf Roos, bel me gerust op 06-98765432.",
    "Mevrouw Bakker van het wijkteam was erg betrokken en nam ons serieus.",
    "Onze begeleider Sanne luisterde echt en dacht mee.",
    "Ik voelde me niet serieus genomen, er werd over mijn hoofd heen beslist.",
    "Steeds een andere hulpverlener, telkens moest ik mijn verhaal opnieuw vertellen.",
    "In een jaar drie keer gewisseld van begeleider, dat is niet goed voor mijn dochter.",
    "De samenwerking tussen school en de jeugdhulp kan echt beter, ze werken langs elkaar heen.",
    "Van het kastje naar de muur gestuurd, niemand voelde zich verantwoordelijk.",
    "Het gaat nu veel beter met onze zoon, hij is rustiger en gaat weer naar school.",
    "De hulp helpt echt, we zien elke week vooruitgang.",
    "Er is weinig veranderd, de problemen zijn er nog steeds.",
    "Zoveel formulieren en regels, de herindicatie was een drama.",
    "De eigen bijdrage van € 20 per maand was niet duidelijk vooraf.",
    "Het CAK stuurde pas na een half jaar de factuur, dat was schrikken.",
    "Meer uitleg over de cliëntondersteuner graag, ik wist niet dat die bestond.",
    "We werden niet op de hoogte gehouden van wat er ging gebeuren.",
    "Zeer deskundige hulpverlener met veel kennis van autisme.",
    "De behandelaar leek weinig ervaring te hebben met jongeren zoals mijn zoon.",
    "Prima zo, dank u wel.",
    "Geen opmerkingen.",
    "Graag een vast aanspreekpunt; u kunt mij mailen op m.devries@example.nl.",
    "Wij wonen aan de Kerkstraat 12, de begeleider kwam altijd op tijd.",
    "Mijn dochter Emma is geboren op 3 maart 2011 en krijgt sinds 2022 hulp; het gaat beter.",
    "Dokter Visser en meneer De Jong hebben ons goed verder geholpen.",
    "Bel mij liever niet op mijn werk maar op 040-2345678 na vijf uur.",
    "De kennismaking was prettig, daarna duurde het lang voordat er iets gebeurde.",
    "Roos heeft ons goed geholpen, ik hoop dat zij blijft.",
    "Ik kreeg een folder maar die was onduidelijk.",
    "Wil graag vaker contact met de hulpverlener.",
    "Op de hoek zit een bakker, daar spraken we af; dat was fijn en dichtbij.",
]
BETTER_COMMENTS = [
    "Sneller starten met de hulp, nu moesten we maanden wachten.",
    "Beter bereikbaar zijn, ook per e-mail.",
    "Minder wisselingen van hulpverlener.",
    "Meer uitleg vooraf over wat de hulp inhoudt en wat het kost.",
    "Betere samenwerking met school en de huisarts.",
    "Minder papierwerk en regels.",
    "Dat de hulpverlener beter luistert naar wat wij als ouders zien.",
    "Niets, het was goed zo.",
    "Een vaste contactpersoon, niet elke keer een ander.",
    "Juf Anja van groep 7 had vaker betrokken moeten worden.",
    "Duidelijker communiceren over de eigen bijdrage.",
    "Meer hulp in de buurt, nu is het reizen naar de andere kant van de stad.",
]
OPEN_FILL = {2022: 0.22, 2023: 0.26, 2024: 0.3}


def _open_answers(rng: np.random.Generator, n: int, year: int = 2024, pool: list | None = None) -> list:
    """About a quarter of the respondents write something; a fixed synthetic pool with é, ë and €.

    The draws from ``rng`` are the same as before the pool grew (the reference table after it stays
    the same); the choice of comment comes from a generator of its own."""
    rng.integers(0, len(OPEN_ANSWERS), n)
    rng.random(n)
    return _comments(year, n, pool or DEMO_COMMENTS)


def _comments(year: int, n: int, pool: list) -> list:
    own = np.random.default_rng(SEED + year + len(pool))
    filled = own.random(n) < OPEN_FILL[year]
    picks = own.integers(0, len(pool), n)
    return [pool[i] if f else None for i, f in zip(picks, filled)]


def _readme(counts: list[dict], grades: dict) -> str:
    ref = {(DEMO_QUESTIONS[c], y): p for c, ps in REFERENCE_PLAN.items() for y, p in zip(DEMO_YEARS, ps)}
    lines = [
        "# Demo data (SYNTHETIC)",
        "",
        "**Everything in this folder is synthetic.** \"Gemeente Voorbeeldstad\" is a fictional municipality;",
        "no answer comes from a real person and the reference group is invented. The files are generated by",
        "`resources/make_demo_data.py` (fixed seed, byte-identical on every run). Regenerate with:",
        "",
        "    python resources/make_demo_data.py",
        "",
        "| file | shape |",
        "|---|---|",
        f"| `ceo_jeugd_voorbeeldstad_2022.sav` | SPSS, {DEMO_YEARS[2022]} respondents; codes with value labels (1 Altijd, 2 Vaak, 3 Soms, 4 Nooit, 5 Niet van toepassing, 9 Geen antwoord; j10: 1 Ja, 2 Nee, 3 Weet niet, 9 Geen antwoord), 9 declared user-missing, question text as variable label; `doelgroep` 1 Jongere / 2 Ouder/verzorger, `stadsdeel` 1 Centrum … 5 West, `rapportcijfer` 1-10 with 99 Geen antwoord user-missing, `weegfactor`; an open question \"{OPEN_QUESTION}\" (string column `opmerking`) |",
        f"| `ceo_jeugd_voorbeeldstad_2023.xlsx` | Excel, sheet \"Data\", {DEMO_YEARS[2023]} respondents, answers as text, question texts as headers; the j03 header lacks its full stop, the j06 header is lower case with a trailing space; open questions \"{BETTER_QUESTION}\" and \"{OPEN_QUESTION}\" |",
        f"| `ceo_jeugd_voorbeeldstad_2024.csv` | semicolon CSV, Windows-1252, CRLF, decimal comma in `rapportcijfer` and `weegfactor`, {DEMO_YEARS[2024]} respondents; j01 answers in lower case; open questions \"{BETTER_QUESTION}\" and \"{OPEN_QUESTION}\" (a quarter filled in, some é/ë/€) |",
        "| `referentiegroep_jeugd.xlsx` | reference group, sheet \"Referentiegroep\", long form: Vraag, Jaar, N, Percentage positief (integers), 2022-2024 |",
        "",
        "Blanks and \"Geen antwoord\" are sprinkled in (a few % per question). Counts are exact by design",
        "(not random draws), so the table below is what a correct analysis must find (unweighted;",
        "n = valid answers, i.e. Altijd/Vaak/Soms/Nooit or Ja/Nee).",
        "",
        "| question | year | n | positive | % positive | reference % |",
        "|---|---|---|---|---|---|",
    ]
    for r in counts:
        lines.append(f"| {r['col']} {r['vraag']} | {r['jaar']} | {r['n']} | {r['positief']} | {r['pct']:.1f} | "
                     f"{ref[(r['vraag'], r['jaar'])]} |")
    lines += [
        "",
        "The open answers are drawn from a fixed pool of invented comments (`DEMO_COMMENTS`, `BETTER_COMMENTS`);",
        "some carry invented personal data (names, phone numbers, an address, an e-mail address, a date of",
        "birth) as clients write them, so that the masking of the window, the report appendix",
        "(`--open-answers`) and the export has something to remove.",
        "",
        "Mean report grade (rapportcijfer, 99 and blanks excluded): "
        + ", ".join(f"{y}: {g:.2f}" for y, g in grades.items()) + ".",
        "",
        "What the demo is built to show: j01 significantly below the reference every year; j04 significantly",
        "above; j02, j03, j06 close to the reference (not significant); j05 a significant drop from 2023 to",
        "2024; j07 four points below the reference in 2024 but not significant; j09 in 2024 a small base",
        "(valid n between 10 and 29: indicative, no test); j10 (yes/no) significantly below the reference in",
        "2024 while the drop from 2023 is not significant.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEMO_DIR, help="folder for the demo files")
    parser.add_argument("--national", type=Path, metavar="PATH", help="write a national-scale .sav instead")
    parser.add_argument("--respondents", type=int, default=400_000)
    parser.add_argument("--questions", type=int, default=40)
    args = parser.parse_args(argv)
    if args.national:
        df, labels, vlabels, missing = build_national_frame(args.respondents, args.questions)
        write_sav(df, args.national, labels, vlabels, missing, row_compress=True)
        print(f"wrote {args.national} ({len(df)} rows x {df.shape[1]} columns, synthetic)")
        return 0
    for path in write_demo(args.out):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the name lists in ceo_desk/resources/names/ that the masking of open answers uses.

Sources (public name statistics; download them first, then run this script once):

- first names: the Meertens Instituut's Nederlandse Voornamenbank, yearly top-100 of boys' and girls'
  names 1880-2014, as tabulated in github.com/Josha91/DutchFirstNames
  (``name_popularity_netherlands_1880-2014.csv``, MIT licence);
- surnames: the Meertens Instituut / CBG Nederlandse Familienamenbank, the 1,000 most frequent surnames
  in the 2007 census, as tabulated in github.com/digitalheir/family-names-in-the-netherlands
  (``top_1000_last_names_in_the_netherlands_2007.csv``, data CC-0);
- which names are also Dutch words: the OpenTaal word list (Debian package ``wdutch``,
  ``/usr/share/dict/dutch``, BSD / CC-BY 3.0).

    python resources/make_name_lists.py FIRST.csv LAST.csv [/usr/share/dict/dutch]

Call names and names common among clients that the yearly top-100 lists miss (Kees, Henk, Wil,
Mohammed, ...) are added from ``EXTRA_FIRST_NAMES`` below; the names that are also common words in
client comments (``roos``, ``max``, ``job`` ...) are chosen by hand in ``COMMON_WORD_FIRST_NAMES``.
"""

from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "ceo_desk" / "resources" / "names"

EXTRA_FIRST_NAMES = """
Kees Henk Wim Joop Truus Riet Bep Miep Ria Els Ans Toos Gerda Ineke Marja Marjan Annemarie Mieke Hennie
Harry Ton Frans Gert Bert Cor Jos Sjaak Sjoerd Ben Wil Wilma Hetty Jolanda Yvonne Patricia Bianca Mirjam
Marloes Femke Sanne Lieke Anouk Manon Ilona Esther Margo Karin Ingrid Astrid Miranda Natasja Chantal Petra
Mohammed Mohamed Ahmed Fatima Aisha Yasmine Youssef Ibrahim Omar Amira Nour Hamza Bilal Mehmet Mustafa
Zeynep Ali Yusuf Emre Ayoub Soufiane Khadija Samira Naima Hatice Ayse Murat Hasan Hussein Priya Rajesh
Jeroen Sander Dennis Kevin Mark Niels Joost Remco Ruben Stefan Jasper Wouter Marieke Joyce Nicole Linda
""".split()

# First names whose lower-case form is an everyday word in client comments: at the start of a
# sentence they are only masked with more evidence (a title, a surname, a verb that follows).
COMMON_WORD_FIRST_NAMES = """
roos max job bas mark iris merel fleur bob jack mats maatje wil amber jade linde margriet madelief jasmijn
marjolein arend rob mees marina mare ester karen frank hans peter bo cas puck daisy nova donna
""".split()

# Words that look like names in the lists but are (nearly) always something else in these comments.
NOT_NAMES = """
dokter meester zuster juf heer oost west noord zuid engels frans duits
""".split()


def first_names(path: Path) -> list[str]:
    counts: collections.Counter = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            counts[row["naam"].strip()] += float(row["aantal"] or 0)
    names = [n for n, _ in counts.most_common() if n]
    for extra in EXTRA_FIRST_NAMES:
        if extra not in counts:
            names.append(extra)
    return names


def surnames(path: Path) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        names = [row["natural name"].strip() for row in csv.DictReader(fh)]
    return [n.replace("' t ", "'t ") for n in names if n]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    first = [n for n in first_names(Path(argv[0])) if n.lower() not in NOT_NAMES]
    last = [n for n in surnames(Path(argv[1])) if n.lower() not in NOT_NAMES]
    dictionary = Path(argv[2] if len(argv) > 2 else "/usr/share/dict/dutch")
    words = {w.strip() for w in dictionary.read_text(encoding="utf-8").splitlines() if w[:1].islower()}
    cores = {n.lower() for n in first} | {n.split()[-1].lower() for n in last}
    word_like = sorted(c for c in cores if c in words)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "voornamen.txt").write_text("\n".join(first) + "\n", encoding="utf-8")
    (OUT / "achternamen.txt").write_text("\n".join(last) + "\n", encoding="utf-8")
    (OUT / "naam_is_woord.txt").write_text("\n".join(word_like) + "\n", encoding="utf-8")
    (OUT / "naam_is_gewoon_woord.txt").write_text("\n".join(sorted(set(COMMON_WORD_FIRST_NAMES))) + "\n",
                                                  encoding="utf-8")
    print(f"{len(first)} first names, {len(last)} surnames, {len(word_like)} names that are also words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

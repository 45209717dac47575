"""Labels carried across files of one survey: codes without labels take the labels other files give.

The 2024 CSV holds ``doelgroep`` as 1 and 2; the 2022 and 2023 SPSS files label 1 "Jongere (12-18 jaar)"
and 2 "Ouder / verzorger". Read together, the CSV's codes take those labels (with a notice), so that
groups and questions line up across the years. Files that label one code differently get a warning.
"""

from __future__ import annotations

import numpy as np

from ceo_desk.io.raw import RawColumn, RawTable
from ceo_desk.model.errors import Notice
from ceo_desk.model.scales import normalise_label


def _key(column: RawColumn) -> str:
    return normalise_label(column.name)


def _present_codes(column: RawColumn) -> set[float]:
    values = column.values[~np.isnan(column.values)]
    return {float(v) for v in np.unique(values)}


def share_labels(tables: list[RawTable]) -> None:
    """Give unlabelled numeric columns the labels that other tables give the same column (in place).

    A column takes labels only when every code it holds is labelled there; notices go to the table's
    warnings. Two tables that label one code differently get a warning and nothing is carried for it.
    """
    donors: dict[str, list[tuple[RawTable, RawColumn]]] = {}
    for table in tables:
        for column in table.columns:
            if column.is_numeric and column.value_labels:
                donors.setdefault(_key(column), []).append((table, column))
    agreed: dict[str, tuple[dict[float, str], set[float], RawTable]] = {}
    for key, given in donors.items():
        labels: dict[float, str] = {}
        missing: set[float] = set()
        first_table = given[0][0]
        for table, column in given:
            for code, label in column.value_labels.items():
                known = labels.get(code)
                if known is not None and normalise_label(known) != normalise_label(label):
                    table.warnings.append(Notice(table.path, "io_import.labels_conflict",
                                                 {"code": f"{code:g}", "label": label, "other": known,
                                                  "source": first_table.path.name}, column=column.name))
                    continue
                labels.setdefault(code, label)
            missing |= set(column.user_missing)
        agreed[key] = (labels, missing, first_table)
    for table in tables:
        for column in table.columns:
            if not column.is_numeric or column.value_labels or _key(column) not in agreed:
                continue
            labels, missing, source = agreed[_key(column)]
            codes = _present_codes(column)
            if not codes or not codes <= set(labels) | missing:
                continue
            column.value_labels = dict(labels)
            column.user_missing = set(column.user_missing) | missing
            shown = ", ".join(f"{c:g} = {labels[c]}" for c in sorted(codes) if c in labels)
            table.warnings.append(Notice(table.path, "io_import.labels_carried",
                                         {"source": source.path.name, "labels": shown}, column=column.name))

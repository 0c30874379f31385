"""What a connector said about single rows: problems that reject a row (a missing XPlanGML
element, a CSV row with more values than columns), and CSV rows with fewer values than the
header has columns, which only the schema can judge."""
from __future__ import annotations

import pandas as pd

from connectors.delivery import ROW_PROBLEMS, SHORT_ROW, Delivery
from pipelines.core.german import german_number
from pipelines.core.problems import Problem
from schemas import DatasetSchema

# Short rows named one by one in the notes; the rest are counted (a file whose every line
# lacks its last ";" would otherwise fill the report with one note per row).
_NAMED_ROWS = 10


def row_problems(delivery: Delivery, values: pd.DataFrame, schema: DatasetSchema,
                 found: list[Problem], notes: list[str]) -> list[Problem]:
    """The connector's problems of single rows, and those of rows that came short: a row
    whose lacking values leave a mandatory field empty (after geocoding, which may fill the
    place; not one whose value was there but unreadable, a problem `found` already) is
    rejected with the reason why the field is empty; any other short row goes on
    (to the suite, which may reject it for another value), its lacking values empty, and is
    named in `notes`."""
    if not isinstance(delivery.rows, list) and ROW_PROBLEMS not in delivery.columns:
        return []  # a file read column by column (CSV) has every value of every row
    problems: list[Problem] = []
    kept: list[str] = []
    mandatory = [f for f in schema.delivered_fields if f.required and f.name in values]
    reported = None  # the (row, field) of the problems found, gathered at the first short row
    for row, delivered in enumerate(delivery.rows):
        problems += [Problem(row, field, None, reason)
                     for field, reason in delivered.get(ROW_PROBLEMS, ())]
        short = delivered.get(SHORT_ROW)
        if short is None:
            continue
        if reported is None:
            reported = {(problem.row, problem.field) for problem in found}
        empty = [f for f in mandatory
                 if _empty(values.at[row, f.name]) and (row, f.name) not in reported]
        problems += [Problem(row, f.name, None, f"Pflichtfeld „{f.label}“ ist leer: {short} "
                                                f"Bitte die Zeile vollständig liefern")
                     for f in empty]
        if not empty:
            kept.append(f"{delivery.refs[row]}: {short} Die fehlenden Werte bleiben leer")
    notes += kept[:_NAMED_ROWS]
    if len(kept) > _NAMED_ROWS:
        notes.append(f"… und {german_number(len(kept) - _NAMED_ROWS)} weitere Zeilen mit zu "
                     f"wenigen Werten, deren fehlende Werte leer bleiben")
    return problems


def _empty(value) -> bool:
    """What the suite's rule for a mandatory field takes as empty."""
    return value is None or value == "" or (not isinstance(value, str) and bool(pd.isna(value)))

"""Excel's day numbers in date fields, read as the days Excel shows for them.

A date cell whose format was lost („Standard“) holds its day number: days since 30.12.1899,
46023 for 1.1.2026, with the time as a fraction of the day („46023,79167“ is 19:00). An
Excel or OpenDocument file delivers it as a number, a CSV file saved from the sheet as the
text German Excel shows. One rule holds for every date and date-time field – start and end,
a column of its own or joined with a time column (`start: [Datum, von]`), CSV, XLSX and ODS,
the column-wise path and the value-by-value one alike: a day number from 1.1.1950 to
31.12.2100 is the day Excel shows for it, and the member's report says so and names the day
(`day_number_notes`).

Why read and not refuse: a clerk (in Kusel, say) whose sheet shows 46361 has a column that
lost its date format, not a value meant otherwise. The day is certain – the refusal named it
already – and refusing made her reformat the column and deliver again for a value the
platform knew, while the Excel file of the same sheet was read; a „Datum + bis“ with an
empty end time had its end read and its start refused. The note names the day she can check,
so a number that was no date (a postal code in the wrong column) does not pass unseen. The
range keeps years (2021), compact dates (20261203) and small counts out; it reaches back to
1950 because building plans in force today were decided then.
"""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta

import numpy as np
import pandas as pd

from pipelines.core.german import counted
from pipelines.ingest.texts import as_text, each_distinct
from schemas import DatasetSchema

_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_SERIALS = (18264, 73416)  # 1.1.1950 to 31.12.2100
# The day number alone as a word („46023“, „46023 19:00“, „46023 bis 46025“), and with the
# fraction of its day as the whole value („46023,79167“; a point from English Excel)
_WHOLE = re.compile(r"(?<!\S)(\d{5})(?!\S)")
_WITH_FRACTION = re.compile(r"\d{5}[,.]\d+")


def excel_serial(raw, per_day: int = 86400) -> datetime | None:
    """The wall time of a day number cell, to the second (`per_day` 1440: to the minute)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and \
            _EXCEL_SERIALS[0] <= raw < _EXCEL_SERIALS[1]:
        return _EXCEL_EPOCH + timedelta(seconds=round(raw * per_day) * (86400 // per_day))
    return None


def written_out(text: str) -> str:
    """The text with its day numbers as the days they are, in ISO („2026-01-01“, or
    „2026-01-01 19:00“ for one with its fraction, to the minute as a time cell shows it), for
    the readers of `pipelines.ingest.dates`; other texts as they are."""
    if _WITH_FRACTION.fullmatch(text):
        moment = excel_serial(float(text.replace(",", ".")), per_day=1440)
        return moment.isoformat(" ", "minutes") if moment else text
    return _WHOLE.sub(_iso_day, text) if _WHOLE.search(text) else text


def _iso_day(number: re.Match) -> str:
    day = excel_serial(int(number[1]))
    return day.date().isoformat() if day else number[1]


def _day_number(raw) -> tuple[str, str] | None:
    """The day number a delivered value holds, as Excel shows it in a cell formatted
    „Standard“, and the day (with its time, if it has one) Excel shows for it as a date; None
    for other values."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        # 46023,79167: the eleven characters of Excel's cell
        return _shown(f"{raw:.10g}".replace(".", ","), excel_serial(raw, per_day=1440))
    text = as_text(raw) or ""
    if _WITH_FRACTION.fullmatch(text):
        return _shown(text, excel_serial(float(text.replace(",", ".")), per_day=1440))
    found = next((number[1] for number in _WHOLE.finditer(text) if excel_serial(int(number[1]))),
                 None)
    return _shown(found, excel_serial(int(found))) if found else None


def _shown(number: str, moment: datetime | None) -> tuple[str, str] | None:
    if moment is None:
        return None
    return number, f"{moment:%d.%m.%Y}" if moment.time() == time() else f"{moment:%d.%m.%Y %H:%M}"


_NAMED_ROWS = 3


def day_number_notes(mapped: pd.DataFrame, rows: np.ndarray, refs: list[str],
                     schema: DatasetSchema, label) -> list[str]:
    """One note per date field of `mapped` (the delivered values) whose value was a day
    number in any of `rows` (the accepted rows, positions in the delivery): the first rows
    with their numbers and days, the others counted. `label(name)`: the field as the member's
    messages name it."""
    notes = []
    for f in schema.delivered_fields:
        if f.type not in ("date", "datetime") or f.name not in mapped:
            continue
        codes, found = each_distinct(mapped[f.name], _day_number)
        # only the rows with a day number are looked at one by one
        hits = rows[np.array([bool(answer) for answer in found])[codes[rows]]]
        if not len(hits):
            continue
        named = "; ".join(f"{refs[row]}: „{found[codes[row]][0]}“ ist der {found[codes[row]][1]}"
                          for row in hits[:_NAMED_ROWS])
        rest = counted(len(hits) - _NAMED_ROWS, "weiteren Zeile", "weiteren Zeilen")
        more = f"; ebenso in {rest}" if len(hits) > _NAMED_ROWS else ""
        notes.append(f"„{label(f.name)}“: Excel-Tagesnummer als Datum gelesen – {named}{more}. "
                     f"Die Zellen sind in Excel nicht als Datum formatiert; bitte prüfen, ob das "
                     f"die gemeinten Tage sind, und die Spalte als Datum (TT.MM.JJJJ) formatieren")
    return notes

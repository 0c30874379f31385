"""The CSV export as pandas writes it cell by cell: the reference that
`pipelines.export.delimited.write_csv` (which builds the file column by column in Arrow) must
match byte for byte – `csv_cell` of every cell, all-day events by their first and last day,
`to_csv` for German Excel."""
from __future__ import annotations

from datetime import timedelta

import pandas as pd

from pipelines.export.delimited import csv_cell
from pipelines.export.values import berlin, present


def reference_csv(frame: pd.DataFrame, fields) -> bytes:
    table = pd.DataFrame({f.label: [csv_cell(value, f) for value in frame[f.name]] for f in fields})
    if {"all_day", "start", "end"} <= {f.name for f in fields}:
        labels = {f.name: f.label for f in fields}
        for n, (_, row) in enumerate(frame.iterrows()):
            if present(row["all_day"]) and bool(row["all_day"]):
                table.iloc[n, table.columns.get_loc(labels["start"])], \
                    table.iloc[n, table.columns.get_loc(labels["end"])] = _days(row["start"], row["end"])
    return table.to_csv(sep=";", index=False, lineterminator="\r\n").encode("utf-8-sig")


def _days(start, end) -> tuple[str, str]:
    first = berlin(start).date()
    if not present(end):
        return first.isoformat(), ""
    stop = berlin(end)
    last = (stop - timedelta(days=1)).date() if stop == stop.normalize() else stop.date()
    return first.isoformat(), max(first, last).isoformat()

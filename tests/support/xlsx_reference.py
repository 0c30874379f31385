"""XLSX as openpyxl writes it cell by cell: the reference that
`pipelines.export.spreadsheet.write_xlsx` (which writes the data rows as sheet XML) must match
when both files are opened in openpyxl."""
from __future__ import annotations

import pandas as pd
from openpyxl import load_workbook

from pipelines.core.german import BERLIN, showing
from pipelines.export.spreadsheet import (EXCEL_ROWS, _cell, instant, sheet_counts,
                                          spreadsheet_columns, workbook)


def reference_xlsx(frame, schema, fields, path, about, rows_per_sheet=EXCEL_ROWS - 1):
    columns = spreadsheet_columns(schema, fields)
    order = [name for name in schema.sort_fields if name in frame]
    rows = frame.sort_values(order, kind="stable", na_position="last") if order else frame
    counts = sheet_counts(len(rows), rows_per_sheet)
    cells = [[(days[f.name], "date") if f.name in days else (record[f.name], f.type)
              for f in columns]
             for record in rows.to_dict("records")
             for days in [_days(record) if {"start", "end", "all_day"} <= record.keys() else {}]]
    # the columns with a time of the hour the clocks show twice, which say their showing
    twice = frozenset(f.name for row in cells for f, (value, kind) in zip(columns, row)
                      if kind == "datetime" and pd.notna(value) and showing(instant(value)))

    def fill(sheet, number):
        first = sum(counts[:number])
        for row in cells[first:first + counts[number]]:
            sheet.append([_cell(sheet, value, kind) for value, kind in row])

    workbook(schema, columns, counts, about, fill, twice).save(path)
    return path


def _days(record: dict) -> dict:
    """An all-day event's first and last day in Berlin, as the CSV shows them: its stored end
    is the midnight after the last day; none for other events."""
    if pd.isna(record["all_day"]) or not record["all_day"]:
        return {}
    start, end = (pd.Timestamp(record[name]).tz_convert(BERLIN) if pd.notna(record[name])
                  else None for name in ("start", "end"))
    first = None if start is None else start.date()
    last = None if end is None else (end - pd.Timedelta(days=1) if end == end.normalize() else end).date()
    return {"start": first, "end": None if last is None or first is None else max(last, first)}


def opened(path) -> list:
    """Everything a person sees of a workbook: per sheet its frozen pane, filter, column
    widths and every cell's value, type, number format and boldness."""
    book = load_workbook(path)
    return [(sheet.title, sheet.freeze_panes, sheet.auto_filter.ref,
             {key: d.width for key, d in sheet.column_dimensions.items()},
             [[(c.coordinate, c.value, c.data_type, c.number_format, c.font.b) for c in row]
              for row in sheet.iter_rows()]) for sheet in book.worksheets]

"""XLSX for people who open the data in Excel: typed cells, so nothing is guessed.

German Excel drops the leading zero of an AGS or postal code read from CSV and turns "3-7"
(house numbers) or "12.2" (plan numbers) into dates. Here every text field is a text cell,
numbers are numbers, dates and times are real Excel dates (Europe/Berlin), the columns a person
reads first lead (`reading_order` in schemas/) and rows come in a useful order (events by start).
A second sheet carries title, licence and attribution.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN
from schemas import DatasetSchema, Field

_FORMATS = {"datetime": "DD.MM.YYYY HH:MM", "date": "DD.MM.YYYY", "decimal": "#,##0.00####",
            "integer": "0", "string": "@"}


def spreadsheet_columns(schema: DatasetSchema, fields: tuple[Field, ...]) -> list[Field]:
    """The exported fields, the schema's lead fields first (a coded one by its label, e.g.
    „Ladenlokal“ rather than `ladenlokal`), the rest in schema order."""
    by_name = {f.name: f for f in fields}
    lead = [by_name.get(f"{name}_label", by_name.get(name)) for name in schema.lead_fields
            if name in by_name]
    return lead + [f for f in fields if f not in lead]


def write_xlsx(frame: pd.DataFrame, schema: DatasetSchema, fields: tuple[Field, ...], path: Path,
               about: dict) -> Path:
    columns = spreadsheet_columns(schema, fields)
    order = [name for name in schema.sort_fields if name in frame]
    rows = frame.sort_values(order, kind="stable", na_position="last") if order else frame
    book = Workbook(write_only=True)
    sheet = book.create_sheet(schema.title[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for f in columns:
        cell = WriteOnlyCell(sheet, value=f.label)
        cell.font = bold
        header.append(cell)
    for index, f in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(len(f.label) + 2, 12), 40)
    sheet.append(header)
    for record in rows[[f.name for f in columns]].itertuples(index=False):
        sheet.append([_cell(sheet, value, f) for value, f in zip(record, columns)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
    notes = book.create_sheet("Hinweise")
    for line in (about["title"], about["description"], f"Lizenz: {about['license_title']} "
                 f"({about['license']})", *(f"Quelle: {text}" for text in about["attribution"])):
        notes.append([_text(notes, line)])
    atomic_write(path, book.save)
    return path


def _cell(sheet, value, f: Field) -> WriteOnlyCell:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return WriteOnlyCell(sheet, value=None)
    if f.type == "datetime":
        cell = WriteOnlyCell(sheet, value=_local(value))
    elif f.type == "date":
        cell = WriteOnlyCell(sheet, value=pd.Timestamp(value).date())
    elif f.type in ("decimal", "integer"):
        cell = WriteOnlyCell(sheet, value=float(value) if f.type == "decimal" else int(value))
    elif f.type == "boolean":
        return _text(sheet, "ja" if value else "nein")
    else:
        return _text(sheet, str(value))
    cell.number_format = _FORMATS[f.type]
    return cell


def _text(sheet, text: str) -> WriteOnlyCell:
    """A text cell, also for text starting with "=": it is never run as a formula."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.number_format = "@"
    return cell


def _local(value) -> datetime:
    """Excel has no time zones: the wall-clock time in Europe/Berlin."""
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
    return stamp.tz_convert(BERLIN).tz_localize(None).to_pydatetime()


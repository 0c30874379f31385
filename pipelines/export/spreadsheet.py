"""XLSX for people who open the data in Excel: typed cells, so nothing is guessed.

German Excel drops the leading zero of an AGS or postal code read from CSV and turns "3-7"
(house numbers) or "12.2" (plan numbers) into dates. Here every text field is a text cell,
numbers are numbers, dates and times are real Excel dates (Europe/Berlin), the columns a person
reads first lead (`reading_order` in schemas/) and rows come in a useful order (events by start).
A second sheet carries title, licence and attribution.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN
from pipelines.export.values import each_distinct, joined, replaced
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


def sorted_rows(frame: pd.DataFrame, schema: DatasetSchema) -> pd.DataFrame:
    order = [name for name in schema.sort_fields if name in frame]
    return frame.sort_values(order, kind="stable", na_position="last") if order else frame


def workbook(schema: DatasetSchema, columns: list[Field], count: int, about: dict,
             fill: Callable) -> Workbook:
    """The workbook: a sheet with bold header, widths, frozen pane and a filter over `count`
    rows, which `fill(sheet)` appends below the header, and the notes sheet."""
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
    fill(sheet)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    notes = book.create_sheet("Hinweise")
    for line in (about["title"], about["description"], f"Lizenz: {about['license_title']} "
                 f"({about['license']})", *(f"Quelle: {text}" for text in about["attribution"])):
        notes.append([_text(notes, line)])
    return book


def write_xlsx(frame: pd.DataFrame, schema: DatasetSchema, fields: tuple[Field, ...], path: Path,
               about: dict) -> Path:
    """openpyxl writes the workbook around the data (header, widths, frozen pane, filter,
    notes sheet, styles) with one template row holding a cell of each column's kind; the
    data rows are then written as sheet XML column by column in the template's styles (a
    million rows through openpyxl's cells would take an hour)."""
    columns = spreadsheet_columns(schema, fields)
    rows = sorted_rows(frame, schema)
    book = workbook(schema, columns, len(rows), about, lambda sheet: sheet.append(
        [_cell(sheet, _TEMPLATE[f.type], f) for f in columns]))
    shell = io.BytesIO()
    book.save(shell)

    def write(partial: str) -> None:
        with zipfile.ZipFile(shell) as source, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED,
                                                                 compresslevel=1) as target:
            for entry in source.infolist():
                data = source.read(entry)
                if entry.filename == "xl/worksheets/sheet1.xml":
                    data = _with_rows(data.decode("utf-8"), rows, columns)
                target.writestr(entry.filename, data)

    atomic_write(path, write)
    return path


# A value of each kind for the template row, so that openpyxl makes the cell styles.
_TEMPLATE = {"string": "x", "boolean": True, "decimal": 1.5, "integer": 1,
             "date": date(2000, 1, 1), "datetime": pd.Timestamp("2000-01-01", tz="UTC")}
_TEMPLATE_CELL = re.compile(r'<c r="([A-Z]+)2" s="(\d+)" t="(\w+)">')


def _with_rows(xml: str, rows: pd.DataFrame, columns: list[Field]) -> bytes:
    """The sheet's XML with the template row replaced by the data rows, joined in Arrow."""
    begin = xml.index('<row r="2">')
    end = xml.index("</row>", begin) + len("</row>")
    styles = {letter: style for letter, style, _ in _TEMPLATE_CELL.findall(xml[begin:end])}
    bodies = []
    for first in range(0, len(rows), _ROWS_AT_ONCE):
        part = rows.iloc[first:first + _ROWS_AT_ONCE]
        numbers = pa.array(np.arange(first + 2, first + len(part) + 2)).cast(pa.string())
        cells = [_xml_cells(part[f.name], f, get_column_letter(index),
                            styles[get_column_letter(index)], numbers)
                 for index, f in enumerate(columns, start=1)]
        bodies.append(joined(pc.binary_join_element_wise('<row r="', numbers, '">', *cells,
                                                         "</row>", "")))
    return b"".join([xml[:begin].encode("utf-8"), *bodies, xml[end:].encode("utf-8")])


# Rows joined at once: an Arrow text array holds at most 2 GiB, a row takes about 2 KB.
_ROWS_AT_ONCE = 250_000


def _xml_cells(values: pd.Series, f: Field, letter: str, style: str, numbers: pa.Array) -> pa.Array:
    """One column's cells as openpyxl writes them (`_cell`): "" where the value is missing;
    each distinct value's content written once."""
    missing = values.isna().to_numpy()
    if f.type in ("string", "boolean"):
        if f.type == "boolean":
            texts = pd.Series(np.where(missing, "", np.where(values.fillna(False).astype(bool),
                                                            "ja", "nein")), dtype=object)
        else:
            texts = values.astype(object).where(~missing, "").astype(str)
        head, content, tail = f'" s="{style}" t="inlineStr"><is>', _inline(texts), "</t></is></c>"
    else:
        head, tail = f'" s="{style}" t="n"><v>', "</v></c>"
        content = pa.array(each_distinct(values, lambda value: safe_string(_number(value, f)), ""),
                           pa.string())
    cells = pc.binary_join_element_wise(f'<c r="{letter}', numbers, head, content, tail, "")
    return pc.if_else(pa.array(missing), "", cells)


def _inline(texts: pd.Series) -> pa.Array:
    """Texts as openpyxl writes them into inline-string cells, up to the closing tag:
    at most 32,767 characters, escaped, with xml:space="preserve" where Python's strip()
    would take something off; illegal characters refused as openpyxl refuses them."""
    texts = pa.array(texts, pa.string())
    if (pc.max(pc.binary_length(texts)).as_py() or 0) > 32767:  # octets: at least the characters
        texts = pc.utf8_slice_codeunits(texts, 0, 32767)
    if not pc.any(pc.match_substring_regex(texts, _SPECIAL)).as_py():  # most columns
        return pc.binary_join_element_wise("<t>", texts, "")
    illegal = pc.match_substring_regex(texts, _ILLEGAL)
    if pc.any(illegal).as_py():
        text = texts.filter(illegal)[0].as_py()
        raise IllegalCharacterError(f"{text} cannot be used in worksheets.")
    escaped = replaced(texts, (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;")))
    space = pc.if_else(pc.match_substring_regex(texts, f"^{_SPACE}|{_SPACE}$"),
                       ' xml:space="preserve"', "")
    return pc.binary_join_element_wise("<t", space, ">", escaped, "")


# openpyxl's ILLEGAL_CHARACTERS_RE, and the characters Python's str.isspace() counts
_ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_SPACE = (r"[\t\n\x0b\x0c\r\x1c-\x20\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}"
          r"\x{2029}\x{202f}\x{205f}\x{3000}]")
_SPECIAL = f"{_ILLEGAL}|[&<>\\r]|^{_SPACE}|{_SPACE}$"  # anything of the above


def _number(value, f: Field):
    """What openpyxl stores for a number, date or time cell (`_cell`)."""
    if f.type == "datetime":
        return to_excel(_local(value))
    if f.type == "date":
        return to_excel(pd.Timestamp(value).date())
    return float(value) if f.type == "decimal" else int(value)


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


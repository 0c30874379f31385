"""XLSX for people who open the data in Excel: typed cells, so nothing is guessed.

German Excel drops the leading zero of an AGS or postal code read from CSV and turns "3-7"
(house numbers) or "12.2" (plan numbers) into dates. Here every text field is a text cell,
numbers are numbers, dates and times are real Excel dates (Europe/Berlin), the columns a person
reads first lead (`reading_order` in schemas/) and rows come in a useful order (events by start).
Rows beyond Excel's 1,048,575 a sheet go on further sheets („Veranstaltungen (2)“, …); the
last sheet carries title, licence, attribution and, where the rows are split, how.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN, german_number, showing
from pipelines.export.cell_xml import (LARGE, SHARED, all_day_content, cell_texts, joined_once,
                                       number_content, rows_size, text_cells,
                                       time_content, twice_shown)
from pipelines.export.metadata import schema_note
from pipelines.export.sheet_rows import sheet_rows
from pipelines.export.values import batches, column, encoded, joined
from pipelines.export.zip_stream import LEVEL, write_streamed
from schemas import DatasetSchema, Field

# Decimals to the seventh place: coordinates are kept to seven (about a centimetre).
_FORMATS = {"datetime": "DD.MM.YYYY HH:MM", "date": "DD.MM.YYYY", "decimal": "#,##0.00#####",
            "integer": "0", "string": "@"}
# Columns at least as wide as their values in these formats (in characters), so that dates
# and times never show as „###“ (16 characters for „06.12.2026 19:00“ and a margin; 23 for
# „25.10.2026 02:30 (MESZ)“ in the hour the clocks show twice, where a column holds it).
_WIDTHS = {"datetime": 17, "date": 12, "decimal": 13, "twice": 24}


def spreadsheet_columns(schema: DatasetSchema, fields: tuple[Field, ...]) -> list[Field]:
    """The exported fields, the schema's lead fields first (a coded one by its label, e.g.
    „Ladenlokal“ rather than `ladenlokal`), the rest in schema order."""
    by_name = {f.name: f for f in fields}
    lead = [by_name.get(f"{name}_label", by_name.get(name)) for name in schema.lead_fields
            if name in by_name]
    return lead + [f for f in fields if f not in lead]


def row_order(table: pa.Table, schema: DatasetSchema) -> np.ndarray:
    """Positions of the rows in reading order: by the schema's sort fields, missing values
    last, ties as they came (a stable sort in Arrow)."""
    keys = [name for name in schema.sort_fields if name in table.column_names]
    if not keys:
        return np.arange(len(table))
    return pc.sort_indices(table.select(keys), sort_keys=[
        (name, "ascending", "at_end") for name in keys]).to_numpy()


# Rows of a sheet in Excel, the header's included: a workbook with more is "damaged" to Excel.
EXCEL_ROWS = 1_048_576


def sheet_counts(rows: int, rows_per_sheet: int = EXCEL_ROWS - 1) -> list[int]:
    """The data rows of each sheet: as many as fit on a sheet, the rest on the next ones
    (an empty table still has its sheet, with the header alone)."""
    return [min(rows_per_sheet, rows - first) for first in range(0, rows, rows_per_sheet)] or [0]


def workbook(schema: DatasetSchema, columns: list[Field], counts: list[int], about: dict,
             fill: Callable, twice: frozenset[str] = frozenset()) -> Workbook:
    """The workbook: per count a sheet with bold header, widths, frozen pane and a filter
    over that many rows, which `fill(sheet, number)` appends below the header (number 0 the
    first sheet), and the notes sheet. The columns named in `twice` hold times of the hour
    the clocks show twice, with their showing: they are wider."""
    book = Workbook(write_only=True)
    names = [_sheet_name(schema.title, number) for number in range(len(counts))]
    for number, (name, count) in enumerate(zip(names, counts)):
        sheet = book.create_sheet(name)
        headed(sheet, [f.label for f in columns],
               [min(max(len(f.label) + 2, _WIDTHS.get("twice" if f.name in twice else f.type, 12)),
                    40) for f in columns])
        fill(sheet, number)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    notes = book.create_sheet("Hinweise")
    split = [] if len(counts) == 1 else [
        f"Die {german_number(sum(counts))} Zeilen stehen auf {len(counts)} Tabellenblättern "
        f"(„{names[0]}“ bis „{names[-1]}“) mit je höchstens {german_number(counts[0])} Zeilen: "
        f"mehr fasst ein Tabellenblatt in Excel nicht ({german_number(EXCEL_ROWS)} Zeilen mit "
        f"der Kopfzeile)."]
    for line in (about["title"], about["description"], *split, f"Herausgeber: {about['publisher']}",
                 f"Lizenz: {about['license_title']} "
                 f"({about['license']})", *(f"Quelle: {text}" for text in about["attribution"]),
                 schema_note(schema.version, schema.content_hash)):
        notes.append([text_cell(notes, line)])
    return book


def headed(sheet, labels: list[str], widths: list[float]) -> None:
    """A sheet's header row in bold, its columns this wide, the header fixed while scrolling."""
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    header, bold = [WriteOnlyCell(sheet, value=label) for label in labels], Font(bold=True)
    for cell in header:
        cell.font = bold
    sheet.append(header)


def _sheet_name(title: str, number: int) -> str:
    """The name of data sheet `number` (0 the first): the dataset's title, the further ones
    numbered from 2 on; at most Excel's 31 characters."""
    suffix = f" ({number + 1})" if number else ""
    return title[:31 - len(suffix)] + suffix


def write_xlsx(table: pa.Table, schema: DatasetSchema, fields: tuple[Field, ...], path: Path,
               about: dict, rows_per_sheet: int = EXCEL_ROWS - 1) -> Path:
    """openpyxl writes the workbook around the data (header, widths, frozen pane, filter,
    notes sheet, styles) with one template row holding a cell of each column's kind; the
    data rows are then written as sheet XML in the template's styles (a million rows through
    openpyxl's cells would take an hour): each column's cell contents in Arrow (`cell_xml`) from
    the export table (`geoarrow_table` of the records), the rows taken piece by piece by Arrow
    (`sheet_rows`) and streamed into the zip a batch at a time, `rows_per_sheet` on a sheet. Texts that repeat go into
    the workbook's shared strings, each distinct one once: a cell holds its position (for a
    million events a third less sheet XML to join and deflate)."""
    columns = spreadsheet_columns(schema, fields)
    counts = sheet_counts(len(table), rows_per_sheet)
    twice = twice_shown(table, [f.name for f in columns if f.type == "datetime"])
    # beyond the columns a date's cell, for the days of all-day events (`all_day_content`),
    # and where needed the times' of each showing of the hour shown twice (`time_content`)
    book = workbook(schema, columns, counts, about, lambda sheet, _: sheet.append(
        [_cell(sheet, _TEMPLATE[kind], kind) for kind in [f.type for f in columns] + ["date"]]
        + [_cell(sheet, moment, "datetime") for moment in _TWICE if twice]), twice)
    shell = io.BytesIO()
    book.save(shell)
    # the data sheets are the first ones; each is given the rows from `first` on
    sheets = {_SHEET.format(number + 1): (sum(counts[:number]), count)
              for number, count in enumerate(counts)}
    with zipfile.ZipFile(shell) as source:  # the same template row on every data sheet
        template = _TEMPLATE_ROW.search(source.read(_SHEET.format(1)).decode("utf-8")).group()
    cells, strings = _sheet_cells(table, row_order(table, schema), columns, template)
    uses = sum(len(content) - content.null_count for _, opening, content, _ in cells
               if opening.endswith(SHARED))
    cells = joined_once(cells)

    def write(partial: str) -> None:
        with zipfile.ZipFile(shell) as source, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED,
                                                                 compresslevel=LEVEL) as target:
            for entry in source.infolist():
                data = source.read(entry)
                if entry.filename == _SHEET.format(1):  # the strings before the sheets that use them
                    _write_shared_strings(target, strings, uses)
                if entry.filename in _NAMING_PARTS:
                    data = _NAMING_PARTS[entry.filename](data.decode("utf-8")).encode("utf-8")
                if entry.filename not in sheets:
                    target.writestr(entry.filename, data)
                    continue
                xml = data.decode("utf-8")
                begin = xml.index(template)
                end = begin + len(template)
                rows = _sheet_part(cells, *sheets[entry.filename])
                write_streamed(target, entry.filename, begin + rows_size(rows) + len(xml) - end,
                               chain([xml[:begin].encode("utf-8")], sheet_rows(rows),
                                     [xml[end:].encode("utf-8")]))  # the shell's XML is ASCII

    atomic_write(path, write)
    return path


_SHARED_STRINGS = "xl/sharedStrings.xml"


def _write_shared_strings(target: zipfile.ZipFile, strings: pa.Array, uses: int) -> None:
    """The shared strings' part: their entries, and how many cells of all sheets use them."""
    head = (f'<sst xmlns="{_MAIN}" count="{uses}" uniqueCount="{len(strings)}">').encode("utf-8")
    size = len(head) + (pc.sum(pc.binary_length(strings)).as_py() or 0) + len(b"</sst>")
    write_streamed(target, _SHARED_STRINGS, size, chain(
        [head], (joined(strings.slice(first, count)) for first, count in batches(len(strings))),
        [b"</sst>"]))


def _with_shared_strings_type(types: str) -> str:
    return types.replace("</Types>", f'<Override PartName="/{_SHARED_STRINGS}" ContentType="'
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.'
                         'sharedStrings+xml"/></Types>')


def _with_shared_strings_relation(relations: str) -> str:
    """The workbook's relations with one to the shared strings, under an id not yet taken."""
    taken = max(map(int, re.findall(r'Id="rId(\d+)"', relations)), default=0)
    return relations.replace("</Relationships>", '<Relationship Type="http://schemas.'
                             'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
                             f' Target="sharedStrings.xml" Id="rId{taken + 1}"/></Relationships>')


# The parts of the workbook that name the shared strings' part
_NAMING_PARTS = {"[Content_Types].xml": _with_shared_strings_type,
                 "xl/_rels/workbook.xml.rels": _with_shared_strings_relation}
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SHEET = "xl/worksheets/sheet{}.xml"
# A value of each kind for the template row, so that openpyxl makes the cell styles.
_TEMPLATE = {"string": "x", "boolean": True, "decimal": 1.5, "integer": 1,
             "date": date(2000, 1, 1), "datetime": pd.Timestamp("2000-01-01", tz="UTC")}
# A time of each showing of the hour shown twice: 02:30 summer time, then winter time
_TWICE = (pd.Timestamp("2000-10-29 00:30", tz="UTC"), pd.Timestamp("2000-10-29 01:30", tz="UTC"))
_TEMPLATE_ROW = re.compile(r'<row r="2">.*?</row>')
_TEMPLATE_CELL = re.compile(r'<c r="([A-Z]+)2" s="(\d+)" t="(\w+)">')


def _sheet_cells(table: pa.Table, order: np.ndarray, columns: list[Field],
                 template: str) -> tuple[list, pa.Array]:
    """Per column the beginning of its cells (`<c r="` and its letter), the XML before the
    content, the contents in reading order and the XML after them, in the template row's
    style: a `<c>` element is beginning + row number + before + content + after, none where
    the content is missing; and the entries of the shared strings the text cells point to."""
    styles = {letter: style for letter, style, _ in _TEMPLATE_CELL.findall(template)}
    order = pa.array(order)
    texts = [cell_texts(table, f) for f in columns]
    made, strings = text_cells([each for each in texts if each is not None], order)
    made = iter(made)
    # the styles of the showings' cells after the date cell, where the workbook has them
    beyond = [styles.get(get_column_letter(len(columns) + n)) for n in (2, 3)]
    twice = {showing(moment): style for moment, style in zip(_TWICE, beyond) if style}
    days = _all_day_cells(table, columns, order, styles, twice)
    cells = []
    for index, (f, each) in enumerate(zip(columns, texts), start=1):
        letter = get_column_letter(index)
        if f.name in days or f.type == "datetime":  # the style is the opening's or each content's
            opening, content, closing = days.get(f.name) or time_content(
                encoded(table, f.name), order, {"": styles[letter], **twice})
            cells.append((f'<c r="{letter}', f'" s="{opening}', content, closing))
            continue
        opening, content, closing = (next(made) if each is not None else
                                     number_content(encoded(table, f.name), f.type, order))
        cells.append((f'<c r="{letter}', f'" s="{styles[letter]}"{opening}', content, closing))
    return cells, strings


def _all_day_cells(table: pa.Table, columns: list[Field], order: pa.Array, styles: dict[str, str],
                   twice: dict[str, str]) -> dict[str, tuple[str, pa.Array, str]]:
    """`all_day_content` where some events are all-day (days in the date cell's style, times
    in the start's and those of the hour shown twice in the style of their showing, `twice`)."""
    names = [f.name for f in columns]
    if not {"start", "end", "all_day"} <= {*names} or not pc.any(column(table, "all_day")).as_py():
        return {}
    return all_day_content(column(table, "start"), column(table, "end"), column(table, "all_day"),
                           order, ({"": styles[get_column_letter(names.index("start") + 1)], **twice},
                                   styles[get_column_letter(len(columns) + 1)]))


def _sheet_part(cells: list, first: int, count: int) -> list:
    """The cells of the `count` rows from `first` on, as a sheet holds them: the row
    numbers (from 2, below the header) last."""
    return [*((beginning, opening, content.slice(first, count), closing)
              for beginning, opening, content, closing in cells),
            pa.array(np.arange(2, count + 2)).cast(LARGE)]


def _cell(sheet, value, kind: str) -> WriteOnlyCell:
    """A cell of the value as a person reads it: a time of the hour the clocks show twice
    says which showing it is („25.10.2026 02:30 (MESZ)“, `german.showing`) in its format."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return WriteOnlyCell(sheet, value=None)
    if kind == "datetime":
        cell = WriteOnlyCell(sheet, value=_local(value))
        mark = showing(instant(value))
        cell.number_format = _FORMATS[kind] + (f'"{mark}"' if mark else "")
        return cell
    elif kind == "date":
        cell = WriteOnlyCell(sheet, value=pd.Timestamp(value).date())
    elif kind in ("decimal", "integer"):
        cell = WriteOnlyCell(sheet, value=float(value) if kind == "decimal" else int(value))
    elif kind == "boolean":
        return text_cell(sheet, "ja" if value else "nein")
    else:
        return text_cell(sheet, str(value))
    cell.number_format = _FORMATS[kind]
    return cell


def text_cell(sheet, text: str) -> WriteOnlyCell:
    """A text cell, also for text starting with "=": it is never run as a formula."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    cell.number_format = "@"
    return cell


def _local(value) -> datetime:
    """Excel has no time zones: the wall-clock time in Europe/Berlin."""
    return instant(value).tz_convert(BERLIN).tz_localize(None).to_pydatetime()


def instant(value) -> pd.Timestamp:
    """A stored time as an instant: one without zone is UTC."""
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp


"""CSV for German Excel: UTF-8 with BOM, `;`, decimal comma, CRLF, German headers, and cells
that Excel would run as a formula neutralised; beside it its CSV-on-the-Web metadata.

The file is made column by column in Arrow from the export table (`geoarrow_table` of the
records): times formatted by Arrow in Berlin time, each other repeating value (dates, prices)
once per distinct value (`csv_cell`), texts neutralised and quoted as Python's csv module
quotes them (QUOTE_MINIMAL: a cell holding `;`, `"`, CR or LF in quotes, quotes doubled), each
column once for the whole table, and the lines joined in Arrow, not row by row
(`values.lines`: neighbouring repeating cells once per combination that occurs).
tests/test_export.py compares the bytes with pandas' `to_csv` of `csv_cell` of every cell.
"""
from __future__ import annotations

import json
from itertools import chain
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.core.files import atomic_write
from pipelines.core.german import FORMULA_START, excel_text, showing
from pipelines.export.berlin_time import all_day_days, berlin_times
from pipelines.export.lines import lines
from pipelines.export.values import (berlin, chosen, column, distinct_texts, encoded, per_distinct,
                                     present, repeating, rows_holding, starting_with,
                                     with_replaced, write_parts)
from schemas import Field

_NEEDS_QUOTES = ';"\r\n'


def write_csv(table: pa.Table, fields: tuple[Field, ...], path: Path, about: dict) -> Path:
    # German headers for people in Excel; the field names are in the CSVW metadata.
    header = ";".join(_quoted_cell(f.label) for f in fields)
    atomic_write(path, lambda partial: write_parts(partial, chain(
        ["\ufeff" + header + "\r\n"], _lines(table, fields))))
    metadata = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "de"}],
        "url": path.name,
        "dc:title": about["title"],
        "dc:description": about["description"],
        "dc:publisher": about["publisher"],
        "dc:license": {"@id": about["license"]},
        "dc:source": about["attribution"],
        "dialect": {"delimiter": ";", "encoding": "utf-8", "header": True},
        "tableSchema": {"schema:version": about["schema_version"],
                        "schema:sha256": about["schema_hash"],
                        "columns": [{"name": f.name, "titles": f.label, "dc:description":
                                     f.description, "datatype": _csvw_type(f, fields)}
                                    for f in fields]},
    }
    atomic_write(path.with_name(path.name + "-metadata.json"), lambda partial: Path(partial)
                 .write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8"))
    return path


def _lines(table: pa.Table, fields: tuple[Field, ...]):
    """The lines of the records, a batch of rows at a time (written before the next is
    made), each column's cells made once for the whole table (`_cells`), one after the
    other as `lines` joins them."""
    all_day = {"all_day", "start", "end"} <= {f.name for f in fields}

    def pieces():
        for n, f in enumerate(fields):
            cells = _cells(table, f)
            if all_day and f.name in ("start", "end"):
                cells = _all_day_dates(table, f.name, cells)
            yield from ([";", cells] if n else [cells])
        yield "\r\n"
    return lines(pieces(), len(table))


def _cells(table: pa.Table, f: Field) -> pa.Array:
    """The cells of a column: `csv_cell` of each value, quoted as the csv module would.
    Each distinct value of a column whose values repeat (times, dates, prices, yes/no,
    places) once (a dictionary array); a column of texts each different (titles, ids)
    neutralised and quoted as it is, a missing text left missing (empty once the lines are
    joined)."""
    if f.type == "string":
        cells = repeating(table, f.name, _text_cells, "")
        return _text_cells(column(table, f.name)) if cells is None else cells
    values = encoded(table, f.name)
    if f.type == "datetime":  # digits, blank and colon: never quoted
        return berlin_times(values, "%Y-%m-%d %H:%M")
    if f.type == "boolean":
        return per_distinct(values, lambda distinct: pc.if_else(distinct, "ja", "nein"), "")
    return distinct_texts(values, lambda value: _quoted_cell(csv_cell(value, f)), "")


def _text_cells(texts: pa.Array) -> pa.Array:
    """Texts as cells: neutralised and quoted."""
    # Excel would run such a cell as a formula (CSV injection); a leading apostrophe stops it.
    formula = starting_with(texts, "".join(FORMULA_START))
    if pc.any(formula).as_py():
        texts = pc.if_else(formula, pc.binary_join_element_wise("'", texts, ""), texts)
    return _quoted(texts)


def _quoted(cells: pa.Array) -> pa.Array:
    """Cells as the csv module writes them (QUOTE_MINIMAL, doubled quotes): only the few
    that hold `;`, `"`, CR or LF are touched."""
    needs = rows_holding(cells, _NEEDS_QUOTES)
    if not needs.any():
        return cells
    some = cells.filter(needs)
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(some, '"', '""'), '"', "")
    return with_replaced(cells, needs, quoted)


def _quoted_cell(cell: str) -> str:
    """One cell as the csv module writes it (`_quoted`)."""
    return f'"{cell.replace(chr(34), 2 * chr(34))}"' if any(c in cell for c in _NEEDS_QUOTES) else cell


def csv_cell(value, f: Field) -> str:
    if not present(value):
        return ""
    if f.type == "decimal":
        return f"{value:.7f}".rstrip("0").rstrip(".").replace(".", ",")
    if f.type == "boolean":
        return "ja" if value else "nein"
    if f.type == "datetime":
        moment = berlin(value)
        return moment.strftime("%Y-%m-%d %H:%M") + showing(moment)
    if f.type == "date":
        return iso_date(value)
    return excel_text(str(value))


def iso_date(value) -> str:
    """A date from the warehouse (DuckDB hands DATE to pandas as a timestamp)."""
    return pd.Timestamp(value).date().isoformat()


def _all_day_dates(table: pa.Table, name: str, cells: pa.DictionaryArray) -> pa.DictionaryArray:
    """The cells of "start" or "end" (`name`) with an all-day event's first or last day: in
    CSV it shows 3 July to 3 July, not "Ende 04.07. 00:00" – the stored end is the midnight
    after the last day (iCalendar's DTEND)."""
    all_day = pc.fill_null(column(table, "all_day"), False)
    if not pc.any(all_day).as_py():
        return cells
    first, last = all_day_days(column(table, "start"), column(table, "end"))
    days = last if name == "end" else first
    # an ISO date needs no quotes
    shown = per_distinct(days, lambda distinct: pc.strftime(distinct, "%Y-%m-%d"), "")
    return chosen(all_day, shown, cells)


def _csvw_type(f: Field, fields: tuple[Field, ...]) -> dict | str:
    if f.name in ("start", "end") and any(other.name == "all_day" for other in fields):
        # all-day events carry dates only (see _all_day_dates)
        return {"base": "string", "format": r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?"}
    if f.type == "decimal":
        return {"base": "decimal", "format": {"decimalChar": ","}}
    if f.type == "datetime":
        return {"base": "datetime", "format": "yyyy-MM-dd HH:mm"}
    return {"string": "string", "integer": "integer", "boolean": {"base": "boolean", "format": "ja|nein"},
            "date": "date"}[f.type]

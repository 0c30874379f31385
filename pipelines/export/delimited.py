"""CSV for German Excel: UTF-8 with BOM, `;`, decimal comma, CRLF, German headers, and cells
that Excel would run as a formula neutralised; beside it its CSV-on-the-Web metadata.

The file is made column by column in Arrow: each cell of a repeating value (dates, times,
prices, places) is formatted once per distinct value (`csv_cell`), texts are neutralised and
quoted as Python's csv module quotes them (QUOTE_MINIMAL: a cell holding `;`, `"`, CR or LF
in quotes, quotes doubled) and the lines joined in Arrow, not row by row.
tests/test_export.py compares the bytes with pandas' `to_csv` of `csv_cell` of every cell.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.core.files import atomic_write
from pipelines.core.german import BERLIN
from pipelines.export.values import berlin, each_distinct, joined, present, write_parts
from schemas import Field

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = "^[" + re.escape("".join(FORMULA_START)) + "]"  # the same starts, for Arrow
_NEEDS_QUOTES = '[;"\r\n]'


def write_csv(frame: pd.DataFrame, fields: tuple[Field, ...], path: Path, about: dict) -> Path:
    # German headers for people in Excel; the field names are in the CSVW metadata.
    cells = {f.name: _cells(frame[f.name], f) for f in fields}
    if {"all_day", "start", "end"} <= set(cells):
        _all_day_dates(frame, cells)
    header = ";".join(_quoted_cell(f.label) for f in fields)
    *first, last = cells.values()
    lines = pc.binary_join_element_wise(*first, pc.binary_join_element_wise(last, "\r\n", ""), ";")
    atomic_write(path, lambda partial: write_parts(partial, [
        "\ufeff" + header + "\r\n", joined(lines)]))
    metadata = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "de"}],
        "url": path.name,
        "dc:title": about["title"],
        "dc:description": about["description"],
        "dc:publisher": about["publisher"],
        "dc:license": {"@id": about["license"]},
        "dc:source": about["attribution"],
        "dialect": {"delimiter": ";", "encoding": "utf-8", "header": True},
        "tableSchema": {"columns": [{"name": f.name, "titles": f.label, "dc:description":
                                     f.description, "datatype": _csvw_type(f, fields)}
                                    for f in fields]},
    }
    atomic_write(path.with_name(path.name + "-metadata.json"), lambda partial: Path(partial)
                 .write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8"))
    return path


def _cells(values: pd.Series, f: Field) -> pa.Array:
    """`csv_cell` of every value: texts (often unique per row, titles) in Arrow, every other
    value formatted once per distinct value."""
    if f.type != "string":
        return pa.array(each_distinct(values, lambda value: _quoted_cell(csv_cell(value, f)), ""),
                        pa.string())
    try:
        text = pa.array(values.astype(object), pa.string(), from_pandas=True)
    except (pa.ArrowTypeError, pa.ArrowInvalid):  # not text as delivered: as str() shows it
        text = pa.array(values.astype(str).where(values.notna(), None), pa.string(),
                        from_pandas=True)
    # Excel would run such a cell as a formula (CSV injection); a leading apostrophe stops it.
    text = pc.if_else(pc.match_substring_regex(text, _FORMULA),
                      pc.binary_join_element_wise("'", text, ""), text)
    return _quoted(pc.fill_null(text, ""))


def _quoted(cells: pa.Array) -> pa.Array:
    """Cells as the csv module writes them (QUOTE_MINIMAL, doubled quotes)."""
    needs = pc.match_substring_regex(cells, _NEEDS_QUOTES)
    if not pc.any(needs).as_py():
        return cells
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(cells, '"', '""'), '"', "")
    return pc.if_else(needs, quoted, cells)


def _quoted_cell(cell: str) -> str:
    """One cell as the csv module writes it (`_quoted`)."""
    return f'"{cell.replace(chr(34), 2 * chr(34))}"' if re.search(_NEEDS_QUOTES, cell) else cell


def csv_cell(value, f: Field) -> str:
    if not present(value):
        return ""
    if f.type == "decimal":
        return f"{value:.7f}".rstrip("0").rstrip(".").replace(".", ",")
    if f.type == "boolean":
        return "ja" if value else "nein"
    if f.type == "datetime":
        return berlin(value).strftime("%Y-%m-%d %H:%M")
    if f.type == "date":
        return iso_date(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def iso_date(value) -> str:
    """A date from the warehouse (DuckDB hands DATE to pandas as a timestamp)."""
    return pd.Timestamp(value).date().isoformat()


def _all_day_dates(frame: pd.DataFrame, cells: dict[str, pa.Array]) -> None:
    """An all-day event in CSV shows its first and last day: 3 July to 3 July, not "Ende
    04.07. 00:00" – the stored end is the midnight after the last day (iCalendar's DTEND)."""
    all_day = frame["all_day"].map(lambda value: present(value) and bool(value)).to_numpy(bool)
    if not all_day.any():
        return
    start = pd.to_datetime(frame["start"], utc=True).dt.tz_convert(BERLIN)
    stop = pd.to_datetime(frame["end"], utc=True).dt.tz_convert(BERLIN)
    first = start.dt.tz_localize(None).dt.normalize()
    last = stop.where(stop != stop.dt.normalize(), stop - pd.Timedelta(days=1))
    last = last.dt.tz_localize(None).dt.normalize()
    last = last.where(last.isna() | (last > first), first)
    for name, days in (("start", first), ("end", last)):
        shown = each_distinct(days, lambda day: day.date().isoformat(), "")
        # an ISO date needs no quotes
        cells[name] = pc.if_else(pa.array(all_day), pa.array(shown, pa.string()), cells[name])


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

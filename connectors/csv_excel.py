"""CSV as German Excel writes it: `;`, Windows-1252 or UTF-8 with BOM, decimal comma.

The ordinary file is read column by column with Arrow (`connectors.csv_columns`); any other
by Python's csv module (`read_rows`), whose reading both give."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa

from connectors import csv_columns
from connectors.column_rows import ColumnRows
from connectors.delivery import (ROW_PROBLEMS, SHORT_ROW, Delivery, DeliveryError, decode_text,
                                 encoded_once)
from connectors.title_rows import header_row, skipped_note


def read(path: Path, options: dict) -> Delivery:
    return csv_columns.read(path, options) or read_rows(path, options)


def read_rows(path: Path, options: dict) -> Delivery:
    """The file read row by row by Python's csv module: every file, with a German error for
    an unusable one."""
    notes: list[str] = []
    text = decode_text(path, options.get("encoding"), notes)
    # A configured encoding is taken at its word.
    if not options.get("encoding") and (once := encoded_once(text)):
        text = once
        notes.append("Die Datei war zweimal als UTF-8 gespeichert (z. B. „Ã¤“ statt „ä“, „ÃŸ“ "
                     "statt „ß“) und wurde so gelesen, wie sie gemeint war – bitte beim "
                     "Speichern einmal UTF-8 wählen")
    delimiter = options.get("delimiter") or csv_columns.sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        lines: dict[int, int] = {}
        # Excel hides a "sep=;" line: the header is its row 1
        first = 0 if csv_columns.SEPARATOR_LINE.match(text) else 1
        number, header, titles, records_after = header_row(_numbered(reader, lines, first))
    except csv.Error as error:
        raise DeliveryError(path, _csv_reason(error), line=1) from None
    if header is None:
        raise DeliveryError(path, "Die Datei enthält keine Kopfzeile")
    if not any(name.strip() for name in header):
        raise DeliveryError(path, "Die erste Zeile ist leer – sie muss die Spaltennamen enthalten",
                            line=1)
    columns = [name.strip() for name in header]
    if len(columns) < 2:
        raise DeliveryError(path, f"Nur eine Spalte erkannt – bitte Semikolon (;) als "
                                  f"Trennzeichen verwenden (Kopfzeile: „{header[0][:80]}“)", line=1)
    records, rows = [], []
    try:
        for row, values in records_after:
            if "".join(values).strip():  # not a row of empty or blank cells
                rows.append(row)
                records.append(values)
    except csv.Error as error:
        raise DeliveryError(path, _csv_reason(error), line=reader.line_num) from None
    refs = csv_columns.line_refs(np.array([lines.get(row, row) for row in rows], dtype=np.int64),
                                 np.array(rows, dtype=np.int64))
    if note := skipped_note(number, titles):
        notes.append(note)
    return Delivery(path=path, columns=columns, rows=_rows(columns, records, delimiter),
                    refs=refs, notes=notes)


def _numbered(reader, lines: dict[int, int], first: int) -> Iterator[tuple[int, list[str]]]:
    """Each record with the row Excel shows it in (its number); in `lines` the line it starts
    on where that is another, below a record with quoted line breaks (such a record spans
    several lines and is found at its first; reader.line_num is its last)."""
    before = reader.line_num  # the physical lines read before the next record
    for row, values in enumerate(reader, start=first):
        if before + 1 != row:
            lines[row] = before + 1
        yield row, values
        before = reader.line_num


def _rows(columns: list[str], records: list[list[str]], delimiter: str
          ) -> ColumnRows | list[dict]:
    """The rows kept column by column when every row has every column once (the rule);
    rows of other lengths or doubled column names as dicts, as a row reader gives them."""
    width = len(columns)
    if len(set(columns)) == width and all(len(values) == width for values in records):
        # one table of the texts, taken column by column (transposing lists costs 5× more)
        table = np.array(records, dtype=object).reshape(len(records), width)
        try:
            return ColumnRows({name: pa.chunked_array([pa.array(table[:, i], pa.string())])
                               for i, name in enumerate(columns)}, len(records))
        except UnicodeEncodeError:  # a lone surrogate (e.g. from encoding: utf-7) is no UTF-8
            pass
    return [_row(columns, values, delimiter) for values in records]


def _row(columns: list[str], values: list[str], delimiter: str) -> dict:
    """A record as a dict. One with more values than the header has names is refused, since
    every value after an unquoted delimiter inside a text ("Heimtextilien, Oberbekleidung")
    would stand in the column beside its own – published under the wrong heading. One with
    fewer (a line cut off, a delimiter missing) lacks its last columns: it says so
    (`SHORT_ROW`), and the pipeline decides whether it can be kept."""
    row = dict(zip(columns, values))
    found, width = len(values), len(columns)
    if found > width and any(value.strip() for value in values[width:]):
        row[ROW_PROBLEMS] = [(_FIELDS, _width_reason(found, width, delimiter, surplus=True))]
    elif found < width:
        row[SHORT_ROW] = _width_reason(found, width, delimiter, surplus=False,
                                       lacking=columns[found:])
    return row


def _width_reason(found: int, width: int, delimiter: str, surplus: bool,
                  lacking: list[str] = ()) -> str:
    """Why a record's values and the header's columns do not match, and what to check: both
    ways the count of each and the delimiter, which is most often to blame."""
    counts = (f"Die Zeile hat {found} {'Wert' if found == 1 else 'Werte'}, die Kopfzeile "
              f"{width} Spalten")
    if surplus:
        return (f"{counts} – steht das Trennzeichen „{delimiter}“ in einem Wert ohne "
                f"Anführungszeichen? Bitte den Wert in \"…\" setzen oder als XLSX liefern")
    # the lacking columns are always the last ones: the first and last name them all
    named = (f"„{lacking[0]}“ fehlt" if len(lacking) == 1 else
             f"„{lacking[0]}“ und „{lacking[1]}“ fehlen" if len(lacking) == 2 else
             f"die {len(lacking)} Spalten „{lacking[0]}“ bis „{lacking[-1]}“ fehlen")
    return (f"{counts} ({named}) – ist die Zeile abgeschnitten oder fehlt ein Trennzeichen "
            f"„{delimiter}“?")


# What a problem of the whole record names instead of a field.
_FIELDS = "Spalten"


def _csv_reason(error: csv.Error) -> str:
    if "field limit" in str(error):
        return (f"CSV-Aufbau fehlerhaft: ein Feld ist länger als "
                f"{csv.field_size_limit():,} Zeichen – fehlt ein schließendes "
                f"Anführungszeichen?".replace(",", "."))
    return "CSV-Aufbau fehlerhaft (Anführungszeichen oder Zeilenumbruch im Feld prüfen)"

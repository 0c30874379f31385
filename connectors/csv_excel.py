"""CSV as German Excel writes it: `;`, Windows-1252 or UTF-8 with BOM, decimal comma."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np

from connectors.delivery import ColumnRows, Delivery, DeliveryError, decode_text


def read(path: Path, options: dict) -> Delivery:
    text = decode_text(path, options.get("encoding"))
    delimiter = options.get("delimiter") or _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise DeliveryError(path, "Die Datei enthält keine Kopfzeile") from None
    except csv.Error as error:
        raise DeliveryError(path, _csv_reason(error), line=1) from None
    if not any(name.strip() for name in header):
        raise DeliveryError(path, "Die erste Zeile ist leer – sie muss die Spaltennamen enthalten",
                            line=1)
    columns = [name.strip() for name in header]
    if len(columns) < 2:
        raise DeliveryError(path, f"Nur eine Spalte erkannt – bitte Semikolon (;) als "
                                  f"Trennzeichen verwenden (Kopfzeile: „{header[0][:80]}“)", line=1)
    records, refs = [], []
    try:
        for values in reader:
            if not "".join(values).strip():  # a row of empty or blank cells
                continue
            # reader.line_num is the physical line, so quoted line breaks count correctly.
            refs.append(f"Zeile {reader.line_num}")
            records.append(values)
    except csv.Error as error:
        raise DeliveryError(path, _csv_reason(error), line=reader.line_num) from None
    return Delivery(path=path, columns=columns, rows=_rows(columns, records), refs=refs)


def _rows(columns: list[str], records: list[list[str]]) -> ColumnRows | list[dict]:
    """The rows kept column by column when every row has every column once (the rule);
    rows of other lengths or doubled column names as dicts, as a row reader gives them."""
    width = len(columns)
    if len(set(columns)) == width and all(len(values) == width for values in records):
        # one table of the texts, taken column by column (transposing lists costs 5× more)
        table = np.array(records, dtype=object).reshape(len(records), width)
        return ColumnRows({name: table[:, i] for i, name in enumerate(columns)}, len(records))
    return [dict(zip(columns, values)) for values in records]


def _csv_reason(error: csv.Error) -> str:
    if "field limit" in str(error):
        return (f"CSV-Aufbau fehlerhaft: ein Feld ist länger als "
                f"{csv.field_size_limit():,} Zeichen – fehlt ein schließendes "
                f"Anführungszeichen?".replace(",", "."))
    return "CSV-Aufbau fehlerhaft (Anführungszeichen oder Zeilenumbruch im Feld prüfen)"


def _sniff_delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    return max(";,\t", key=first_line.count)

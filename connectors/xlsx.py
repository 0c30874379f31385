"""Excel workbooks (XLSX): first sheet or the configured one, headers in row 1."""
from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from connectors.delivery import Delivery, DeliveryError


def read(path: Path, options: dict) -> Delivery:
    # Opened as a stream so a delivery is judged by its content, not its file name.
    stream = open(path, "rb")
    try:
        workbook = load_workbook(stream, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        stream.close()
        raise DeliveryError(path, f"Keine gültige Excel-Datei (.xlsx): {error}") from None
    try:
        sheet_name = options.get("sheet")
        if sheet_name and sheet_name not in workbook.sheetnames:
            raise DeliveryError(path, f"Tabellenblatt „{sheet_name}“ fehlt – vorhanden: "
                                      f"{', '.join(workbook.sheetnames)}")
        sheet = workbook[sheet_name] if sheet_name else workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = next(lines, None)
        if not header or not any(header):
            raise DeliveryError(path, f"Tabellenblatt „{sheet.title}“ hat keine Kopfzeile", line=1)
        columns = [str(name).strip() if name is not None else "" for name in header]
        rows, refs = [], []
        for number, values in enumerate(lines, start=2):
            if not any(value not in (None, "") for value in values):
                continue
            refs.append(f"Zeile {number}")
            rows.append({column: value for column, value in zip(columns, values) if column})
    finally:
        workbook.close()
        stream.close()
    return Delivery(path=path, columns=[c for c in columns if c], rows=rows, refs=refs)

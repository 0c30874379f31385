"""Excel workbooks (XLSX): first sheet or the configured one, headers in row 1."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from connectors.delivery import Delivery, DeliveryError
from connectors.limits import check_zip

# What openpyxl raises for a broken workbook or part (defusedxml's refusals of DTDs and
# entities are ValueErrors); a broken part may only show while the rows are read.
_BROKEN = (zipfile.BadZipFile, InvalidFileException, KeyError, IndexError, TypeError,
           AttributeError, ValueError, ParseError, OSError, EOFError)


def read(path: Path, options: dict) -> Delivery:
    check_zip(path)
    # Opened as a stream so a delivery is judged by its content, not its file name.
    with open(path, "rb") as stream:
        try:
            return _read(path, stream, options)
        except _BROKEN:
            raise DeliveryError(path, "Keine gültige Excel-Datei (.xlsx): ein Teil der Datei ist "
                                      "beschädigt oder enthält unzulässige XML-Angaben – bitte in "
                                      "Excel öffnen und neu als .xlsx speichern") from None


def _read(path: Path, stream, options: dict) -> Delivery:
    workbook = load_workbook(stream, read_only=True, data_only=True)
    try:
        sheet_name = options.get("sheet")
        if sheet_name and sheet_name not in workbook.sheetnames:
            # The name comes from cluster.yaml: either the file or the configuration is wrong.
            present = ", ".join(f"„{name}“" for name in workbook.sheetnames)
            raise DeliveryError(path, f"Tabellenblatt „{sheet_name}“ (in cluster.yaml bei der "
                                      f"Quelle als options: sheet gewählt) fehlt – vorhanden: "
                                      f"{present}. Bitte das Blatt so benennen oder in "
                                      f"cluster.yaml das richtige wählen")
        if not workbook.worksheets:
            raise DeliveryError(path, "Die Excel-Datei enthält kein Tabellenblatt")
        sheet = workbook[sheet_name] if sheet_name else workbook.worksheets[0]
        lines = sheet.iter_rows(values_only=True)
        header = next(lines, None)
        others = [] if sheet_name else [name for name in workbook.sheetnames if name != sheet.title]
        if not header or not any(header):
            raise DeliveryError(path, f"Tabellenblatt „{sheet.title}“ hat keine Kopfzeile"
                                      f"{_other_sheets(others)}", line=1)
        named = [str(value) for value in header if value not in (None, "")]
        # One text in row 1 of the first of several sheets is a notes sheet in front of the
        # data: no dataset can be read from a single column, so say where the data may be.
        if others and len(named) == 1:
            text = named[0] if len(named[0]) <= 60 else named[0][:59] + "…"
            raise DeliveryError(path, f"Tabellenblatt „{sheet.title}“ hat keine Spaltennamen, "
                                      f"nur den Text „{text}“"
                                      f"{_other_sheets(others)}", line=1)
        columns = [str(name).strip() if name is not None else "" for name in header]
        rows, refs = [], []
        for number, values in enumerate(lines, start=2):
            if not any(value not in (None, "") for value in values):
                continue
            refs.append(f"Zeile {number}")
            rows.append({column: value for column, value in zip(columns, values) if column})
    finally:
        workbook.close()
    return Delivery(path=path, columns=[c for c in columns if c], rows=rows, refs=refs)


def _other_sheets(others: list[str]) -> str:
    """Where the data may be instead, when the first sheet was read by default."""
    if not others:
        return ""
    return (f" – gelesen wurde das erste Tabellenblatt; weitere: "
            f"{', '.join(f'„{name}“' for name in others)}. Bitte das Datenblatt an die erste "
            f"Stelle setzen oder es in cluster.yaml bei der Quelle wählen, z. B. "
            f"options: {{sheet: \"{others[0]}\"}}")

"""Excel workbooks (XLSX): first sheet or the configured one, read as `connectors.sheets`
says (column names in row 1 or below a title, merged cells)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.exceptions import InvalidFileException

from connectors.delivery import Delivery, DeliveryError
from connectors.limits import check_zip
from connectors.sheets import MergedDown, sheet_delivery

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
            raise DeliveryError(path, f"Tabellenblatt „{sheet_name}“ fehlt – vorhanden: "
                                      f"{', '.join(workbook.sheetnames)}")
        if not workbook.worksheets:
            raise DeliveryError(path, "Die Excel-Datei enthält kein Tabellenblatt")
        sheet = workbook[sheet_name] if sheet_name else workbook.worksheets[0]
        others = [] if sheet_name else [name for name in workbook.sheetnames if name != sheet.title]
        return sheet_delivery(path, sheet.title, others,
                              enumerate(sheet.iter_rows(values_only=True), start=1),
                              lambda: _merged_down(path, sheet))
    finally:
        workbook.close()


# <mergeCell ref="H4:H5"/>, with or without a namespace prefix
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")


def _merged_down(path: Path, sheet) -> list[MergedDown]:
    """The ranges merged down one column, read from the sheet's XML part (openpyxl's
    read-only mode, which keeps a large sheet out of memory, does not read them)."""
    part = getattr(sheet, "_worksheet_path", None)
    if not part:
        return []
    found, tail = [], b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as source:
        while chunk := source.read(1024 ** 2):
            text = tail + chunk
            found += [(column_index_from_string(first_column.decode()) - 1, int(first), int(last))
                      for first_column, first, last_column, last in _MERGE.findall(text)
                      if first_column == last_column]
            # a tag cut at the chunk's end is found whole with the next one
            cut = text.rfind(b"<")
            tail = text[cut:] if cut >= 0 and b">" not in text[cut:] else b""
    return found

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
from connectors.sheets import Layout, sheet_delivery

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
        others = [] if sheet_name else [name for name in workbook.sheetnames if name != sheet.title]
        return sheet_delivery(path, sheet.title, others,
                              enumerate(sheet.iter_rows(values_only=True), start=1),
                              lambda: _layout(path, sheet))
    finally:
        workbook.close()


# <mergeCell ref="H4:H5"/>, with or without a namespace prefix
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
# <row r="5" spans="1:17" hidden="1">: a row hidden by hand or by a filter
_ROW = re.compile(rb"<(?:\w+:)?row\s[^>]*>")
_ROW_NUMBER, _HIDDEN = re.compile(rb"\sr=\"(\d+)\""), re.compile(rb"\shidden=\"(?:1|true)\"")


def _layout(path: Path, sheet) -> Layout:
    """The merged ranges and the hidden rows, read from the sheet's XML part
    (openpyxl's read-only mode, which keeps a large sheet out of memory, reads neither)."""
    part = getattr(sheet, "_worksheet_path", None)
    layout = Layout()
    if not part:
        return layout
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as source:
        while chunk := source.read(1024 ** 2):
            text = tail + chunk
            # a tag cut at the chunk's end is found whole with the next one
            cut = text.rfind(b"<")
            if cut >= 0 and b">" not in text[cut:]:
                text, tail = text[:cut], text[cut:]
            else:
                tail = b""
            for first_column, first, last_column, last in _MERGE.findall(text):
                column = column_index_from_string(first_column.decode()) - 1
                if first_column == last_column:
                    layout.merged_down.append((column, int(first), int(last)))
                else:
                    layout.merged_across.append(
                        (int(first), column, column_index_from_string(last_column.decode()) - 1))
            if b"hidden=" in text:
                layout.hidden_rows.update(
                    int(number[1]) for tag in _ROW.findall(text) if _HIDDEN.search(tag)
                    and (number := _ROW_NUMBER.search(tag)))
    return layout

"""OpenDocument spreadsheets (ODS), as LibreOffice saves them: first sheet or the configured
one, read as `connectors.sheets` says (column names in row 1 or below a title, merged cells).

The cells come typed as the sheet holds them – numbers as numbers, dates as dates, texts with
their line breaks – like openpyxl gives an XLSX's. Repeated rows and cells (LibreOffice writes
the empty rest of a sheet as one row repeated a million times) are expanded only where
something follows them."""
from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path

from lxml import etree

from connectors.delivery import Delivery, DeliveryError
from connectors.limits import MAX_SHEET_CELLS, check_zip
from connectors.sheets import Layout, sheet_delivery

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_SHEET, _ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
_CELLS = {f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"}
# Repeats beyond these are the sheet's empty remainder, never a delivery's rows or columns.
_MAX_ROWS, _MAX_COLUMNS = 1_048_576, 16_384


def read(path: Path, options: dict) -> Delivery:
    check_zip(path, "ods")
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            names, rows, layout = _sheet(path, content, options.get("sheet"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, OSError):
        raise DeliveryError(path, "Keine gültige OpenDocument-Tabelle (.ods): ein Teil der Datei "
                                  "ist beschädigt – bitte in LibreOffice öffnen und neu speichern"
                            ) from None
    chosen = options.get("sheet")
    if chosen and chosen not in names:
        raise DeliveryError(path, f"Tabellenblatt „{chosen}“ fehlt – vorhanden: {', '.join(names)}")
    if not names:
        raise DeliveryError(path, "Die Tabelle enthält kein Tabellenblatt")
    title = chosen or names[0]
    others = [] if chosen else [name for name in names if name != title]
    return sheet_delivery(path, title, others, rows, lambda: layout)


def _sheet(path: Path, content, chosen: str | None
           ) -> tuple[list[str], list[tuple[int, tuple]], Layout]:
    """The names of all sheets, and the numbered rows and the layout (merged ranges, hidden
    rows) of the chosen one (the first without a choice)."""
    names: list[str] = []
    rows: list[tuple[int, tuple]] = []
    layout = Layout()
    reading, number, cells = False, 0, 0
    # no entities, no network: a delivery's XML is untrusted
    parsed = etree.iterparse(content, events=("start", "end"), resolve_entities=False,
                             no_network=True, huge_tree=False)
    for index, (event, element) in enumerate(parsed):
        if index == 0 and element.getroottree().docinfo.doctype:
            # LibreOffice writes none; one only serves entity tricks (as in XLSX, refused)
            raise DeliveryError(path, "Die Tabelle enthält eine DTD-Angabe (<!DOCTYPE …>), die "
                                      "in OpenDocument-Dateien nicht vorkommt, und wird nicht "
                                      "geöffnet – bitte in LibreOffice neu speichern")
        if element.tag == _SHEET and event == "start":
            names.append(element.get(f"{{{_TABLE}}}name", ""))
            reading = (chosen or names[0]) == names[-1]
            number = 0
        elif element.tag == _ROW and event == "end":
            repeated = int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
            if reading:
                values = _values(element, number + 1, layout)
                if any(value is not None for value in values):
                    copies = max(min(repeated, _MAX_ROWS - number), 0)
                    cells += copies * len(values)
                    if cells > MAX_SHEET_CELLS:
                        raise DeliveryError(path, f"Das Tabellenblatt „{names[-1]}“ hat mehr als "
                                                  f"{MAX_SHEET_CELLS:,} gefüllte Zellen – bitte "
                                                  f"aufteilen oder als CSV liefern".replace(",", "."))
                    rows += [(number + 1 + i, values) for i in range(copies)]
                    # hidden by hand ("collapse") or by a filter ("filter")
                    if element.get(f"{{{_TABLE}}}visibility", "visible") != "visible":
                        layout.hidden_rows.update(range(number + 1, number + 1 + copies))
            number += repeated
            element.clear()
    return names, rows, layout


def _values(row, number: int, layout: Layout) -> tuple:
    """A row's cell values, without the empty cells at its end (LibreOffice ends every row
    with one cell repeated to the sheet's 16,384th column: they are counted, not made);
    records the ranges that start in it, merged down one column or across columns."""
    values: list = []
    empty = 0  # empty cells not yet added: only a value after them adds them
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        column = len(values) + empty
        # a sheet has no more columns; a cell repeated beyond them is its empty remainder
        repeated = min(int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1")),
                       _MAX_COLUMNS - column)
        if repeated <= 0:
            break
        down = int(cell.get(f"{{{_TABLE}}}number-rows-spanned", "1"))
        across = int(cell.get(f"{{{_TABLE}}}number-columns-spanned", "1"))
        if down > 1 and across == 1:
            layout.merged_down.append((column, number, number + down - 1))
        elif across > 1:
            layout.merged_across.append((number, column, column + across - 1))
        value = _value(cell)
        if value is None:
            empty += repeated
        else:
            values += [None] * empty + [value] * repeated
            empty = 0
    return tuple(values)


def _value(cell):
    kind = cell.get(f"{{{_OFFICE}}}value-type")
    if kind in ("float", "percentage", "currency"):
        text = cell.get(f"{{{_OFFICE}}}value")
        number = float(text)
        return int(number) if number.is_integer() and "." not in text and "E" not in text.upper() \
            else number
    if kind == "date":
        text = cell.get(f"{{{_OFFICE}}}date-value")
        return datetime.fromisoformat(text) if "T" in text else \
            datetime.combine(date.fromisoformat(text), time())
    if kind == "time":  # PT19H30M00S
        text = cell.get(f"{{{_OFFICE}}}time-value", "")
        hours, _, rest = text.removeprefix("PT").partition("H")
        minutes, _, seconds = rest.partition("M")
        return time(int(hours), int(minutes or 0), int(float(seconds.rstrip("S") or 0)))
    if kind == "boolean":
        return cell.get(f"{{{_OFFICE}}}boolean-value") == "true"
    text = "\n".join(_text(paragraph) for paragraph in cell.iter(f"{{{_TEXT}}}p"))
    return text if kind == "string" or text else None


def _text(element) -> str:
    """An element's text with its spaces (<text:s text:c="3"/>), tabs, line breaks and the
    text of its spans and links."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            parts.append(child.tail or "")
            continue
        name = etree.QName(child).localname
        parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")) if name == "s" else
                     "\t" if name == "tab" else "\n" if name == "line-break" else _text(child))
        parts.append(child.tail or "")
    return "".join(parts)

"""A workbook saved as German Excel saves „CSV (Trennzeichen-getrennt)“, for tests of what
clerks deliver when their cells lost their date or time format."""
from __future__ import annotations

import csv
from datetime import datetime

from openpyxl import load_workbook


def excel_csv(book_path, csv_path) -> None:
    """The sheet saved as „CSV (Trennzeichen-getrennt)“ by German Excel: Windows-1252, „;“,
    every cell as a column of standard width shows it – a date cell as TT.MM.JJJJ, a number
    formatted „Standard“ in at most 11 characters with a decimal comma."""
    sheet = load_workbook(book_path).active
    with open(csv_path, "w", encoding="cp1252", newline="") as target:
        writer = csv.writer(target, delimiter=";", lineterminator="\r\n")
        for row in sheet.iter_rows():
            writer.writerow([_shown(cell) for cell in row])


def _shown(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, (int, float)):
        digits = len(str(int(abs(value)))) + (value < 0)
        text = f"{value:.{max(11 - digits - 1, 0)}f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    return str(value)

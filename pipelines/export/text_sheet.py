"""A list for people to open in Excel whose every cell is text, shown exactly as it is: the
rejected rows of a delivery quote the delivered values, and German Excel reading them from a
CSV file turns the postcode „066869“ into 66869 and the range „3-7“ into a date – the very
thing the clerk is to correct would no longer show. A CSV cell cannot be kept text without a
formula (`="066869"`); a workbook's text cell can, as in the XLSX exports."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from pipelines.core.files import atomic_write
from pipelines.export.spreadsheet import headed, text_cell


def write_text_sheet(path: Path, title: str, labels: list[str], widths: list[float],
                     lines: Iterable[Sequence[str | None]]) -> Path:
    """One sheet named `title` (at most Excel's 31 characters) with the bold header `labels`
    over columns this wide, and a text cell (format „Text“, never a formula) per value of
    each line; an empty value leaves its cell empty."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    headed(sheet, labels, widths)
    count = 0
    for count, line in enumerate(lines, start=1):
        sheet.append([text_cell(sheet, value) if value else None for value in line])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(labels))}{count + 1}"
    atomic_write(path, lambda partial: book.save(partial))
    return path

"""The header of a table that a spreadsheet user put below a title: „Leerstandskataster
Landkreis Mayen-Koblenz – Stand 1.12.2026“ in row 1, an empty row, the column names in row 3.
Excel and LibreOffice save such a sheet as it is shown, in XLSX and in CSV alike."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

# Rows above the header that may hold a title, a date or nothing; a sheet whose first rows
# name at most one column each is no table with a title but a notes sheet or a file of one
# column, which the readers name as such.
TITLE_ROWS = 10


def filled(values: Sequence[Any]) -> list[str]:
    """The cells of a row that hold something, as texts."""
    return [text for value in values if value is not None and (text := str(value).strip())]


def header_row(lines: Iterable[tuple[int, Sequence[Any]]]
               ) -> tuple[int, Sequence[Any] | None, list[str], Iterator[tuple[int, Sequence[Any]]]]:
    """The first row naming two columns or more among the first `TITLE_ROWS` (numbered rows
    as the user sees them), the texts of the title rows above it, and the rows below it.
    Without such a row the first row is the header, as ever, and no title is skipped."""
    lines = iter(lines)
    above: list[tuple[int, Sequence[Any]]] = []
    for number, values in lines:
        if len(filled(values)) >= 2:
            return number, values, [text for _, row in above for text in filled(row)], lines
        above.append((number, values))
        if len(above) == TITLE_ROWS:
            break
    if not above:
        return 1, None, [], iter(())
    (number, values), rest = above[0], above[1:]
    return number, values, [], chain(rest, lines)


def skipped_note(number: int, titles: list[str]) -> str | None:
    """What the report says of the rows above the header, so the row numbers make sense."""
    if number == 1:
        return None
    several = number > 2
    above = ("Zeile 1" if not several else "Zeilen 1 und 2" if number == 3 else
             f"Zeilen 1 bis {number - 1}")
    if not titles:
        return (f"Die Spaltennamen stehen in Zeile {number}; die leere{'n' if several else ''} "
                f"{above} darüber wurde{'n' if several else ''} übergangen")
    shown = "; ".join(f"„{text if len(text) <= 60 else text[:59] + '…'}“" for text in titles[:2])
    return (f"Die Spaltennamen stehen in Zeile {number}; {above} darüber ({shown}) "
            f"wurde{'n' if several else ''} als Überschrift übergangen")

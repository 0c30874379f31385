"""The header of a table that a spreadsheet user put below a title: „Leerstandskataster
Landkreis Mayen-Koblenz – Stand 1.12.2026“ in row 1, an empty row, the column names in row 3.
Excel and LibreOffice save such a sheet as it is shown, in XLSX and in CSV alike."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice
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
    """The header among the first `TITLE_ROWS` rows (numbered as the user sees them), the
    texts of the title rows above it, and the rows below it. The header is the first row that
    names two columns or more, unless it leaves most of its own cells empty and names fewer
    than half as many as the fullest of these rows: a title of two cells („Leerstandsliste“,
    „Stand: 1.12.2026“) in a row of 17 above 17 column names is no header, four names above
    rows with surplus values (a delimiter in an unquoted text) are. Without such a row the
    first row is the header, as ever, and no title is skipped."""
    lines = iter(lines)
    first = list(islice(lines, TITLE_ROWS + 1))
    if not first:
        return 1, None, [], iter(())
    counts = [len(filled(values)) for _, values in first]
    fullest = max(counts)
    for index in range(min(len(first), TITLE_ROWS)):
        count, width = counts[index], len(first[index][1])
        if count >= 2 and (2 * count >= fullest or 2 * count >= width):
            number, values = first[index]
            titles = [text for _, row in first[:index] for text in filled(row)]
            return number, values, titles, chain(first[index + 1:], lines)
    (number, values), rest = first[0], first[1:]
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

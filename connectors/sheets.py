"""A sheet of a workbook (XLSX, ODS) as a delivery: the column names in row 1 or below a
title (`connectors.title_rows`), cells merged down a column given to each of their rows,
empty rows skipped, every row named by its number as the sheet shows it."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from connectors.delivery import Delivery, DeliveryError
from connectors.title_rows import TITLE_ROWS, filled, header_row, skipped_note

# A range of cells merged down one column: its column (0 for A), first and last row.
MergedDown = tuple[int, int, int]
# A range of cells merged across columns: its first row, first and last column.
MergedAcross = tuple[int, int, int]


@dataclass
class Layout:
    """What a sheet shows other than its values, known once its rows are read."""
    merged_down: list[MergedDown] = field(default_factory=list)
    merged_across: list[MergedAcross] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)  # hidden or filtered out


def sheet_delivery(path: Path, title: str, others: list[str],
                   lines: Iterable[tuple[int, Sequence[Any]]],
                   layout: Callable[[], Layout]) -> Delivery:
    """`lines`: the sheet's rows with their numbers; `others`: the names of the other sheets
    when the first was read by default (none when the source chose the sheet); `layout`
    gives merged ranges and hidden rows once the rows are read (an XLSX names its merged
    ranges after its rows)."""
    above_header: dict[int, Sequence[Any]] = {}  # the rows a header may be looked for in
    number, header, titles, below = header_row(_kept(lines, above_header))
    if not header or not any(header):
        raise DeliveryError(path, f"Tabellenblatt „{title}“ hat keine Kopfzeile"
                                  f"{_other_sheets(others)}", line=1)
    named = filled(header)
    # One text in row 1 of the first of several sheets is a notes sheet in front of the
    # data: no dataset can be read from a single column, so say where the data may be.
    if others and len(named) == 1:
        text = named[0] if len(named[0]) <= 60 else named[0][:59] + "…"
        raise DeliveryError(path, f"Tabellenblatt „{title}“ hat keine Spaltennamen, "
                                  f"nur den Text „{text}“{_other_sheets(others)}", line=1)
    numbered = list(below)
    shown = layout()
    top, grouped = number, None
    # the header may be group titles over the names below, or the title row above it may be
    # such groups over the header (too few of them to be taken for a header, `header_row`)
    if numbered and (found := _group_titles((number, header), numbered[0], shown.merged_across)):
        (header, grouped), number = found, numbered.pop(0)[0]
    elif number - 1 in above_header and (found := _group_titles(
            (number - 1, above_header[number - 1]), (number, header), shown.merged_across)):
        (header, grouped), top = found, number - 1
        titles = titles[:len(titles) - len(filled(above_header[top]))]
    above = skipped_note(top, titles)
    if grouped and above:  # one note: the names, the groups above them, the title above those
        grouped, above = f"{grouped}; {above.split('; ', 1)[1]}", None
    columns = [str(name).strip() if name is not None else "" for name in header]
    merged = _fill_merged(numbered, [m for m in shown.merged_down if number < m[1] < m[2]])
    rows, refs, hidden = [], [], []
    for position, (row_number, values) in enumerate(numbered):
        numbered[position] = None  # each row's cells are kept once, as tuple or as dict
        if not any(value not in (None, "") for value in values):
            continue
        refs.append(f"Zeile {row_number}")
        rows.append({column: value for column, value in zip(columns, values) if column})
        if row_number in shown.hidden_rows:
            hidden.append(row_number)
    notes = [note for note in (above, grouped, merged, _hidden_note(hidden)) if note]
    return Delivery(path=path, columns=[c for c in columns if c], rows=rows, refs=refs,
                    notes=notes)


def _kept(lines: Iterable[tuple[int, Sequence[Any]]], kept: dict[int, Sequence[Any]]
          ) -> Iterator[tuple[int, Sequence[Any]]]:
    """`lines`, the first of them also kept by number (the rest passed on as they come)."""
    lines = iter(lines)
    for number, values in islice(lines, TITLE_ROWS + 1):
        kept[number] = values
        yield number, values
    yield from lines


def _group_titles(upper: tuple[int, Sequence[Any]], lower: tuple[int, Sequence[Any]],
                  across: list[MergedAcross]) -> tuple[list[Any], str] | None:
    """Group titles in cells merged across columns above the column names („Termin“ over
    „Datum“, „von“, „bis“), as a sheet laid out for print has them: where the lower row names
    every column of each group of the upper one, its names and the note; a column named in
    the upper row alone („ID“ merged down over both) keeps that name. None otherwise – a group
    over columns without names is no header the file could be read by, and a single text
    merged across the table's width a title („Veranstaltungskalender Dezember“ over A1:I1)."""
    (number, header), (below_number, below) = upper, lower
    groups = sorted((first, last) for row, first, last in across if row == number
                    and first < len(header) and filled(header[first:first + 1]))
    if len(filled(header)) < 2 or not groups or below_number != number + 1 or not all(
            filled(below[column:column + 1]) for first, last in groups
            for column in range(first, last + 1)):
        return None
    names = [below[column] if filled(below[column:column + 1]) else
             header[column] if column < len(header) else None
             for column in range(max(len(header), len(below)))]
    shown = [f"„{filled(header[first:first + 1])[0]}“ ({_letters(first)}{number}:"
             f"{_letters(last)}{number})" for first, last in groups]
    several = len(shown) > 1
    listed = shown[0] if not several else f"{', '.join(shown[:-1])} und {shown[-1]}"
    return names, (
        f"Die Spaltennamen stehen in Zeile {number + 1}; die verbundene{'n' if several else ''} "
        f"Zelle{'n' if several else ''} {listed} in Zeile {number} darüber "
        f"fass{'en' if several else 't'} sie zu Gruppen zusammen und wurde"
        f"{'n' if several else ''} übergangen")


def _fill_merged(numbered: list[tuple[int, Sequence[Any]]], down: list[MergedDown]
                 ) -> str | None:
    """Cells merged down a column below the header („Andernach“ once for three shops on the
    market square) hold their value in the first row only; as the user sees it in every row,
    each row gets it. Cells merged across columns stay in their first column. A note says
    which were filled."""
    if not down:
        return None
    at = {row_number: position for position, (row_number, _) in enumerate(numbered)}
    shown = []
    for column, first, last in down:
        value = numbered[at[first]][1][column:column + 1] if first in at else ()
        if not value or value[0] in (None, ""):
            continue
        for row_number in range(first + 1, last + 1):
            if row_number in at:
                values = list(numbered[at[row_number]][1])
                values.extend([None] * (column + 1 - len(values)))
                values[column] = value[0]
                numbered[at[row_number]] = (row_number, tuple(values))
        shown.append(f"{_letters(column)}{first}:{_letters(column)}{last}")
    if not shown:
        return None
    return (f"Verbundene Zellen ({', '.join(shown[:5])}{' …' if len(shown) > 5 else ''}): der "
            f"Wert gilt für jede Zeile des Bereichs und wurde in jede übernommen")


def _hidden_note(hidden: list[int]) -> str | None:
    """Rows a clerk hid or filtered out are part of the file and published like the others –
    which she may not expect of the ones she no longer sees."""
    if not hidden:
        return None
    listed = ", ".join(map(str, hidden[:10])) + (" …" if len(hidden) > 10 else "")
    rows = "Zeile" if len(hidden) == 1 else "Zeilen"
    return (f"{rows} {listed} {'ist' if len(hidden) == 1 else 'sind'} in der Tabelle ausgeblendet "
            f"(oder weggefiltert) und {'wird' if len(hidden) == 1 else 'werden'} trotzdem "
            f"übernommen – was nicht veröffentlicht werden soll, bitte löschen")


def _letters(column: int) -> str:
    """The column's name as spreadsheets show it: A, …, Z, AA, …"""
    name = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


def _other_sheets(others: list[str]) -> str:
    """Where the data may be instead, when the first sheet was read by default."""
    if not others:
        return ""
    return (f" – gelesen wurde das erste Tabellenblatt; weitere: "
            f"{', '.join(f'„{name}“' for name in others)}. Bitte das Datenblatt an die erste "
            f"Stelle setzen oder es in cluster.yaml bei der Quelle wählen, z. B. "
            f"options: {{sheet: \"{others[0]}\"}}")

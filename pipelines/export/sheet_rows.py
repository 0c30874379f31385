"""The XML of a sheet's rows, a batch of rows at a time, from the cells `spreadsheet._sheet_part`
gives: every piece of a row – the XML the same in every row, the row number, each cell's
content – is an entry of one Arrow array of texts, and a batch of rows is that array taken at
its pieces' positions, row after row. The taken texts' data are the rows' octets, each copied
once by Arrow's take, a step per piece. Joining the pieces row by row
(`binary_join_element_wise`), after each column's contents had been read out of their
dictionaries into a copy of their own, took twice the CPU for the rows of a million events.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pyarrow as pa

from pipelines.export.cell_xml import LARGE
from pipelines.export.values import joined, made_in_batches


def sheet_rows(cells: list) -> Iterator[pa.Buffer]:
    """The rows' XML in parts (`made_in_batches`): `<row r="…">`, the cells, `</row>`. A
    cell is its beginning, the row number, its opening, content and closing; a cell whose
    content is missing takes the empty text (the first entry) for each of its pieces. Each
    cell names its place: ECMA-376 lets `r` go and Excel does without, but other readers
    (readxl, ClosedXML, older calamine) misplace or refuse such cells."""
    *columns, numbers = cells
    texts, pieces = _row_pieces(columns, numbers)

    def rows(first: int, count: int) -> pa.Buffer:
        at = np.empty((count, len(pieces)), np.int32)  # row by row: the order of the octets
        for n, (position, per_row, present) in enumerate(pieces):
            places = at[:, n]
            if per_row is None:
                places[:] = position
            else:
                places[:] = per_row[first:first + count]
                places += position
            if present is not None:
                places *= present[first:first + count]
        return joined(texts.take(pa.array(at.reshape(-1))))
    return made_in_batches(rows, len(numbers))


_NUMBER = object()  # the row number, a piece of the row and of each of its cells


def _row_pieces(columns: list, numbers: pa.Array) -> tuple[pa.Array, list[tuple]]:
    """The texts a row's pieces are taken from – the empty text, the XML the same in every
    row, the row numbers, each column's distinct contents – and each piece of a row in order
    as (position, positions per row added to it or None, where the cell is present or None).
    Neighbouring XML of cells present together is one piece; a column without any cell is
    left out. Texts each different (ids, titles) are read out in row order once: taken in
    reading order from all over their column, they made the rows twice as slow."""
    row = [('<row r="', None), (_NUMBER, None), ('">', None)]
    for beginning, opening, content, closing in columns:
        if content.null_count == len(content):
            continue
        present = np.asarray(content.is_valid()) if content.null_count else None
        row += [(piece, present) for piece in (beginning, _NUMBER, opening, content, closing)]
    row = _xml_run_together([*row, ("</row>", None)])
    fixed = ["", *(piece for piece, _ in row if isinstance(piece, str))]
    pieces, parts, shift = [], [pa.array(fixed, LARGE), numbers.cast(LARGE)], len(fixed)
    for piece, present in row:
        if isinstance(piece, str):
            pieces.append((fixed.index(piece), None, present))
            continue
        if piece is _NUMBER:
            pieces.append((len(fixed), np.arange(len(numbers), dtype=np.int32), present))
            continue
        shift += len(parts[-1])
        if 2 * len(piece.dictionary) > len(piece):  # texts each different (ids, titles):
            # read out in row order once, so that each batch takes them from one place
            # rather than from all over
            parts.append(piece.dictionary.take(piece.indices).cast(LARGE))
            pieces.append((shift, np.arange(len(piece), dtype=np.int32), present))
        else:
            parts.append(piece.dictionary.cast(LARGE))
            indices = piece.indices.fill_null(0) if present is not None else piece.indices
            pieces.append((shift, indices.to_numpy(), present))
    texts = pa.concat_arrays(parts)
    if len(texts) > np.iinfo(np.int32).max:  # never for a sheet's rows of a few columns
        raise ValueError(f"{len(texts)} pieces are too many for a sheet's rows")
    return texts, pieces


def _xml_run_together(row: list[tuple]) -> list[tuple]:
    """The pieces of a row with neighbouring XML of cells present together as one, empty
    XML left out."""
    merged = []
    for piece, present in row:
        if isinstance(piece, str):
            if not piece:
                continue
            if merged and isinstance(merged[-1][0], str) and merged[-1][1] is present:
                merged[-1] = (merged[-1][0] + piece, present)
                continue
        merged.append((piece, present))
    return merged


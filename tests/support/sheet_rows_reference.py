"""The data rows' sheet XML as `pipelines.export.spreadsheet` joined them until December 2026:
per batch of rows one Arrow join of every cell's pieces (its beginning `<c r="` + letter,
row number, the XML before the content, content, the XML after it), a cell that may be
missing joined on its own first and left out where it is. The rows written now must be
these bytes."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.export.cell_xml import LARGE, joined_pieces
from pipelines.export.values import batches, joined


def reference_rows(cells: list, first: int, count: int) -> bytes:
    """The XML of the `count` rows from `first` on (on a sheet of their own, numbered from
    2) of the cells of `spreadsheet._sheet_cells`."""
    numbers = pa.array(np.arange(2, count + 2)).cast(LARGE)
    parts = []
    for start, size in batches(count):
        number = numbers.slice(start, size)
        row = ['<row r="', number, '">']
        for beginning, opening, content, closing in cells:
            part = content.slice(first + start, size)
            cell = [beginning, number, opening, part.dictionary.take(part.indices), closing]
            row += [pc.fill_null(joined_pieces(cell), "")] if part.null_count else cell
        parts.append(joined(joined_pieces([*row, "</row>"])).to_pybytes())
    return b"".join(parts)

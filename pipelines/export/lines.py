"""Rows of an export file (a CSV line, a GeoJSON feature) joined in Arrow from pieces the
same in every row and columns made once for the whole table, a batch of rows at a time."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.export import values


def lines(pieces, rows: int):
    """The UTF-8 bytes of `rows` rows made of `pieces` one after the other, a batch of rows
    at a time (`made_in_batches`, `joined`): texts (str) the same in every row, text columns
    (a missing text is empty) and `per_distinct` columns, given one after the other (an
    iterable: a run of columns is joined before the next columns are made). A run of
    neighbouring pieces without a text column (numbers, times, places and the separators
    between them) is joined once per distinct combination of their values in the table
    rather than once per row: a row then joins a handful of pieces instead of one or more
    per column (each piece costs Arrow a step per row, and each Arrow call per batch a wait
    for the interpreter's lock while the calendars are written beside)."""
    pieces = values.texts_run_together(list(_runs_joined(pieces, rows)))
    yield from values.made_in_batches(lambda start, count: values.joined(
        pc.binary_join_element_wise(*_decoded([piece if isinstance(piece, str) else
                                               piece.slice(start, count) for piece in pieces]),
                                    "", null_handling="replace")), rows)


def _decoded(pieces: list) -> list:
    """The pieces with the dictionary arrays among them read out, all in one Arrow call
    (as the fields of a struct)."""
    at = [n for n, piece in enumerate(pieces) if isinstance(piece, pa.DictionaryArray)]
    if not at:
        return pieces
    names = [str(n) for n in at]
    struct = pa.StructArray.from_arrays([pieces[n] for n in at], names=names)
    fields = struct.cast(pa.struct([(name, pieces[n].type.value_type)
                                    for name, n in zip(names, at)])).flatten()
    decoded = list(pieces)
    for n, texts in zip(at, fields):
        decoded[n] = texts
    return decoded


def _runs_joined(pieces, rows: int):
    """`pieces` with each run of texts and dictionary arrays made one dictionary array (see
    `_run_joined`), as long as the combinations can be counted in 63 bits."""
    run, combinations = [], 1
    for piece in pieces:
        if isinstance(piece, pa.DictionaryArray) and combinations * len(piece.dictionary) >= 2**62:
            yield from _run_joined(run, rows)
            run, combinations = [], 1
        if isinstance(piece, (str, pa.DictionaryArray)):
            run.append(piece)
            combinations *= len(piece.dictionary) if isinstance(piece, pa.DictionaryArray) else 1
        else:
            yield from _run_joined(run, rows)
            yield piece
            run, combinations = [], 1
    yield from _run_joined(run, rows)


# The most text a run of columns joined once per combination may hold (`_run_joined`): kept
# well below the 2 GiB of an Arrow text column, and little beside the lines of a batch.
RUN_BYTES = 1 << 28


def _run_joined(run: list, rows: int) -> list:
    """A run of texts and dictionary arrays as one dictionary array: a text for each
    combination of their values that occurs, the pieces joined; the run as it is where the
    combinations are many and about as many as the rows (they would be made once more for
    nothing), or their texts together more than RUN_BYTES."""
    columns = [piece for piece in run if isinstance(piece, pa.DictionaryArray)]
    if not columns:
        return run
    if len(columns) == 1:
        indices, texts = columns[0].indices, [columns[0].dictionary]
    else:
        key = np.zeros(rows, np.int64)
        for piece in columns:
            key = key * len(piece.dictionary) + piece.indices.to_numpy()
        encoded = pc.dictionary_encode(pa.array(key))
        if 2 * len(encoded.dictionary) > rows and len(encoded.dictionary) > values.ROWS_AT_ONCE:
            return run
        indices, combination, digits = encoded.indices, encoded.dictionary.to_numpy(), []
        for piece in reversed(columns):  # the digits of each combination, the last first
            combination, digit = np.divmod(combination, len(piece.dictionary))
            digits.insert(0, digit)
        size = len(encoded.dictionary) * sum(len(piece.encode()) for piece in run
                                             if isinstance(piece, str))
        size += sum(int(np.diff(values.value_bounds(piece.dictionary))[digit].sum())
                    for piece, digit in zip(columns, digits))
        if size > RUN_BYTES:
            return run
        texts = [piece.dictionary.take(pa.array(digit)) for piece, digit in zip(columns, digits)]
    texts = iter(texts)
    return [pa.DictionaryArray.from_arrays(indices, pc.binary_join_element_wise(
        *(piece if isinstance(piece, str) else next(texts) for piece in run), ""))]

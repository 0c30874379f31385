"""The rows of a delivery kept column by column as Arrow texts (a CSV of a million rows)
instead of a dict per row, which would hold a Python object per value."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# A column whose first values are mostly distinct (ids, titles) is not worth coding.
_JUDGED = 4096


class ColumnRows(Sequence):
    """Row i is the dict a row reader gives, made only when asked for (a rejected row);
    mapping takes whole columns (`column`), and a column that repeats its values as its
    distinct values and their codes (`coded`). Every row has a value in every column."""

    def __init__(self, columns: dict[str, pa.ChunkedArray], length: int):
        self._columns = columns
        self._length = length
        self._coded: dict[str, tuple[np.ndarray, np.ndarray] | None] = {}

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if not -self._length <= index < self._length:
            raise IndexError(index)
        row = {}
        for name, values in self._columns.items():
            coded = self.coded(name)
            # an Arrow value costs microseconds; a coded one is a Python object already
            row[name] = values[index].as_py() if coded is None else coded[1][coded[0][index]]
        return row

    def at(self, positions: list[int]) -> list[dict[str, Any]]:
        """Rows as `self[i]` gives them, each column fetched once for all of them (the 40,000
        rejected rows of a million: an Arrow value at a time takes three times as long)."""
        where = np.asarray(positions, dtype=np.int64)
        columns = []
        for name, values in self._columns.items():
            coded = self.coded(name)
            columns.append(values.take(where).to_pylist() if coded is None
                           else coded[1][coded[0][where]].tolist())
        return [dict(zip(self._columns, row)) for row in zip(*columns)]

    def column(self, name: str) -> pa.ChunkedArray:
        return self._columns[name]

    def coded(self, name: str) -> tuple[np.ndarray, np.ndarray] | None:
        """The code of each row's value and the distinct values (Python texts) of a column
        that repeats its values; None for one whose values are mostly distinct."""
        if name not in self._coded:
            values = self._columns[name]
            first = values.slice(0, _JUDGED)
            if len(first) and pc.count_distinct(first).as_py() > len(first) // 2:
                self._coded[name] = None
            else:
                self._coded[name] = dictionary(values)
        return self._coded[name]


def dictionary(values: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """The code of each value (-1 where missing) and the distinct values, each once."""
    encoded = pc.dictionary_encode(values)  # the chunks share one dictionary
    if encoded.num_chunks == 0:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=object)
    codes = pc.fill_null(pa.chunked_array([chunk.indices for chunk in encoded.chunks]), -1)
    return codes.to_numpy(), encoded.chunks[-1].dictionary.to_numpy(zero_copy_only=False)


def rows_at(rows: list[dict[str, Any]] | ColumnRows, positions: list[int]) -> list[dict[str, Any]]:
    """The delivered rows at these positions, however the connector keeps them."""
    return rows.at(positions) if isinstance(rows, ColumnRows) else [rows[i] for i in positions]

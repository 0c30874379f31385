"""Values from the warehouse as people read them: present or not, instants in Berlin time.
Shared by every export format."""
from __future__ import annotations

import weakref

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.core.german import BERLIN


def present(value) -> bool:
    return value is not None and not pd.isna(value)


def berlin(value) -> pd.Timestamp:
    """An instant from the warehouse in Europe/Berlin (naive values are UTC)."""
    stamp = pd.Timestamp(value)
    return (stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp).tz_convert(BERLIN)


def texts_run_together(parts: list) -> list:
    """The parts with each run of neighbouring texts (str) joined into one; the other parts
    (columns, expressions) stay as they are."""
    merged = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return merged


def joined(texts: pa.Array | pa.ChunkedArray) -> pa.Buffer:
    """The texts one after the other as UTF-8 bytes: the Arrow array's own data, not a copy
    (each text ends with its separator where the format wants one; a missing one is empty)."""
    if isinstance(texts, pa.ChunkedArray):
        texts = texts.combine_chunks()
    _, offsets, data = texts.buffers()
    if not len(texts) or data is None:
        return pa.py_buffer(b"")
    width = np.int64 if pa.types.is_large_string(texts.type) else np.int32
    first, last = np.frombuffer(offsets, dtype=width)[[texts.offset, texts.offset + len(texts)]]
    return data.slice(int(first), int(last - first))


def write_parts(path, parts) -> None:
    """Write texts (str) and UTF-8 bytes (a `joined` buffer) one after the other."""
    with open(path, "wb") as file:
        for part in parts:
            file.write(part.encode("utf-8") if isinstance(part, str) else part)


def replaced(texts: pa.Array, replacements) -> pa.Array:
    """Each (old, new) replaced in turn, in Arrow; columns without any of the old ones
    (most: ids, postcodes, places) are left as they are after a single look."""
    firsts = {old[0] for old, _ in replacements}
    if all(c.isascii() for c in firsts):
        # a look at the column's bytes, far quicker than a regular expression text by text
        if not rows_holding(texts, "".join(firsts)).any():
            return texts
    else:
        pattern = "|".join("".join(f"\\x{{{ord(c):x}}}" for c in old) for old, _ in replacements)
        if not pc.any(pc.match_substring_regex(texts, pattern)).as_py():
            return texts
    for old, new in replacements:
        texts = pc.replace_substring(texts, old, new)
    return texts


def _marked(data: np.ndarray, characters: str) -> np.ndarray:
    """Which bytes are one of the (ASCII) characters: one comparison a character, the
    control characters together (a byte below the first one not asked)."""
    codes = {ord(c) for c in characters}
    controls = next((n for n in range(0x20) if n not in codes), 0x20)  # 0 … controls-1 asked
    marked = data < controls if controls else np.zeros(len(data), bool)
    for code in sorted(codes):
        if code >= controls:
            marked |= data == code
    return marked


def value_bounds(values: pa.Array) -> np.ndarray:
    """Where each value of a text or binary array starts in its data buffer, and where the
    last one ends (len + 1 offsets), read from the array's own buffers."""
    large = pa.types.is_large_string(values.type) or pa.types.is_large_binary(values.type)
    offsets = np.frombuffer(values.buffers()[1], dtype=np.int64 if large else np.int32)
    return offsets[values.offset:values.offset + len(values) + 1]


def starting_with(texts: pa.Array, characters: str) -> pa.Array:
    """Whether each text starts with one of the (ASCII) characters, from the first bytes."""
    data = texts.buffers()[2]
    bounds = value_bounds(texts)
    first = np.zeros(len(texts), np.uint8)
    filled = bounds[1:] > bounds[:-1]
    if data is not None:
        first[filled] = np.frombuffer(data, np.uint8)[bounds[:-1][filled]]
    return pa.array(_ascii_set(characters)[first] & filled)


def rows_holding(texts: pa.Array, characters: str) -> np.ndarray:
    """Whether each text holds one of the (ASCII) characters: where in the column's bytes
    they occur (mostly in few texts or none) and in which text (a missing text may count)."""
    found = np.zeros(len(texts), bool)
    data = texts.buffers()[2]
    bounds = value_bounds(texts)
    if data is None or bounds[-1] == bounds[0]:
        return found
    at = np.flatnonzero(_marked(np.frombuffer(data, np.uint8)[bounds[0]:bounds[-1]], characters))
    found[np.searchsorted(bounds, at + bounds[0], side="right") - 1] = True
    return found


def with_replaced(texts: pa.Array, where: np.ndarray, replacements: pa.Array) -> pa.Array:
    """`texts` with those where `where` holds replaced by `replacements` (in order): a new
    array of the batch's own texts (Arrow's replace_with_mask would copy all the text of the
    column a batch is a slice of)."""
    order = np.arange(len(texts))
    order[where] = len(texts) + np.arange(len(replacements))
    return pa.concat_arrays([texts, replacements]).take(pa.array(order))


def _ascii_set(characters: str) -> np.ndarray:
    """A byte lookup table: True for the characters given (ASCII, one byte each in UTF-8)."""
    wanted = np.zeros(256, bool)
    wanted[[ord(c) for c in characters]] = True
    return wanted


# A batch of a file made in Arrow: a few MB of text, so its short-lived buffers are reused
# rather than fetched anew from the system (and cleared by it page by page) batch after batch.
# Arrow's allocator (jemalloc) hands a block of 8 MiB or more back to the system as soon as it
# is freed: batches of 10,000 rows (12–14 MB of GeoJSON or sheet XML) had their pages cleared
# anew every time, 1.5 s of system time a million events in GeoJSON alone.
BATCH_BYTES = 4 << 20
# Rows of the first batch and of a batch of the workbook's shared strings
ROWS_AT_ONCE = 2_000


def batches(rows: int):
    """(first row, rows) of a table of `rows` rows, ROWS_AT_ONCE at a time."""
    for start in range(0, rows, ROWS_AT_ONCE):
        yield start, min(ROWS_AT_ONCE, rows - start)


def made_in_batches(make, rows: int):
    """`make(first row, rows)` (the bytes of those rows) for all `rows` rows, one batch after
    the other: ROWS_AT_ONCE first, then as many as would have made BATCH_BYTES in the batch
    before (rows of a table are about equally long; one with long texts or shapes gets
    batches of fewer rows)."""
    first, count = 0, ROWS_AT_ONCE
    while first < rows:
        count = min(count, rows - first)
        made = make(first, count)
        yield made
        first += count
        count = max(1, BATCH_BYTES * count // max(len(made), 1))


def column(table: pa.Table, name: str) -> pa.Array:
    """One column of an export table as a single Arrow array."""
    values = table[name]
    if isinstance(values, pa.ChunkedArray):  # a table built at once has a single chunk
        return values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
    return values


def per_distinct(values: pa.Array, texts_of, missing: str) -> pa.DictionaryArray:
    """`texts_of(distinct values)` (an Arrow array of texts) for every value of an Arrow
    column (or of its dictionary array, `encoded`), as a dictionary array: each distinct
    value converted once for the whole column, a batch of the file slices it and reads its
    texts (`texts`); `missing` where a value is missing."""
    encoded = (values if isinstance(values, pa.DictionaryArray)
               else _narrow(pc.dictionary_encode(values)))
    return _with_missing(encoded, texts_of(encoded.dictionary), missing)


# The dictionary arrays of the columns of the export tables being written, each column
# hashed once for all writers of its table (CSV and GeoJSON), let go with the table.
_ENCODED: dict[int, dict[str, pa.DictionaryArray]] = {}


def encoded(table: pa.Table, name: str) -> pa.DictionaryArray:
    """The column `name` of an export table as a dictionary array (`_narrow`), made once for
    the table."""
    columns = _ENCODED.get(id(table))
    if columns is None:
        columns = _ENCODED[id(table)] = {}
        weakref.finalize(table, _ENCODED.pop, id(table), None)
    if name not in columns:
        columns[name] = _narrow(pc.dictionary_encode(column(table, name)))
    return columns[name]


def _narrow(encoded: pa.DictionaryArray) -> pa.DictionaryArray:
    """A dictionary array with indices of one or two bytes where its values allow, and room
    for one more (`per_distinct`'s missing value): a column of places then takes a byte a
    row, not four."""
    for kind in (pa.int8(), pa.int16()):
        if len(encoded.dictionary) < np.iinfo(kind.to_pandas_dtype()).max:
            return pa.DictionaryArray.from_arrays(encoded.indices.cast(kind), encoded.dictionary)
    return encoded


def _with_missing(encoded: pa.DictionaryArray, converted: pa.Array,
                  missing: str) -> pa.DictionaryArray:
    """The dictionary array `encoded` with its dictionary `converted` and `missing` where its
    value is missing."""
    indices = encoded.indices
    if indices.null_count:
        indices = pc.fill_null(indices, pa.scalar(len(converted), indices.type))
    return pa.DictionaryArray.from_arrays(
        indices, pa.concat_arrays([converted, pa.array([missing], converted.type)]))


def distinct_texts(values: pa.Array, convert, missing: str) -> pa.DictionaryArray:
    """`convert(value)` (a text) of every value of an Arrow column, each distinct value
    converted once; `missing` where a value is missing (a dictionary array, `per_distinct`)."""
    return per_distinct(values, lambda distinct: pa.array(
        [convert(value) for value in distinct.to_pylist()], pa.string()), missing)


def chosen(where: pa.Array, if_true: pa.DictionaryArray,
           if_false: pa.DictionaryArray) -> pa.DictionaryArray:
    """`if_true`'s text where `where` (without gaps) holds, else `if_false`'s: one dictionary
    of both, so the choice is made on their indices."""
    shift = len(if_false.dictionary)
    shifted = if_true.indices.to_numpy().astype(np.int32) + shift  # indices may be of a byte
    indices = np.where(where.to_numpy(zero_copy_only=False), shifted, if_false.indices.to_numpy())
    return pa.DictionaryArray.from_arrays(
        pa.array(indices, pa.int32()), pa.concat_arrays([if_false.dictionary, if_true.dictionary]))


def texts(cells: pa.Array) -> pa.Array:
    """The texts of cells as a plain Arrow array (a `per_distinct` dictionary read out)."""
    return cells.dictionary_decode() if isinstance(cells, pa.DictionaryArray) else cells


def point_coordinates(wkb: pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y of a column of WKB that holds only two-dimensional, non-empty points in
    little-endian order (events: all of them), read straight from the bytes (21 each: order,
    type 1, x, y) without making a million shapely points; None for any other column."""
    if not pa.types.is_binary(wkb.type) or not len(wkb) or wkb.null_count:
        return None
    data = wkb.buffers()[2]
    bounds = value_bounds(wkb)
    if (np.diff(bounds) != 21).any():  # a two-dimensional point is 21 bytes, no other shape
        return None
    points = np.frombuffer(data, np.uint8)[bounds[0]:bounds[-1]].reshape(-1, 21)
    header = np.ascontiguousarray(points[:, :5]).view("<u1, <u4").reshape(-1)
    if (header["f0"] != 1).any() or (header["f1"] != 1).any():
        return None
    x, y = (np.ascontiguousarray(points[:, at:at + 8]).view("<f8").reshape(-1) for at in (5, 13))
    if np.isnan(x).any() or np.isnan(y).any():  # an empty point is POINT (NaN NaN)
        return None
    return x, y


def shortest_floats(values: np.ndarray) -> pa.Array:
    """`repr` of every float (the shortest text that reads back the same, as the json
    module writes it): Arrow's shortest form where it matches Python's (10⁻⁴ ≤ |x| < 10¹⁰,
    integral ones given their ".0"), Python's own elsewhere."""
    texts = pc.cast(pa.array(values, pa.float64()), pa.string())
    texts = pc.if_else(pc.match_substring(texts, "."), texts,
                       pc.binary_join_element_wise(texts, ".0", ""))
    size = np.abs(values)
    other = np.flatnonzero(~(((size >= 1e-4) & (size < 1e10)) | (values == 0)))
    if len(other):
        fixed = texts.to_numpy(zero_copy_only=False).astype(object)
        fixed[other] = [repr(value) for value in values[other].tolist()]
        texts = pa.array(fixed, pa.string())
    return texts


def repeating(table: pa.Table, name: str, texts_of, missing: str) -> pa.DictionaryArray | None:
    """`per_distinct` of a column whose values repeat (places, categories, organisers), None
    for one of values each different (titles, ids), which are better converted as they are
    than hashed and copied once more into a dictionary."""
    if not repeats(column(table, name)):
        return None
    return per_distinct(encoded(table, name), texts_of, missing)


# Values a column is judged by in `repeats`: enough to tell ids from places.
_SAMPLE = 10_000


def repeats(values: pa.Array) -> bool:
    """Whether at most half of a column's values are distinct, judged by up to `_SAMPLE` of
    them spread evenly over it (hashing every value of a column of ids took longer than
    converting them)."""
    spread = np.linspace(0, len(values) - 1, min(len(values), _SAMPLE)).astype(np.int64)
    sample = values.take(pa.array(spread))
    return 2 * pc.count_distinct(sample).as_py() <= len(sample) - sample.null_count

"""Values from the warehouse as people read them: present or not, instants in Berlin time.
Shared by every export format."""
from __future__ import annotations

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


def each_distinct(values: pd.Series, convert, missing=None) -> np.ndarray:
    """`convert(value)` of every value, each distinct value converted once (dates, times,
    places and prices repeat); `missing` where a value is missing."""
    codes, distinct = pd.factorize(values, use_na_sentinel=True)
    converted = np.empty(len(distinct) + 1, dtype=object)
    for n, value in enumerate(distinct):
        converted[n] = convert(value)
    converted[-1] = missing  # code -1 (missing) takes the last
    return converted[codes]


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
    pattern = "|".join("".join(f"\\x{{{ord(c):x}}}" for c in old) for old, _ in replacements)
    if not pc.any(pc.match_substring_regex(texts, pattern)).as_py():
        return texts
    for old, new in replacements:
        texts = pc.replace_substring(texts, old, new)
    return texts

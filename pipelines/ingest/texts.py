"""Delivered values as text, the way every parser of `pipelines.ingest.normalise` reads
them first: Unicode NFC, no surrounding white space, runs of white space as one space (line
breaks of descriptions kept) – value by value (`as_text`) and, for a column of texts,
vectorised with Arrow (`texts`), which must give the same."""
from __future__ import annotations

import math
import unicodedata

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from connectors.delivery import ColumnRows


def as_text(raw) -> str | None:
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = unicodedata.normalize("NFC", str(raw)).strip()
    if not text:
        return None
    # Line breaks in descriptions are kept; elsewhere runs of spaces are one space.
    return text if "\n" in text else " ".join(text.split())


def all_text(values: pd.Series) -> bool:
    return pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty")


# What str.strip() and str.split() take for white space (str.isspace), as a class of Arrow's
# regular expressions (RE2); tests/test_vectorised_reading.py checks it against Python.
SPACE_CLASS = ("\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
               "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}")
# A text `as_text` leaves as it is (up to Unicode NFC): words parted by single spaces.
_TIDY = f"^[^{SPACE_CLASS}]+( [^{SPACE_CLASS}]+)*$"


def texts(values: pd.Series) -> list:
    """`as_text` of every value, vectorised for texts without surplus white space (nearly
    all): ASCII ones are taken as they are, others only brought to Unicode NFC."""
    if not all_text(values):
        return [as_text(value) for value in values]
    try:
        array = pa.array(values.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    except (pa.ArrowException, UnicodeEncodeError):  # e.g. lone surrogates: no UTF-8
        return [as_text(value) for value in values]
    tidy = pc.fill_null(pc.match_substring_regex(array, _TIDY), False).to_numpy(zero_copy_only=False)
    ascii_ = pc.fill_null(pc.string_is_ascii(array), False).to_numpy(zero_copy_only=False)
    result = array.to_numpy(zero_copy_only=False).astype(object)
    for position in np.flatnonzero(tidy & ~ascii_):
        result[position] = unicodedata.normalize("NFC", result[position])
    for position in np.flatnonzero(~tidy):
        result[position] = as_text(result[position])
    return result.tolist()


def mapped_column(rows: list[dict] | ColumnRows, columns: list[str]) -> list | pd.Series:
    """A field's values from its delivered columns (several are joined by a space)."""
    if not isinstance(rows, ColumnRows):
        return [joined(row, columns) for row in rows]
    if len(columns) == 1:
        return rows.column(columns[0])
    # Columns like date + time repeat their values: each distinct combination is joined once.
    codes, distinct = zip(*(_distinct_texts(rows.column(column)) for column in columns))
    combinations, each = np.unique(np.column_stack(codes), axis=0, return_inverse=True)
    values = np.empty(len(combinations), dtype=object)
    values[:] = [" ".join(part for part in map(_at, distinct, combination) if part) or None
                 for combination in combinations.tolist()]
    return values[each.ravel()] if len(each) else values[:0]


def _distinct_texts(values) -> tuple[np.ndarray, list]:
    """Codes of the values and `as_text` of each distinct value; a missing value's code is -1."""
    codes, distinct = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    return codes, texts(pd.Series(distinct, dtype=object))


def _at(distinct: list, code: int):
    return distinct[code] if code >= 0 else None


def joined(row: dict, columns: list[str]):
    """A field's value from its delivered columns in one row (several joined by a space)."""
    if len(columns) == 1:
        return row.get(columns[0])
    parts = [as_text(row.get(c)) for c in columns]
    return " ".join(part for part in parts if part) or None

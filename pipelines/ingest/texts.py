"""Delivered values as text, the way every parser of `pipelines.ingest.normalise` reads
them first: Unicode NFC, no surrounding white space, runs of white space as one space (line
breaks of descriptions kept) – value by value (`as_text`) and, for a column of texts,
vectorised with Arrow (`texts`), which must give the same."""
from __future__ import annotations

import html
import math
import re
import unicodedata

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from connectors.column_rows import ColumnRows, dictionary
from connectors.delivery import BLANK, SPACE_CLASS


class ValueProblem(ValueError):
    """A delivered value that cannot be read; its message says what to change, in German."""


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


# A text `as_text` leaves as it is (up to Unicode NFC): words parted by single spaces.
_TIDY = f"^[^{SPACE_CLASS}]+( [^{SPACE_CLASS}]+)*$"


def texts(values: pd.Series) -> list:
    """`as_text` of every value, vectorised for texts without surplus white space (nearly
    all): ASCII ones are taken as they are, others only brought to Unicode NFC."""
    if _arrow_texts(values):
        return tidied(values).tolist()
    if not all_text(values):
        return [as_text(value) for value in values]
    try:
        array = pa.array(values.to_numpy(dtype=object), type=pa.string(), from_pandas=True)
    except (pa.ArrowException, UnicodeEncodeError):  # e.g. lone surrogates: no UTF-8
        return [as_text(value) for value in values]
    return _tidied(array).tolist()


def tidied(values: pd.Series) -> np.ndarray:
    """`texts` of a column of Arrow texts, as an array of Python objects."""
    return _tidied(values.array.__arrow_array__())


def _tidied(array: pa.Array | pa.ChunkedArray) -> np.ndarray:
    tidy = pc.fill_null(pc.match_substring_regex(array, _TIDY), False).to_numpy(zero_copy_only=False)
    ascii_ = pc.fill_null(pc.string_is_ascii(array), False).to_numpy(zero_copy_only=False)
    result = array.to_numpy(zero_copy_only=False).astype(object)
    for position in np.flatnonzero(tidy & ~ascii_):
        result[position] = unicodedata.normalize("NFC", result[position])
    untidy = np.flatnonzero(~tidy)
    if len(untidy):
        # texts `as_text` makes None of
        blank = pc.fill_null(pc.match_substring_regex(array.take(untidy), BLANK), True)
        result[untidy[blank.to_numpy(zero_copy_only=False)]] = None
        for position in untidy[~blank.to_numpy(zero_copy_only=False)]:
            result[position] = as_text(result[position])
    return result


def _arrow_texts(values: pd.Series) -> bool:
    return isinstance(values.dtype, pd.ArrowDtype) and pa.types.is_string(values.dtype.pyarrow_dtype)


def repeated(values: pd.Series) -> bool:
    """Whether reading each distinct value once may pay: not for a column of a delivery kept
    column by column that hardly repeats its values (ids, titles), which comes as Arrow texts."""
    return not _arrow_texts(values)


def each_distinct(column: pd.Series, judge) -> tuple[np.ndarray, list]:
    """`judge` of each distinct value once (deliveries repeat their dates and places): the
    code of each row, and the answers by code – the last one, code -1, for missing values."""
    try:
        codes, distinct = pd.factorize(column, use_na_sentinel=True)
    except TypeError:  # unhashable values (a list in a GeoJSON property): one by one
        codes, distinct = np.arange(len(column)), column.to_numpy()
    return codes, [*map(judge, distinct), judge(None)]


def coded(values: pd.Series) -> tuple[np.ndarray, pd.Series] | None:
    """The code of each value (-1 where missing) and the distinct values, each once; None where
    the values are not all texts."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, distinct = values.cat.codes.to_numpy(), values.cat.categories
    elif _arrow_texts(values):
        codes, distinct = dictionary(values.array.__arrow_array__())
    elif all_text(values):
        codes, distinct = pd.factorize(values, use_na_sentinel=True)
    else:
        return None
    return codes, pd.Series(distinct, dtype=object)


# Markup a web CMS leaves in a text: an HTML element (<p>, <br/>, </div>, <a href="…">) or a
# character reference (&amp;, &#228;). A lone "<" ("Kinder < 6 Jahre") is none. The pattern
# reads alike in Python's re and in Arrow (RE2).
MARKUP = ("(?i)</?(?:p|br|div|span|a|b|i|u|em|strong|small|big|font|sup|sub|ul|ol|li|h[1-6]|"
          "blockquote|pre|table|thead|tbody|tr|td|th|hr|img|section|article)(?:[ \t\r\n/][^<>]*)?>"
          "|&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);")
_MARKUP = re.compile(MARKUP)
# Elements that begin a line of their own.
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "pre", "table", "tr", "hr", "section", "article"}


def plain_text(markup: str) -> str:
    """An HTML text as plain text: paragraphs and <br> become line breaks, character
    references their characters, links their text with the address; tags, comments and
    scripts are dropped."""
    if not re.search("(?i)<[a-z/!]", markup):  # only references: the line breaks are the text's
        return html.unescape(markup)
    # lxml only for a text with tags: most deliveries have none, and `swdp check` of one
    # would load it (10 ms) for nothing
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except etree.ParserError:
        return markup
    etree.strip_elements(root, "script", "style", etree.Comment, with_tail=False)
    lines = "".join(_pieces(root)).split("\n")
    return "\n".join(line for line in (" ".join(line.split()) for line in lines) if line)


def _pieces(element):
    """The texts of an element and its descendants, white space as HTML reads it, with a line
    break at each <br> and around each block."""
    block = element.tag in _BLOCKS
    yield "\n" if block or element.tag == "br" else ""
    yield _one_line(element.text)
    for child in element:
        yield from _pieces(child)
    yield _link_target(element)
    yield "\n" if block else ""
    yield _one_line(element.tail)


def _link_target(element) -> str:
    """Where a link leads, after its text ("Programm (https://…)"): without the tags, the
    reader would keep the word and lose the address. Nothing where the text shows it already
    or the link leads nowhere a reader can follow (anchors, javascript:)."""
    if element.tag != "a":
        return ""
    target = (element.get("href") or "").strip()
    if not re.match("(?i)(?:https?://|mailto:)", target):
        return ""
    shown = re.sub("(?i)^mailto:", "", target)
    return "" if shown in element.text_content() else f" ({shown})"


def _one_line(text: str | None) -> str:
    """Line breaks in HTML source are spaces."""
    return (text or "").replace("\r", " ").replace("\n", " ")


def without_markup(values: pd.Series) -> tuple[pd.Series, int]:
    """A mapped column (`mapped_column`) with its HTML texts (`MARKUP`) as plain text
    (`plain_text`), and how many rows it changed."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        distinct = values.cat.categories.to_numpy(dtype=object)
        changed = _changed(distinct)
        if not changed:
            return values, 0
        codes = values.cat.codes.to_numpy()
        rows = int(np.isin(codes, list(changed)).sum())
        distinct = distinct.copy()
        distinct[list(changed)] = list(changed.values())
        # texts that are alike once plain share one category
        renumbered, categories = pd.factorize(distinct)
        plain = pd.Categorical.from_codes(np.where(codes >= 0, renumbered[codes], -1),
                                          categories=pd.Index(categories, dtype=object))
        return pd.Series(plain, index=values.index), rows
    if _arrow_texts(values):
        array = values.array.__arrow_array__().combine_chunks()
        found = pc.fill_null(pc.match_substring_regex(array, MARKUP), False)
        positions = np.flatnonzero(found.to_numpy(zero_copy_only=False))
        if not len(positions):
            return values, 0
        texts_ = array.take(positions).to_pylist()
        plain = [plain_text(text) for text in texts_]
        array = pc.replace_with_mask(array, found, pa.array(plain, type=array.type))
        return (pd.Series(pd.arrays.ArrowExtensionArray(array), index=values.index),
                sum(before != after for before, after in zip(texts_, plain)))
    changed = _changed(values.to_numpy(dtype=object))
    if not changed:
        return values, 0
    result = values.copy()
    result.iloc[list(changed)] = list(changed.values())
    return result, len(changed)


def _changed(values: np.ndarray) -> dict[int, str]:
    """Position -> plain text, of the texts among `values` that `plain_text` changes."""
    changed = {}
    for position, value in enumerate(values):
        if isinstance(value, str) and _MARKUP.search(value):
            if (plain := plain_text(value)) != value:
                changed[position] = plain
    return changed


def mapped_column(rows: list[dict] | ColumnRows, columns: list[str], part=as_text) -> pd.Series:
    """A field's values from its delivered columns (several are joined by a space, each cell
    made text by `part`); from a delivery kept column by column (its cells are texts already)
    as categories, or as Arrow texts where they hardly repeat."""
    if not isinstance(rows, ColumnRows):
        return pd.Series([joined(row, columns, part) for row in rows], dtype=object)
    if len(columns) == 1:
        if (found := rows.coded(columns[0])) is None:
            return pd.Series(pd.arrays.ArrowExtensionArray(rows.column(columns[0])))
        return pd.Series(pd.Categorical.from_codes(found[0], categories=pd.Index(found[1], dtype=object)))
    # Columns like date + time repeat their values: each distinct combination is joined once.
    codes, distinct = zip(*(rows.coded(column) or dictionary(rows.column(column))
                            for column in columns))
    combination, example = _combinations(codes, [len(values) for values in distinct])
    parts = [texts(pd.Series(values, dtype=object)) for values in distinct]
    joined_once = pd.Series([_joined([tidied[column[row]] for tidied, column in zip(parts, codes)])
                             for row in example.tolist()], dtype=object)
    # Different combinations may join to the same text ("a b" + "" and "a" + "b").
    spelling, categories = pd.factorize(joined_once, use_na_sentinel=True)
    return pd.Series(pd.Categorical.from_codes(spelling[combination], categories=categories))


def _combinations(codes: tuple[np.ndarray, ...], sizes: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The number of each row's combination of codes, and a row of each combination."""
    combination = np.zeros(len(codes[0]), dtype=np.int64)
    for column, size in zip(codes, sizes):
        # numbered afresh after each column, so the numbers stay below rows × distinct values
        combination, _ = pd.factorize(combination * (size + 1) + (column + 1))  # -1: missing
    example = np.empty(combination.max(initial=-1) + 1, dtype=np.intp)
    example[combination] = np.arange(len(combination))
    return combination, example


def joined(row: dict, columns: list[str], part=as_text):
    """A field's value from its delivered columns in one row (several joined by a space, each
    cell made text by `part`)."""
    if len(columns) == 1:
        return row.get(columns[0])
    return _joined([part(row.get(c)) for c in columns])


# A spreadsheet's date cell read as text: the date at midnight ("2026-12-27 00:00:00").
_AT_MIDNIGHT = re.compile(r"^(\S+)[ T]00:00(?::00)?$")


def _joined(parts: list[str | None]) -> str | None:
    """The texts of a field's columns joined by a space. A date at midnight among them is
    the date alone, as the member typed it: its time is the next column's (a date cell
    „27.12.2026“ and a time cell „19:00“ read "2026-12-27 00:00:00" and "19:00:00", which
    join to "2026-12-27 19:00:00"), or none where that cell is empty."""
    parts = [part for part in parts if part]
    for index, part in enumerate(parts):
        if part.endswith("00:00") and (date := _AT_MIDNIGHT.match(part)):
            parts[index] = date.group(1)
    return " ".join(parts) or None

"""CSV read column by column with Arrow: the ordinary delivery (UTF-8 or Windows-1252, every
row with every column) in a fraction of the time and memory of Python's csv module, with
the same rows, values and line numbers.

Arrow's parser follows the csv module's rules for such files: a quote opens a quoted field
only at the start of a field, doubled quotes are one, line breaks inside quotes belong to
the value, text after a closing quote is kept. Where it cannot vouch for the same result,
`read` returns None and `connectors.csv_excel` reads the file with the csv module, which
repairs UTF-8 encoded twice and gives the German errors: other encodings, a byte order mark
other than one UTF-8 mark, NUL bytes, bytes the encoding does not know, a header that is
blank, short or names a column twice, rows of other lengths, empty lines between rows, a
field beyond the csv module's limit, a carriage return without line feed inside a value
(Arrow loses the line feed of a quoted \\r\\n on a block boundary, apache/arrow#51368), a
last value ending in a line break (a quote left open) – and whenever Arrow's rows do not add
up to the file's lines.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from connectors.column_rows import ColumnRows
from connectors.delivery import (BLANK, Delivery, byte_order_mark, configured_encoding,
                                 is_utf8, maybe_twice_encoded, utf16_without_mark)

# Encodings read here (as Python names them); both keep ASCII bytes as ASCII characters,
# so delimiters, quotes and line breaks can be found in the bytes.
_UTF8, _WINDOWS = "utf-8", "cp1252"
_ENCODINGS = {"utf-8": _UTF8, "utf-8-sig": _UTF8, "cp1252": _WINDOWS}
# The header is read by the csv module from the file's first bytes.
_HEAD = 1024 ** 2
# Arrow parses blocks of this size in parallel (its default).
BLOCK_SIZE = 1024 ** 2


def read(path: Path, options: dict) -> Delivery | None:
    """The delivery as `connectors.csv_excel` reads it, or None where only the csv module can
    say (see above)."""
    data = path.read_bytes()
    configured, note = options.get("encoding"), None
    if configured:
        configured, note = configured_encoding(data, configured)
    chosen = _encoding(data, configured)
    if chosen is None:
        return None
    encoding, start = chosen
    header = _header(data, start, encoding, options.get("delimiter"))
    if header is None:
        return None
    names, delimiter, header_lines = header
    quoted = data.find(b'"', start) >= 0  # without a quote no value holds a line break
    table = _table(data, start, encoding, delimiter, len(names), quoted)
    if table is None or table.num_rows == 0 or table.slice(0, 1).to_pylist()[0] != dict(
            zip(table.column_names, names)):
        return None
    lines = _lines(table, quoted)
    if lines is None:
        return None
    line_ends = np.cumsum(lines)
    if line_ends[0] != header_lines or line_ends[-1] != _physical_lines(data, start):
        return None  # an empty line Arrow skipped, or a record Arrow saw otherwise
    del data
    rows = table.slice(1)
    kept = np.flatnonzero(~_blank(rows))
    if len(kept) < rows.num_rows:
        rows = rows.take(kept)
    columns = [name.strip() for name in names]
    # a record is found at its first line: the one after the end of the record before it;
    # Excel shows it in the row of its number (the header's is 1)
    refs = line_refs((line_ends[:-1] + 1)[kept], kept + 2)
    return Delivery(path=path, columns=columns, refs=refs, rows=ColumnRows(
        {name: rows.column(i) for i, name in enumerate(columns)}, rows.num_rows),
        notes=[note] if note else [])


def _encoding(data: bytes, configured: str | None) -> tuple[str, int] | None:
    """The encoding `decode_text` would read the file in and where the text starts, if it is
    one read here and the text has no NUL; else None. Whether the text decodes is left to
    Arrow, which checks every value (and fails where `decode_text` would), except where the
    choice between UTF-8 and Windows-1252 depends on it. UTF-8 that may be encoded twice (and
    no encoding configured) is left to the csv module's reading, which repairs it."""
    chosen = _chosen(data, configured)
    if chosen and chosen[0] == _UTF8 and not configured and maybe_twice_encoded(data):
        return None
    return chosen


def _chosen(data: bytes, configured: str | None) -> tuple[str, int] | None:
    if b"\x00" in data:
        return None
    if mark := byte_order_mark(data):
        encoding, start = mark
        if encoding != _UTF8 or data.startswith(codecs.BOM_UTF8, start):
            return None  # UTF-16/32, or a second mark `decode_text` would strip as well
        return _UTF8, start
    if configured:
        try:
            encoding = _ENCODINGS.get(codecs.lookup(configured).name)
        except LookupError:
            return None
        return (encoding, 0) if encoding else None
    if utf16_without_mark(data[:4096]):
        return None
    return (_UTF8, 0) if is_utf8(data) else (_WINDOWS, 0)


def _header(data: bytes, start: int, encoding: str, delimiter: str | None
            ) -> tuple[list[str], str, int] | None:
    """The column names as the csv module reads them, the delimiter and the number of lines
    the header takes; None where the csv module reads them otherwise or rejects them."""
    ending = start + _HEAD
    try:
        head = codecs.getincrementaldecoder(encoding)().decode(data[start:ending])
    except UnicodeDecodeError:
        return None
    whole = ending >= len(data)
    if not (whole or "\n" in head):
        return None  # the first line, where the delimiter is sniffed, goes on beyond the head
    if SEPARATOR_LINE.match(head):
        return None  # Excel's "sep=;" line above the header
    delimiter = delimiter or sniff_delimiter(head)
    if not (isinstance(delimiter, str) and len(delimiter) == 1 and delimiter.isascii()
            and delimiter not in '"\r\n'):
        return None
    reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
    try:
        names = next(reader)
    except (StopIteration, csv.Error):
        return None
    complete = whole or reader.line_num < len(io.StringIO(head, newline="").readlines())
    stripped = [name.strip() for name in names]
    if not complete or len(names) < 2 or not any(stripped) or len(set(stripped)) < len(names):
        return None
    return names, delimiter, reader.line_num


def _table(data: bytes, start: int, encoding: str, delimiter: str, width: int, quoted: bool
           ) -> pa.Table | None:
    """All records, the header first, as texts; None where Arrow refuses the file (a row of
    another length, a byte Windows-1252 does not know) or a field is longer than the csv
    module takes."""
    names = [str(i) for i in range(width)]
    try:
        table = pa_csv.read_csv(
            pa.BufferReader(pa.py_buffer(data)[start:]),
            read_options=pa_csv.ReadOptions(column_names=names, encoding=encoding,
                                            block_size=BLOCK_SIZE),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, quote_char='"',
                                              double_quote=True, escape_char=False,
                                              newlines_in_values=quoted, ignore_empty_lines=True),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa.string() for name in names}, strings_can_be_null=False,
                quoted_strings_can_be_null=False))
    except (pa.ArrowException, UnicodeError):
        return None
    limit = csv.field_size_limit()
    for column in table.columns:
        # a character takes one to four bytes: only a long field needs its characters counted
        if len(column) and pc.max(pc.binary_length(column)).as_py() > limit and \
                pc.max(pc.utf8_length(column)).as_py() > limit:
            return None
    return table


def _lines(table: pa.Table, quoted: bool) -> np.ndarray | None:
    """The physical lines each record takes as the csv module counts them: one, and one more
    for each line break (\\r\\n or \\n) inside its quoted values. None where a value holds
    a carriage return without a line feed after it: Arrow drops the \\n of a quoted \\r\\n
    that straddles two of its blocks (apache/arrow#51368), and a value cannot show whether
    that happened – nor whether a last value that ends in a line break was left open at the
    end of the file (the csv module counts that break as no line of its own)."""
    lines = np.ones(table.num_rows, dtype=np.int64)
    if not quoted:
        return lines
    for column in table.columns:
        breaks = pc.count_substring(column, "\n").to_numpy()
        returns = pc.count_substring(column, "\r").to_numpy()
        if returns.any() and (returns != pc.count_substring(column, "\r\n").to_numpy()).any():
            return None
        lines += breaks
    # a quote left open swallows the rest of the file into the last column's last value
    last = table.column(table.num_columns - 1)[-1].as_py()
    return None if last.endswith(("\r", "\n")) else lines


def _physical_lines(data: bytes, start: int) -> int:
    """The lines of the text up to its last character that is no line break."""
    end = len(data)
    while end > start and data[end - 1] in b"\r\n":
        end -= 1
    # counting reads every byte (0.15 s a file of 300 MB); finding a first one, mostly none,
    # is a memchr
    returns = data.count(b"\r", start, end) if data.find(b"\r", start, end) >= 0 else 0
    pairs = data.count(b"\r\n", start, end) if returns else 0
    return data.count(b"\n", start, end) + returns - pairs + 1


def _blank(rows: pa.Table) -> np.ndarray:
    """Rows of empty or blank cells, which the csv reader skips (as white space counts what
    Python's str.strip takes)."""
    blank = np.zeros(rows.num_rows, dtype=bool)
    if rows.num_rows == 0:
        return blank
    # The first column rules out nearly every row; the others only where it is blank.
    candidates = np.flatnonzero(pc.match_substring_regex(rows.column(0), BLANK).to_numpy(
        zero_copy_only=False))
    if len(candidates):
        chosen = rows.take(candidates)
        everywhere = np.logical_and.reduce([pc.match_substring_regex(column, BLANK).to_numpy(
            zero_copy_only=False) for column in chosen.columns])
        blank[candidates[everywhere]] = True
    return blank


def line_refs(lines: np.ndarray, rows: np.ndarray) -> list[str]:
    """Each record's reference: the line it starts on in the file, and where a value with a
    line break before it moved it down, the row Excel shows it in (a spreadsheet keeps a
    record in one row): „Zeile 14, in Excel Zeile 9“."""
    if np.array_equal(lines, rows):
        return [f"Zeile {line}" for line in lines.tolist()]
    return [f"Zeile {line}" if line == row else f"Zeile {line}, in Excel Zeile {row}"
            for line, row in zip(lines.tolist(), rows.tolist())]


# "sep=;" (or "sep=^") as the first line: Excel takes it as the delimiter, does not show the
# line and numbers the header row 1; files made for Excel (Hamburg's daycare list) have it.
SEPARATOR_LINE = re.compile(r"sep=(.)\r?(?:\n|$)")


def sniff_delimiter(text: str) -> str:
    """The delimiter a first line "sep=X" names, else the one of `;`, `,` and tab the first
    line holds most often (`;` when none)."""
    if named := SEPARATOR_LINE.match(text):
        return named[1]
    first_line = text.split("\n", 1)[0]
    return max(";,\t", key=first_line.count)

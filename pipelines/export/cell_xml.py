"""The contents of XLSX cells, made in Arrow for a whole column at once: numbers, dates and
times (Berlin wall-clock time) as Excel's serial numbers in openpyxl's digits (`spreadsheet._cell`),
texts and yes/no („ja“/„nein“) escaped as openpyxl escapes them, repeated ones in the workbook's
shared strings.
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from openpyxl.utils.exceptions import IllegalCharacterError

from pipelines.export.berlin_time import all_day_days, showings, wall_time
from pipelines.export.values import (column, encoded, repeats, replaced, texts_run_together,
                                     value_bounds)
from schemas import Field

# Texts of the sheet XML are large (64-bit offsets): the cells of a batch of rows, or the
# distinct texts of all columns, may hold more than the 2 GiB of a plain Arrow text.
LARGE = pa.large_string()
_EMPTY = pa.scalar("", LARGE)

# The XML before the content of a cell that holds a position in the shared strings (after
# its style); a number's cell says no type, as numbers are the default (ECMA-376 §18.3.1.4)
SHARED = ' t="s"><v>'


# What a cell holds: Excel keeps a text as UTF-16 and allows 32,767 of its 16-bit units
# (MS-XLS 2.5.294 XLUnicodeString, 2.4.268: cch ≤ 32767, two octets each), so an emoji or
# another character beyond the Basic Multilingual Plane counts twice.
CELL_UNITS = 32767


def cell_texts(table: pa.Table, f: Field) -> pa.Array | None:
    """The texts of a text or yes/no column of an export table as its cells show them (at
    most what a cell holds, `CELL_UNITS`), missing where the value is, as large texts; a
    column whose texts repeat (`repeats`) as a dictionary array of them: the column's
    dictionary array that the table's other writers use (`encoded`), each distinct text
    shown once. None for a column of numbers."""
    if f.type not in ("boolean", "string"):
        return None
    values = column(table, f.name)
    # UTF-8 spends at least one octet on each UTF-16 unit (four on a pair): a text of at
    # most CELL_UNITS octets fits, and most columns need no look at their characters
    if f.type == "string" and (pc.max(pc.binary_length(values)).as_py() or 0) > CELL_UNITS:
        texts = _cut_to_cell(values).cast(LARGE)  # judged as cut: cut texts may coincide
        return pc.dictionary_encode(texts) if repeats(texts) else texts
    if not repeats(values):
        return _shown(values, f)
    distinct = encoded(table, f.name)
    return pa.DictionaryArray.from_arrays(distinct.indices, _shown(distinct.dictionary, f))


def _shown(values: pa.Array, f: Field) -> pa.Array:
    """Texts (that fit a cell) or yes/no as „ja“/„nein“, as large texts."""
    return (pc.if_else(values, "ja", "nein") if f.type == "boolean" else values).cast(LARGE)


def _cut_to_cell(values: pa.Array) -> pa.Array:
    """Texts longer than a cell holds cut to its first `CELL_UNITS` UTF-16 units, never
    between the two units of one character."""
    long = pc.fill_null(pc.greater(pc.binary_length(values), CELL_UNITS), False)
    # Decoding drops a first unit of a pair whose second was cut off; UTF-8 from Arrow has
    # no other lone surrogate to drop. Such long texts are few: one at a time.
    cut = [text.encode("utf-16-le")[:2 * CELL_UNITS].decode("utf-16-le", errors="ignore")
           for text in values.filter(long).to_pylist()]
    return pc.replace_with_mask(values, long, pa.array(cut, values.type))


def text_cells(columns: list[pa.Array | pa.DictionaryArray],
               order: pa.Array) -> tuple[list[tuple], pa.Array]:
    """Columns of `cell_texts` as their cells hold them: per column the XML before the
    content, the contents in reading order (`_in_order`) and the XML after;
    and the entries of the workbook's shared strings (`<si>…</si>`). A column whose texts
    repeat (places, categories, organisers, yes/no) puts them in the shared strings, each
    distinct text once for all columns: escaped once rather than in every cell, and a cell
    holds a short number instead of the text. A column of texts each different (titles,
    ids) keeps them in its cells (inline strings): sharing would add work, not save bytes."""
    repeating = [isinstance(texts, pa.DictionaryArray) for texts in columns]
    shared_columns = [texts for texts in columns if isinstance(texts, pa.DictionaryArray)]
    table = pc.dictionary_encode(pa.concat_arrays(
        [column.dictionary for column in shared_columns] or [pa.array([], LARGE)]))
    ends = np.cumsum([0, *(len(column.dictionary) for column in shared_columns)])
    positions = table.indices.cast(pa.string())
    shared = iter([_in_order(positions.slice(start, end - start), column.indices.take(order))
                   for column, start, end in zip(shared_columns, ends, ends[1:])])
    cells = []
    for texts, repeats in zip(columns, repeating):
        if repeats:
            cells.append((SHARED, next(shared), "</v></c>"))
        else:
            opening, content = _escaped(texts)
            cells.append((f' t="inlineStr"><is>{opening}', _in_order(content, order),
                          "</t></is></c>"))
    opening, escaped = _escaped(table.dictionary)
    return cells, joined_pieces([f"<si>{opening}", escaped, "</t></si>"])


def joined_pieces(pieces: list) -> pa.Array:
    """Per row the pieces one after the other: texts (str) the same in every row, and
    arrays of large texts; neighbouring texts as one, empty ones left out (each piece costs
    Arrow a step per row)."""
    return pc.binary_join_element_wise(*(
        pa.scalar(piece, LARGE) if isinstance(piece, str) else piece
        for piece in texts_run_together(pieces) if not isinstance(piece, str) or piece), _EMPTY)


def joined_once(cells: list) -> list:
    """The cells of `spreadsheet._sheet_cells` with what a row would join in every cell
    joined once where a column's contents repeat (each in two cells at least): each content
    wrapped in the XML before and after it and, where neither this column nor the next has
    gaps, the next cell's beginning: a row then joins two pieces of such a cell rather than
    four (the pieces took most of the rows' time). Contents each different (titles, ids)
    stay as they are rather than be copied once more."""
    done, given = [], False  # whether the cell's beginning ends the previous cell's contents
    for index, (beginning, opening, content, closing) in enumerate(cells):
        beginning = "" if given else beginning
        texts = content.dictionary
        if 2 * len(texts) > len(content):
            done.append((beginning, opening, content, closing))
            given = False
            continue
        following = cells[index + 1:index + 2]
        given = bool(following) and not content.null_count and not following[0][2].null_count
        after = closing + following[0][0] if given else closing
        done.append((beginning, "", pa.DictionaryArray.from_arrays(
            content.indices, joined_pieces([opening, texts, after])), ""))
    return done


def rows_size(cells: list) -> int:
    """Octets of the XML of the rows of cells (`spreadsheet._sheet_part`), without writing
    it: from how often each content occurs, not a length for every cell (Arrow's arrays of a
    million lengths were each fetched anew from the system and cleared by it)."""
    *columns, numbers = cells
    digits = np.diff(value_bounds(numbers))
    size = int(digits.sum()) + len(numbers) * len('<row r=""></row>')
    for beginning, opening, content, closing in columns:
        codes = content.indices.to_numpy(zero_copy_only=False)
        if content.null_count:
            present = np.asarray(content.is_valid())
            codes, digits_present = codes[present].astype(np.int64), digits[present]
        else:
            digits_present = digits
        occurs = np.bincount(codes, minlength=len(content.dictionary))
        size += (len(codes) * len(f"{beginning}{opening}{closing}") + int(digits_present.sum())
                 + int(occurs @ np.diff(value_bounds(content.dictionary))))
    return size


def number_content(values: pa.Array, kind: str, order: pa.Array) -> tuple[str, pa.Array, str]:
    """A column of numbers, dates or times (`kind`, a field's type; or its dictionary array,
    `encoded`) as openpyxl writes its cells: the XML around the content and the contents in reading order (`_in_order`),
    missing where the value is. Each distinct number's content is written once, and put in
    order by its code."""
    if not isinstance(values, pa.DictionaryArray):
        values = pc.dictionary_encode(values)
    numbers = _numbers(values.dictionary, kind)
    texts = np.array(["%.16g" % number for number in numbers.tolist()], dtype=object)
    texts[~np.isfinite(numbers)] = ""  # as openpyxl's safe_string writes them
    contents = pa.array(texts, pa.string(), mask=np.isnan(numbers))  # NaN: no cell, as a gap
    return "><v>", _in_order(contents, values.indices.take(order)), "</v></c>"


def time_content(values: pa.Array, order: pa.Array,
                 styles: dict[str, str]) -> tuple[str, pa.Array, str]:
    """A column of times as `number_content` makes it, with the XML after `s="`: in the time
    cells' style (`styles[""]`); where the workbook has styles for the showings of the hour
    the clocks show twice as well (`styles[" (MESZ)"]`, `styles[" (MEZ)"]`: „25.10.2026 02:30
    (MEZ)“), each content names its style, that of its showing (`showings`)."""
    values = values if isinstance(values, pa.DictionaryArray) else pc.dictionary_encode(values)
    opening, content, closing = number_content(values, "datetime", order)
    marks = showings(values.dictionary) if len(styles) > 1 else None
    if marks is None:
        return f'{styles[""]}"{opening}', content, closing
    named = pa.array(list(styles.values()), LARGE).take(pc.index_in(marks, pa.array(list(styles))))
    return "", pa.DictionaryArray.from_arrays(content.indices, joined_pieces(
        [named, f'"{opening}', content.dictionary])), closing


def twice_shown(table: pa.Table, names: list[str]) -> frozenset[str]:
    """The time columns (`names`) with cells in the hour the clocks show twice (`showings`),
    not counting the days of all-day events (`all_day_content`)."""
    shown = set()
    for name in names:
        values = encoded(table, name)
        marks = showings(values.dictionary)
        if marks is None:
            continue
        timed = pc.not_equal(marks, "").take(values.indices)
        if name in ("start", "end") and "all_day" in table.column_names:
            timed = pc.and_(timed, pc.invert(pc.fill_null(column(table, "all_day"), False)))
        if pc.any(timed).as_py():
            shown.add(name)
    return frozenset(shown)


def _in_order(texts: pa.Array, codes: pa.Array) -> pa.DictionaryArray:
    """The texts at `codes`, missing where a code or its text is: a dictionary array of large
    texts, so the texts are not copied into order before they are written, a batch of rows
    at a time."""
    if texts.null_count:  # most columns have none: their codes need no look at the texts
        missing = pc.fill_null(texts.is_null().take(codes), True)
        codes = pc.if_else(missing, pa.scalar(None, codes.type), codes)
    return pa.DictionaryArray.from_arrays(codes, pc.fill_null(texts, "").cast(LARGE))


_EXCEL_DAY_1970 = 25569  # 1 January 1970 in Excel's count of days from 30 December 1899
_DAY = 86_400_000_000  # microseconds


def all_day_content(start: pa.Array, end: pa.Array, all_day: pa.Array, order: pa.Array,
                    styles: tuple[dict[str, str], str]) -> dict[str, tuple[str, pa.Array, str]]:
    """The start and end columns of events where an all-day event shows its first and last
    day as a date, as the CSV does (26.11. to 22.12., not „23.12. 00:00“: the stored end is
    the midnight after the last day, iCalendar's DTEND), other events their times. A cell
    names its style (`styles`: the times' as `time_content` takes them, a day's) with its
    content, so a row joins no further piece: the XML after `s="` and the contents in reading
    order, per column."""
    first, last = all_day_days(start, end)
    in_order = pc.fill_null(all_day, False).take(order)
    made = {}
    for name, times, days in (("start", start, first), ("end", end, last)):
        timing, timed, _ = time_content(times, order, styles[0])
        dated = number_content(days.cast(pa.date32()), "date", order)[1]
        indices = pc.if_else(in_order, pc.add(dated.indices.cast(pa.int32()), len(timed.dictionary)),
                             timed.indices.cast(pa.int32()))
        made[name] = ("", pa.DictionaryArray.from_arrays(indices, pa.concat_arrays([
            joined_pieces([opening, cells.dictionary])
            for opening, cells in ((timing, timed), (f'{styles[1]}"><v>', dated))])), "</v></c>")
    return made


def _numbers(values: pa.Array, kind: str) -> np.ndarray:
    """What openpyxl stores for each number, date or time (its `to_excel`:
    days and their fraction; times in Berlin wall-clock time)."""
    if kind == "datetime":
        moment = wall_time(values).cast(pa.int64()).to_numpy(zero_copy_only=False)
    elif kind == "date":
        moment = values.cast(pa.int32()).to_numpy(zero_copy_only=False).astype(np.int64) * _DAY
    else:
        return values.to_numpy(zero_copy_only=False)
    days, within = np.divmod(moment + _EXCEL_DAY_1970 * _DAY, _DAY)
    days -= (days > 0) & (days <= 60)  # Excel counts a 29 February 1900 that never was
    seconds, micro = np.divmod(within, 1_000_000)
    return days + (seconds + micro / 10**6) / 86400  # in to_excel's order: the same float


def _escaped(texts: pa.Array) -> tuple[str, pa.Array]:
    """Large texts as openpyxl writes them into cells, with the opening tag unless it is the plain
    `<t>`: escaped, with xml:space="preserve" where Python's strip() would take something
    off; illegal characters refused as openpyxl refuses them."""
    if _plain(texts) or not pc.any(pc.match_substring_regex(texts, _SPECIAL)).as_py():
        return "<t>", texts  # most texts
    illegal = pc.match_substring_regex(texts, _ILLEGAL)
    if pc.any(illegal).as_py():
        text = texts.filter(illegal)[0].as_py()
        raise IllegalCharacterError(f"{text} cannot be used in worksheets.")
    escaped = replaced(texts, (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;")))
    space = pc.if_else(pc.match_substring_regex(texts, f"^{_SPACE}|{_SPACE}$"),
                       pa.scalar(' xml:space="preserve"', LARGE), _EMPTY)
    return "", joined_pieces(["<t", space, ">", escaped])


# openpyxl's ILLEGAL_CHARACTERS_RE, and the characters Python's str.isspace() counts
_ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
_SPACE = (r"[\t\n\x0b\x0c\r\x1c-\x20\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}"
          r"\x{2029}\x{202f}\x{205f}\x{3000}]")
_INSIDE = f"{_ILLEGAL}|[&<>\\r]"  # what is refused or escaped wherever it is in a text
_SPECIAL = f"{_INSIDE}|^{_SPACE}|{_SPACE}$"  # anything of the above
# The first and last octets of a text (in UTF-8) that may be whitespace as above
_FIRST = np.isin(np.arange(256), [*range(0x09, 0x0e), *range(0x1c, 0x21), 0xc2, 0xe1, 0xe2, 0xe3])
_LAST = np.isin(np.arange(256), [*range(0x09, 0x0e), *range(0x1c, 0x21), 0x85, 0xa0,
                                 *range(0x80, 0x8b), 0xa8, 0xa9, 0xaf, 0x9f])


def _plain(texts: pa.Array) -> bool:
    """Whether no text can hold anything of `_SPECIAL`: the texts as one (a regular
    expression over each of a million texts takes seconds), and their first and last
    octets; where an octet hints at whitespace, the regular expression decides."""
    data = texts.buffers()[2]
    if data is None:
        return True
    ends = value_bounds(texts)
    filled = ends[:-1] < ends[1:]
    octets = np.frombuffer(data, np.uint8)
    span = pa.py_buffer(ends[[0, -1]].astype(np.int64).tobytes())
    whole = pa.LargeStringArray.from_buffers(1, span, data)
    return not (pc.any(pc.match_substring_regex(whole, _INSIDE)).as_py()
                or _FIRST[octets[ends[:-1][filled]]].any() or _LAST[octets[ends[1:][filled] - 1]].any())

"""What every connector returns, and the one error for an unusable file."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # shapely and pyarrow take a while to import; `swdp status` needs neither
    from connectors.column_rows import ColumnRows
    from shapely.geometry.base import BaseGeometry


# Key under which a connector notes problems of a single row as (field, reason) pairs; the
# row is then rejected with these reasons instead of failing the whole file.
ROW_PROBLEMS = "__problems__"
# Key under which the CSV connector says of a row with fewer values than the header has
# columns how many it has and which columns it lacks (they read as empty). Only the pipeline
# knows whether that empties a mandatory field: then it rejects the row, else keeps it with
# a note (`pipelines.ingest.connector_rows`).
SHORT_ROW = "__short__"


# What str.strip() and str.split() take for white space (str.isspace), as a class of Arrow's
# regular expressions (RE2); tests/test_vectorised_reading.py checks it against Python.
SPACE_CLASS = ("\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
               "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}")
# A value (or line) that is empty or white space only, in the same terms.
BLANK = f"^[{SPACE_CLASS}]*$"


# The file-name ending of a fetched file, by the connector that reads it (the archive keeps it).
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "ods": ".ods", "geojson": ".geojson", "ical": ".ics",
            "xplan": ".gml", "json": ".json", "schema_org": ".jsonld"}


class DeliveryError(Exception):
    """The file as a whole cannot be used. The message is German and names the file."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None,
                 mapped_columns_missing: bool = False, remedy: str | None = None):
        # A reason may name what to do after „ – “; `remedy` keeps that part apart where
        # another caller gives its own advice (`swdp geocode` reads the same texts, but its
        # remedy is a CSV file): splitting the text at „ – “ would cut a finding that holds
        # the dash itself.
        reason_text = f"{reason} – {remedy}" if remedy else reason
        super().__init__(reason_text)
        # Columns the member's mapping in cluster.yaml names are missing: the configuration
        # may be out of date as well as the file, so the member is not only asked to correct it.
        self.mapped_columns_missing = mapped_columns_missing
        # A URL stays a string: Path would fold its "//" and keep only the last segment.
        self.path = path if str(path).startswith(("http://", "https://")) else Path(path)
        self.finding = reason
        self.remedy = remedy
        self.reason = reason_text
        self.line = line

    def __str__(self) -> str:
        # Built on demand: the pipeline re-points `path` from the archive copy to the file
        # as the member sent it.
        where = f", Zeile {self.line}" if self.line else ""
        name = self.path if isinstance(self.path, str) else self.path.name
        return one_line(f"{name}{where}: {self.reason}")


def one_line(text: str) -> str:
    """Text from a delivery (file name, header, value) shown safely in one line: line breaks,
    control characters and undecodable bytes of a file name appear escaped, like \\n."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass
class Delivery:
    path: Path
    columns: list[str]
    rows: list[dict[str, Any]] | ColumnRows
    # A German reference per row ("Zeile 7", "Objekt 3", "BP_Plan GML_… (Zeile 15)").
    refs: list[str]
    # One geometry (or None) per row when the format carries geometry, in `crs`.
    geometries: list[BaseGeometry | None] | None = None
    crs: str | None = None
    notes: list[str] = field(default_factory=list)
    # True when the format itself defines the fields (iCalendar, XPlanGML, schema.org) and the
    # connector already names them like the schema (its module's NAMES_FIELDS): a missing
    # field is then a gap in single rows, never a file with the wrong columns.
    schema_named: bool = False
    # Per row of a recurring event's occurrence, the reference of the VEVENT it is a date of
    # (its ref without the date); None for a row of its own. Lets a report say a problem once
    # per series instead of once per date. None altogether for formats without series.
    occurrence_of: list[str | None] | None = None


# How a reference counts its row ("Zeile 12", "Objekt 3", "VEVENT 2"): a count, never an id.
_COUNTED = re.compile(r"\b(?:Zeile|Objekt|VEVENT|Datensatz|Veranstaltung) \d+\b")


def names_id(ref: str, own_id: str) -> bool:
    """Whether a row's reference names the member's own id, as a whole word beside its counts:
    "Objekt 2 (id 2)" names id 2, "Zeile 2" and "Zeile 12" name neither id 2 nor id 1.
    Searched as text, not as a pattern made from the id: a delivery's rejected rows each have
    an id of their own, and compiling one pattern per row cost 11 s for 40,000 rejected rows."""
    if own_id not in ref:
        return False
    text = _COUNTED.sub("", ref)
    start = text.find(own_id)
    while start != -1:
        end = start + len(own_id)
        # as the pattern's \w would see it: letters and digits of any script, and "_"
        if not (start and _word_character(text[start - 1])) and not (
                end < len(text) and _word_character(text[end])):
            return True
        start = text.find(own_id, start + 1)
    return False


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


# Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be")]
# What was found, and what to do: (finding, remedy) as DeliveryError takes them.
_BINARY = ("Die Datei ist keine Textdatei (Binärdaten gefunden)",
           "bitte als CSV, GeoJSON, iCalendar oder XPlanGML liefern")


def decode_text(path: Path, encoding: str | None, notes: list[str] | None = None) -> str:
    """The file's text: by its byte order mark (UTF-8, UTF-16, UTF-32) if it has one, else
    the configured encoding (but UTF-8 where that is plainly it, see `configured_encoding`;
    the German note then goes to `notes`), else UTF-16 without mark (Excel's "Unicode-Text"
    shows as a NUL in every other byte), UTF-8, then Windows-1252 as German Excel writes it.
    Binary files are refused, not guessed."""
    data = path.read_bytes()
    if workbook := _workbook(data):
        raise DeliveryError(path, workbook[0], remedy=workbook[1])
    if found := byte_order_mark(data):
        return _checked(path, data[found[1]:], found[0])
    if encoding:
        encoding, note = configured_encoding(data, encoding)
        if note and notes is not None:
            notes.append(note)
        return _checked(path, data, encoding)
    if utf16 := utf16_without_mark(data[:4096]):
        return _checked(path, data, utf16)
    if b"\x00" in data:
        raise DeliveryError(path, _BINARY[0], remedy=_BINARY[1])
    try:
        return _checked(path, data, "utf-8")
    except DeliveryError:
        pass
    try:
        return _checked(path, data, "cp1252")
    except DeliveryError:
        raise DeliveryError(path, "Unbekannter Zeichensatz", remedy="bitte als UTF-8 speichern") from None


def _workbook(data: bytes) -> tuple[str, str] | None:
    """What a spreadsheet or archive delivered where text was expected is, and what to do, in
    German: read as text it would only fail on some byte of its packed content."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # the compound file of Excel 97–2003
        return ("Die Datei ist eine Excel-Tabelle im alten Format (.xls), keine Textdatei",
                "bitte in Excel als Excel-Arbeitsmappe (.xlsx) oder als CSV speichern")
    if not data.startswith(b"PK\x03\x04"):
        return None
    import io
    import zipfile

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        names = set()
    kind, connector = (("eine Excel-Arbeitsmappe (.xlsx)", "xlsx") if "xl/workbook.xml" in names
                       else ("eine OpenDocument-Tabelle (.ods)", "ods")
                       if "content.xml" in names else ("ein ZIP-Archiv", None))
    if connector is None:
        return f"Die Datei ist {kind}, keine Textdatei", "bitte die Datei darin liefern"
    return (f"Die Datei ist {kind}, keine Textdatei",
            f"bitte mit der Endung .{connector} liefern "
            f"(ist die Quelle in cluster.yaml eingestellt: „connector: {connector}“) oder als "
            f"CSV speichern")


# Encodings of one byte a character, as Python names them: any bytes decode in them, so a
# file saved as UTF-8 reads without an error – as "fÃ¼r" for "für".
_ONE_BYTE = {"cp1252", "iso8859-1", "iso8859-15"}


def configured_encoding(data: bytes, configured: str) -> tuple[str, str | None]:
    """The encoding to read a file in whose source names `configured`, and a German note
    when it is not that one. A text that is valid UTF-8 and has characters beyond ASCII is
    as good as never Windows-1252 or Latin-1 (it would need sequences like "Ã¼"): it is read
    as UTF-8. One validation pass, which for a file in the configured encoding stops at its
    first umlaut."""
    try:
        one_byte = codecs.lookup(configured).name in _ONE_BYTE
    except LookupError:
        return configured, None  # `_checked` names the unknown encoding
    if not one_byte or byte_order_mark(data) or not is_utf8(data) or data.isascii():
        return configured, None  # (a mark goes before the configured encoding)
    return "utf-8", (f"Die Datei ist UTF-8-kodiert, obwohl {configured} eingestellt ist – als "
                     f"UTF-8 gelesen (bitte die Einstellung „encoding“ der Quelle prüfen)")


def is_utf8(data: bytes) -> bool:
    """Whether the bytes are UTF-8 as Python's codec takes it (no surrogates), checked by
    Arrow: nothing decoded, nothing copied, and it stops at the first invalid byte."""
    import pyarrow as pa  # here: `swdp status` imports this module, and needs no Arrow

    text = pa.Array.from_buffers(pa.large_string(), 1, [
        None, pa.array([0, len(data)], pa.int64()).buffers()[1], pa.py_buffer(data)])
    try:
        text.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _checked(path: Path, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DeliveryError(path, f"Die Datei ist nicht im Zeichensatz {encoding} gespeichert "
                                  f"(Byte {error.start})",
                            remedy=f"bitte als {encoding} oder UTF-8 speichern") from None
    except LookupError:
        raise DeliveryError(path, f"Unbekannter Zeichensatz „{encoding}“ in der "
                                  f"Konfiguration") from None
    if "\x00" in text:
        raise DeliveryError(path, _BINARY[0], remedy=_BINARY[1])
    # Files glued together by hand may carry a second mark; it would stick to the first name.
    return text.lstrip("\ufeff")


# UTF-8 opened as Windows-1252 and saved as UTF-8 once more (an editor or a script that
# guessed wrong): "ä" becomes "Ã¤", "ß" "ÃŸ", "–" "â€“" – the UTF-8 of "Ã" or of "â€".
_TWICE_ENCODED = (b"\xc3\x83", b"\xc3\xa2\xe2\x82\xac")


def maybe_twice_encoded(data: bytes) -> bool:
    """Whether the bytes may be UTF-8 encoded twice (cheap: a search for two byte strings)."""
    return any(data.find(mark) >= 0 for mark in _TWICE_ENCODED)


def encoded_once(text: str) -> str | None:
    """The text of a file encoded twice as UTF-8, as it was meant; None where the text is not
    such a file. Only a text whose every character comes back as Windows-1252 and gives valid
    UTF-8 is taken: one real "ä" or "ß" (not UTF-8 as a byte) leaves the text as it is."""
    if "Ã" not in text and "â€" not in text:
        return None
    try:
        once = text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None
    return once if once != text else None


def byte_order_mark(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte order mark at the start names, and the mark's length."""
    return next(((name, len(mark)) for mark, name in _BOMS if data.startswith(mark)), None)


def utf16_without_mark(head: bytes) -> str | None:
    """UTF-16 of mostly Latin text has a NUL in (nearly) every second byte."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even, odd = head[0:pairs * 2:2].count(0), head[1:pairs * 2:2].count(0)
    if odd > 0.6 * pairs and even == 0:
        return "utf-16-le"
    if even > 0.6 * pairs and odd == 0:
        return "utf-16-be"
    return None

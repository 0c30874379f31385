"""What one delivery may cost: checked before a library is handed the file or the geometry.

The limits sit far above any real delivery of a member (the largest sample workbook inflates
to under 1 MB, a Bebauungsplan boundary has some thousand vertices) and far below what would
exhaust the machine: a zip bomb, a million-vertex polygon or NaN coordinates are refused
with a German reason instead of costing gigabytes or breaking geometry operations later.
"""
from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

from connectors.delivery import DeliveryError

MAX_ZIP_ENTRIES = 10_000
MAX_UNCOMPRESSED_BYTES = 512 * 1024 ** 2
# Spreadsheet XML compresses about 5–30:1; a bomb compresses 1000:1 and more.
MAX_COMPRESSION_RATIO = 200
_RATIO_APPLIES_ABOVE = 1024 ** 2
# Filled cells of an OpenDocument sheet once its repeated rows and cells are expanded: a few
# bytes can say "this row a million times" (a million rows of 20 columns is far beyond any
# member's list).
MAX_SHEET_CELLS = 20_000_000
MAX_VERTICES = 250_000
# VCALENDAR > VEVENT > VALARM is as deep as iCalendar goes in practice.
MAX_ICAL_DEPTH = 8
# A whole description fits in far less; the parser slows down badly on longer lines.
MAX_ICAL_LINE = 100_000
# No event of a member repeats every second or minute; expanded, such a rule is millions of rows.
_SUBHOURLY = re.compile(r"FREQ=(SECONDLY|MINUTELY)", re.IGNORECASE)


# How an archive's messages name it, its ending, how to save it anew and what belongs in it,
# by its reader (workbooks; XPlanArchiv: xplan.gml with the plan documents).
_WORKBOOKS = {"xlsx": ("Excel-Datei", ".xlsx", "in Excel als .xlsx speichern", "nur die Tabelle"),
              "ods": ("OpenDocument-Tabelle", ".ods", "in LibreOffice als .ods speichern",
                      "nur die Tabelle"),
              "xplan": ("XPlan-Archivdatei", ".zip", "im XPlanung-Programm neu exportieren",
                        "nur xplan.gml und die Planunterlagen")}


def check_zip(path: Path, kind: str = "xlsx") -> None:
    """Refuse an archive (XLSX, ODS, XPlanArchiv) that would inflate beyond the limits. Python's zipfile
    never inflates an entry beyond its declared size (it fails the CRC check instead), so the
    declared sizes can be trusted here."""
    name, suffix, resave, only = _WORKBOOKS[kind]
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DeliveryError(path, f"Keine gültige {name} ({suffix}): die Datei ist kein "
                                  f"lesbares ZIP-Archiv – bitte {resave}") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise DeliveryError(path, f"Die {name} enthält {len(entries):,} Teile (erlaubt "
                                  f"{MAX_ZIP_ENTRIES:,}) – bitte {only} liefern"
                            .replace(",", "."))
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DeliveryError(path, f"Die {name} wäre entpackt {total / 1024 ** 2:,.0f} MB groß "
                                  f"(erlaubt {MAX_UNCOMPRESSED_BYTES // 1024 ** 2} MB) – bitte "
                                  f"aufteilen oder als CSV liefern".replace(",", "."))
    for entry in entries:
        if entry.file_size > _RATIO_APPLIES_ABOVE and \
                entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1):
            raise DeliveryError(path, f"Der Teil „{entry.filename}“ der {name} ist "
                                      f"ungewöhnlich stark gepackt (mehr als "
                                      f"{MAX_COMPRESSION_RATIO}:1) und wird nicht geöffnet")


def coordinate_problem(values) -> str | None:
    """Why coordinates (numbers, nested in lists at any depth) cannot be used, or None.
    Walked without recursion, so a deeply nested array cannot exhaust the stack."""
    pending, count = [values], 0
    while pending:
        item = pending.pop()
        if isinstance(item, (list, tuple)):
            pending.extend(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            count += 1
            if not math.isfinite(item):
                return "Koordinate ist keine endliche Zahl (NaN oder unendlich)"
        elif isinstance(item, dict):  # a GeometryCollection's members
            pending.extend(item.get(key) for key in ("coordinates", "geometries") if key in item)
        elif item is not None:
            return f"Koordinate ist keine Zahl: „{str(item)[:40]}“"
        if count > 2 * MAX_VERTICES:
            return f"Geometrie mit mehr als {MAX_VERTICES:,} Punkten – bitte vereinfachen".replace(",", ".")
    return None


def check_ical(path: Path, text: str) -> None:
    """Refuse deeply nested components, endless content lines and sub-hourly recurrences
    before the parser and the expansion, which would spend minutes on them, see them."""
    depth = length = 0
    for number, line in enumerate(text.splitlines(), start=1):
        # A line starting with a blank continues the one before (RFC 5545 folding).
        length = length + len(line) if line[:1] in (" ", "\t") else len(line)
        if length > MAX_ICAL_LINE:
            raise DeliveryError(path, f"Kein verwendbares iCalendar: Eigenschaft länger als "
                                      f"{MAX_ICAL_LINE:,} Zeichen".replace(",", "."), line=number)
        if line[:5].upper() == "RRULE" and _SUBHOURLY.search(line):
            raise DeliveryError(path, "Kein verwendbares iCalendar: Wiederholung im Sekunden- "
                                      "oder Minutentakt (FREQ=SECONDLY/MINUTELY) – sie ergäbe "
                                      "Millionen Termine", line=number)
        if line[:6].upper() == "BEGIN:":
            depth += 1
            if depth > MAX_ICAL_DEPTH:
                raise DeliveryError(path, f"Kein verwendbares iCalendar: Komponenten mehr als "
                                          f"{MAX_ICAL_DEPTH}-fach ineinander verschachtelt",
                                    line=number)
        elif line[:4].upper() == "END:":
            depth = max(depth - 1, 0)

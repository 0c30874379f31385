"""`swdp geocode`: a CSV of addresses or coordinates in, the same rows located out.

Input: `id` and either `street`, `housenumber`, `postcode`, `city` or `x`, `y` and an optional
`crs`; separated by `;` or `,`, in any encoding a member's delivery may come in (UTF-8 with
or without BOM, UTF-16 from Excel's „Unicode-Text“, Windows-1252). Output for German Excel
(UTF-8 with BOM, `;`, decimal comma): the input columns plus lat, lon (WGS84), precision,
score, ags, crs_detected, swapped and note (why a row could not be placed as delivered).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from pipelines.geocoding.addresses import postcode_from_place, read_csv_table
from pipelines.geocoding.coordinates import known_crs
from pipelines.geocoding.gazetteer import MemberArea
from pipelines.geocoding.locate import PRECISIONS, locate, outside, wgs84, whereabouts
from pipelines.geocoding.online import OnlineGeocoder
from pipelines.geocoding.postcodes import postcode_row_notes
from pipelines.core.files import atomic_write

OUTPUT_COLUMNS = ["lat", "lon", "precision", "score", "ags", "crs_detected", "swapped", "note"]
_ADDRESS = {"street": ("street", "strasse", "straße"), "housenumber": ("housenumber", "hausnummer"),
            "postcode": ("postcode", "plz"), "place": ("city", "place", "ort")}


class InputError(Exception):
    """A file that cannot be geocoded at all (German message naming the file)."""


def read_input(path: Path) -> pd.DataFrame:
    try:
        frame = read_csv_table(path, InputError)
    except OSError as error:
        raise InputError(f"{path}: nicht lesbar ({error.strerror})") from None
    lower = {c.lower(): c for c in frame.columns}
    if "id" not in lower:
        raise InputError(f"{path.name}: Spalte „id“ fehlt (Spalten: {', '.join(frame.columns)})")
    has_xy = "x" in lower and "y" in lower
    if not has_xy and not any(name in lower for names in _ADDRESS.values() for name in names):
        raise InputError(f"{path.name}: weder Adressspalten (street, housenumber, postcode, city) "
                         f"noch Koordinatenspalten (x, y, optional crs)")
    return frame


def geocode_frame(frame: pd.DataFrame, area: MemberArea, online: OnlineGeocoder | None = None
                  ) -> pd.DataFrame:
    """The input rows with OUTPUT_COLUMNS added; unreadable values noted per row."""
    lower = {c.lower(): c for c in frame.columns}
    # each row's line in the file, where it was read from one (`read_csv_table`)
    refs = frame.attrs.get("refs") or [f"Zeile {row + 2}" for row in range(len(frame))]
    notes = pd.Series("", index=frame.index, dtype=object)
    work = pd.DataFrame(index=frame.index)
    for name, choices in _ADDRESS.items():
        column = next((lower[c] for c in choices if c in lower), None)
        work[name] = frame[column].str.strip().replace("", None) if column else None
    crs = frame[lower["crs"]].str.strip().replace("", None) if "crs" in lower else None
    for axis in ("x", "y"):
        work[axis] = np.nan
        if axis in lower:
            text = frame[lower[axis]].str.strip().str.replace(",", ".", regex=False)
            work[axis] = pd.to_numeric(text, errors="coerce")
            bad = work[axis].isna() & text.ne("")
            notes[bad] += [f"{refs[row]}, Feld {axis}: „{frame.at[row, lower[axis]]}“ ist "
                           f"keine Zahl; " for row in frame.index[bad]]
    if crs is not None:
        for name in crs.dropna().unique():
            if not known_crs(name):
                unknown = crs == name
                work.loc[unknown, ["x", "y"]] = np.nan
                notes[unknown] += f"Bezugssystem „{name}“ unbekannt (erwartet z. B. EPSG:25832); "
    postcode_from_place(work)
    located = locate(work, area, crs, online)
    away = outside(located, area)
    notes[away] += [f"liegt außerhalb des Gebiets des Mitglieds {area.name}, {where}; " for where in
                    whereabouts(located["x"].to_numpy()[away], located["y"].to_numpy()[away], area)]
    unplaced = work["x"].notna() & work["y"].notna() & located["x"].isna()
    notes[unplaced] += "Koordinaten passen zu keinem in Deutschland üblichen Bezugssystem; "
    notes[located["swapped"]] += "Achsen vertauscht geliefert – korrigiert; "
    precision = located["precision"].where(~away, "none")
    foreign = postcode_row_notes(work["postcode"], precision == "none", area)
    notes[foreign.ne("")] += foreign[foreign.ne("")] + "; "
    lat, lon = wgs84(located["x"], located["y"])
    result = frame.copy()
    result["lat"], result["lon"] = lat, lon
    result["precision"] = precision
    result["score"] = located["score"].where(~away, 0.0).round(3)
    result["ags"] = located["ags"].where(~away, None)
    result["crs_detected"] = located["crs_detected"]
    result["swapped"] = np.where(located["swapped"], "ja", "nein")
    result["note"] = notes.str.rstrip("; ")
    return result


def write_output(result: pd.DataFrame, path: Path) -> None:
    atomic_write(path, lambda partial: result.to_csv(partial, sep=";", decimal=",", index=False,
                                                     encoding="utf-8-sig", lineterminator="\r\n"))


def summary(result: pd.DataFrame) -> dict:
    counts = Counter(result["precision"])
    total = len(result)
    return {
        "rows": total,
        "precision": {level: counts.get(level, 0) for level in PRECISIONS},
        "share": {level: round(counts.get(level, 0) / total, 4) if total else 0.0
                  for level in PRECISIONS},
        "with_ags": int(result["ags"].notna().sum()),
        "crs_detected": dict(Counter(result["crs_detected"].dropna())),
        "swapped": int((result["swapped"] == "ja").sum()),
        "notes": int(result["note"].ne("").sum()),
    }


"""German address parts in comparable form, and address registers read from files.

Keys are built once per distinct spelling (deliveries repeat the same streets and places
thousands of times), so normalising a million addresses costs a few thousand calls.
"""
from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import numpy as np
import pandas as pd

from connectors import csv_excel
from connectors.column_rows import ColumnRows
from connectors.delivery import DeliveryError, decode_text
from pipelines.geocoding.coordinates import to_metric
from schemas import fold

# „Hauskoordinaten Deutschland“ (HK-DE, AdV/ZSHH): 18 fields separated by `;`, no header,
# UTF-8, coordinates ETRS89/UTM with decimal comma (east value with zone number 32).
HK_DE_COLUMNS = ["NBA", "OI", "QUA", "LAN", "RBZ", "KRS", "GMD", "OTT", "SSS", "HNR", "ADZ",
                 "EAST", "NORTH", "STN", "PLZ", "ONM", "ZON", "POT"]
UTM32 = "EPSG:25832"
# Column names an address-point file may use for each part (compared folded).
_POINT_COLUMNS = {
    "ags": ("ags", "gemeindeschluessel", "gkz", "municipality_key"),
    "street": ("street", "strasse", "str", "strassenname", "stn", "addr:street"),
    "housenumber": ("housenumber", "hausnummer", "hnr", "hausnr", "addr:housenumber"),
    "suffix": ("suffix", "zusatz", "adz", "hausnummernzusatz"),
    "postcode": ("postcode", "plz", "postleitzahl", "addr:postcode"),
    "place": ("place", "ort", "city", "onm", "addr:city"),
    "x": ("x", "rechtswert", "ostwert", "east", "easting", "lon", "laenge"),
    "y": ("y", "hochwert", "nordwert", "north", "northing", "lat", "breite"),
}
REGISTER_COLUMNS = ["ags", "postcode", "place", "street", "street_key", "number", "suffix", "x", "y"]

_STREET_WORD = re.compile(r"(strasse|str\b\.?|str$)")
_SAINT = re.compile(r"\b(st|skt)\b\.?\s*")
# At most six digits: a longer "house number" is no address and would overflow int64 keys.
_HOUSENUMBER = re.compile(r"^\s*(\d{1,6})(?!\d)\s*([a-z]?)\b(?:\s*[-/–]\s*(\d+)\s*[a-z]?)?", re.IGNORECASE)


class RegisterError(Exception):
    """An address register that cannot be read; the message names file, row and field."""


# What to do with a text file that cannot be read: a CSV read here is saved by a person in Excel.
_SAVE_AS_CSV = "bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern"


def _refused(path: Path, error: DeliveryError, refused: type[Exception]) -> Exception:
    """`error` of a delivery as `refused`: a reason that advises how to deliver differently
    (another connector in cluster.yaml, GeoJSON) gets the one remedy of a CSV file instead;
    one about the table itself („Die erste Zeile ist leer – …“) stays as it is."""
    where = f", Zeile {error.line}" if error.line else ""
    reason = f"{error.finding} – {_SAVE_AS_CSV}" if error.remedy else error.reason
    return refused(f"{path.name}{where}: {reason}")


def csv_text(path: Path, refused: type[Exception]) -> str:
    """The text of a CSV file a person saved, read as members' deliveries are (byte order
    mark, UTF-16 from Excel's „Unicode-Text“, UTF-8, Windows-1252); a file that is no text
    is refused as `refused` with a German message naming it."""
    try:
        return decode_text(path, None)
    except DeliveryError as error:
        raise _refused(path, error, refused) from None


def read_csv_table(path: Path, refused: type[Exception]) -> pd.DataFrame:
    """A CSV file a person saved, read as a member's CSV delivery is (`connectors.csv_excel`:
    separated by `;`, `,` or a tab, a title above the header, quoted line breaks), every value
    as text. `attrs["refs"]` names each row's line in the file („Zeile 7“): blank lines and
    values over several lines move the rows down, so counting rows would name other lines."""
    try:
        delivery = csv_excel.read(path, {})
    except DeliveryError as error:
        raise _refused(path, error, refused) from None
    rows = delivery.rows
    if isinstance(rows, ColumnRows):
        frame = pd.DataFrame({name: rows.column(name).to_pandas() for name in delivery.columns})
    else:  # rows of other lengths: a missing value is empty, a surplus one is not a column
        frame = pd.DataFrame(rows, columns=delivery.columns).fillna("")
    frame = frame.astype(object)
    frame.attrs["refs"] = delivery.refs
    return frame


def street_key(text: str) -> str:
    """"Hauptstr. ", "Hauptstraße", "Haupt-Strasse", "haupt strasse" -> "hauptstr"."""
    folded = _SAINT.sub("sankt ", fold(text).replace(".", ". "))
    folded = _STREET_WORD.sub("str", folded)
    return re.sub(r"[^a-z0-9]", "", folded)


def place_keys(text: str) -> tuple[str, str]:
    """Full and base key of a place: "Bitburg (Eifel)" -> ("bitburg", "bitburg"),
    "St. Wendel" -> ("sankt wendel", …), "Quirnbach/Pfalz" -> ("quirnbach pfalz", "quirnbach")."""
    folded = fold(re.sub(r"\(.*?\)", " ", text))
    folded = folded.removeprefix("stadt ").removesuffix(", stadt")
    folded = _SAINT.sub("sankt ", folded.replace(".", ". "))
    base = re.split(r"[/,]", folded)[0]
    full = " ".join(re.sub(r"[^a-z0-9 ]", " ", folded).split())
    return full, " ".join(re.sub(r"[^a-z0-9 ]", " ", base).split())


# "14059 Berlin", "14059  Berlin-Charlottenburg": a postcode written before the place
_POSTCODE_PLACE = re.compile(r"([0-9]{5})\s+(\S.*)", re.DOTALL)


def postcode_from_place(values: pd.DataFrame) -> None:
    """Splits a leading postcode off `place` ("14059 Berlin" → "Berlin"), in place, and puts it
    into `postcode` where that is empty (a delivered postcode stays): many lists keep "PLZ Ort"
    in one column, and a place named with its postcode matches no place of the gazetteer.
    `values` has both columns; each distinct place is looked at once."""
    if "place" not in values or values["place"].isna().all():
        return
    codes, distinct = pd.factorize(values["place"], use_na_sentinel=True)
    found = [_POSTCODE_PLACE.fullmatch(text) if isinstance(text, str) else None
             for text in distinct]
    if not any(found):
        return
    # the last entries answer for missing places (code -1)
    places = np.array([*(m[2] if m else text for m, text in zip(found, distinct)), None],
                      dtype=object)
    postcodes = np.array([*(m[1] if m else None for m in found), None], dtype=object)[codes]
    values["place"] = pd.Series(places[codes], index=values.index, dtype=object)
    empty = values["postcode"].isna().to_numpy() & pd.notna(postcodes)
    values.loc[empty, "postcode"] = postcodes[empty]


def housenumber_parts(text: str) -> tuple[int, str]:
    """"3a", "3 A" -> (3, "a"); "12-14" -> (12, ""); unreadable -> (-1, "")."""
    match = _HOUSENUMBER.match(text or "")
    if not match:
        return -1, ""
    return int(match.group(1)), match.group(2).lower()


def suffix_code(suffix) -> int:
    """House number suffix letter as a small number for integer keys: "" -> 0, "a" -> 1 …"""
    return ord(suffix) - ord("a") + 1 if isinstance(suffix, str) and len(suffix) == 1 \
        and "a" <= suffix <= "z" else 0


def keyed(values: pd.Series, function) -> pd.Series:
    """function applied once per distinct value (None stays None)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.array([function(str(value)) for value in uniques] + [None], dtype=object)
    return pd.Series(mapped[codes], index=values.index)


def read_register(path: Path) -> pd.DataFrame:
    """Address points of a member or the official house coordinates, in EPSG:25832.

    HK-DE text files (`;`, 18 fields) are recognised by their layout; anything else is read
    with pyogrio (GeoJSON, GeoPackage, CSV with x/y columns) and its columns found by name.
    """
    if not path.is_file():
        raise RegisterError(f"{path}: Datei nicht gefunden")
    text = csv_text(path, RegisterError) if path.suffix.lower() in (".txt", ".csv") else None
    if text is not None and _is_hk_de(text):
        frame = _read_hk_de(text, path)
    elif text is not None:
        frame = _point_columns(read_csv_table(path, RegisterError), path)
    else:
        frame = _read_points(path)
    frame["street_key"] = keyed(frame["street"], street_key)
    parts = keyed(frame["housenumber"].fillna(""), housenumber_parts)
    frame["number"] = np.array([part[0] for part in parts], dtype="int64")
    given_suffix = frame["suffix"].fillna("").astype(str).str.strip().str.lower()
    frame["suffix"] = given_suffix.where(given_suffix != "", [part[1] for part in parts])
    unusable = frame["street_key"].eq("") | frame["number"].lt(0) | frame["x"].isna()
    return frame.loc[~unusable, REGISTER_COLUMNS].reset_index(drop=True)


def _is_hk_de(text: str) -> bool:
    first = next((line for _, line in _hk_de_lines(text)), "")
    return first.count(";") == len(HK_DE_COLUMNS) - 1 and not first.lower().startswith(("x;", "id;"))


def _hk_de_lines(text: str):
    """Each line of an HK-DE file that holds a house, with its number: blank lines and
    comment lines are none (HK-DE has no quoted values that could run over lines)."""
    return ((number, line) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.startswith("#"))


def _read_hk_de(text: str, path: Path) -> pd.DataFrame:
    raw = pd.read_csv(StringIO(text), sep=";", header=None, names=HK_DE_COLUMNS, dtype=str,
                      keep_default_na=False, comment="#")
    lines = np.array([number for number, _ in _hk_de_lines(text)], dtype=np.int64)[:len(raw)]
    if len(raw) and raw.at[0, "NBA"].strip().upper() == "NBA":  # a header line some exports add
        raw, lines = raw.iloc[1:], lines[1:]
    raw = raw.set_axis(lines)
    east = _decimal(raw["EAST"], path, "EAST (Ostwert)")
    # The east value carries the zone number in front (32xxxxxx,xxx): strip it.
    east = east.where(east < 1e7, east - 32e6)
    return pd.DataFrame({
        "ags": raw["LAN"] + raw["RBZ"] + raw["KRS"] + raw["GMD"],
        "postcode": raw["PLZ"].str.strip(), "place": raw["ONM"].str.strip(),
        "street": raw["STN"].str.strip(), "housenumber": raw["HNR"].str.strip(),
        "suffix": raw["ADZ"], "x": east, "y": _decimal(raw["NORTH"], path, "NORTH (Nordwert)"),
    }).reset_index(drop=True)


def _decimal(values: pd.Series, path: Path, name: str) -> pd.Series:
    numbers = pd.to_numeric(values.str.strip().str.replace(",", ".", regex=False), errors="coerce")
    bad = numbers.isna() & values.str.strip().ne("")
    if bad.any():
        line = bad.idxmax()  # the values are indexed by their line in the file
        raise RegisterError(f"{path.name}, Zeile {line}, Feld {name}: „{values[line]}“ "
                            f"ist keine Zahl")
    return numbers


def _read_points(path: Path) -> pd.DataFrame:
    import pyogrio  # GDAL (25 ms to load) only where a register is read, not in `swdp check`

    try:
        frame = pyogrio.read_dataframe(path)
    except Exception as error:  # noqa: BLE001 – pyogrio raises many kinds; the user gets one message
        raise RegisterError(f"{path.name}: nicht lesbar ({error})") from None
    return _point_columns(frame, path)


def _point_columns(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """The register's parts from the columns of an address-point file, found by name."""
    found = {folded: name for name in frame.columns if (folded := fold(str(name)))}
    columns = {part: next((found[c] for c in choices if c in found), None)
               for part, choices in _POINT_COLUMNS.items()}
    for part in ("street", "housenumber"):
        if columns[part] is None:
            raise RegisterError(f"{path.name}: Spalte für {part} fehlt (erwartet eine von "
                                f"{', '.join(_POINT_COLUMNS[part])})")
    table = pd.DataFrame({part: frame[column].astype(str).where(frame[column].notna(), None)
                          if column else None for part, column in columns.items()
                          if part not in ("x", "y")})
    if getattr(frame, "geometry", None) is not None and frame.crs is not None:
        points = frame.geometry.to_crs(UTM32).representative_point()
        table["x"], table["y"] = points.x.to_numpy(), points.y.to_numpy()
    elif columns["x"] and columns["y"]:
        metric = to_metric(pd.to_numeric(frame[columns["x"]].astype(str).str.replace(",", "."), errors="coerce"),
                           pd.to_numeric(frame[columns["y"]].astype(str).str.replace(",", "."), errors="coerce"),
                           None, None)
        table["x"], table["y"] = metric.x, metric.y
    else:
        raise RegisterError(f"{path.name}: weder Geometrie noch Koordinatenspalten (x/y, "
                            f"Rechtswert/Hochwert, lon/lat)")
    return table

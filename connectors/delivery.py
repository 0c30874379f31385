"""What every connector returns, and the one error for an unusable file."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # shapely takes half a second to import; `swdp status` needs no geometry
    from shapely.geometry.base import BaseGeometry


# Key under which a connector notes problems of a single row as (field, reason) pairs; the
# row is then rejected with these reasons instead of failing the whole file.
ROW_PROBLEMS = "__problems__"


# The file-name ending of a fetched file, by the connector that reads it (the archive keeps it).
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "geojson": ".geojson", "ical": ".ics",
            "xplan": ".gml", "json": ".json"}


class DeliveryError(Exception):
    """The file as a whole cannot be used. The message is German and names the file."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None):
        super().__init__(reason)
        # A URL stays a string: Path would fold its "//" and keep only the last segment.
        self.path = path if str(path).startswith(("http://", "https://")) else Path(path)
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        # Built on demand: the pipeline re-points `path` from the archive copy to the file
        # as the member sent it.
        where = f", Zeile {self.line}" if self.line else ""
        name = self.path if isinstance(self.path, str) else self.path.name
        return f"{name}{where}: {self.reason}"


@dataclass
class Delivery:
    path: Path
    columns: list[str]
    rows: list[dict[str, Any]]
    # A German reference per row ("Zeile 7", "Objekt 3", "BP_Plan GML_… (Zeile 15)").
    refs: list[str]
    # One geometry (or None) per row when the format carries geometry, in `crs`.
    geometries: list[BaseGeometry | None] | None = None
    crs: str | None = None
    notes: list[str] = field(default_factory=list)
    # True when the format itself defines the fields (iCalendar, XPlanGML) and the connector
    # already names them like the schema: a missing field is then a gap in single rows,
    # never a file with the wrong columns.
    schema_named: bool = False


def decode_text(path: Path, encoding: str | None) -> str:
    """The file's text: the configured encoding, else UTF-8 (with or without BOM), else
    Windows-1252 as German Excel writes it. Binary files are refused, not guessed."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise DeliveryError(path, "Die Datei ist keine Textdatei (Binärdaten gefunden) – bitte "
                                  "als CSV, GeoJSON, iCalendar oder XPlanGML liefern")
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            raise DeliveryError(path, f"Die Datei ist nicht im Zeichensatz {encoding} gespeichert "
                                      f"(Byte {error.start}) – bitte als {encoding} oder UTF-8 "
                                      f"speichern") from None
        except LookupError:
            raise DeliveryError(path, f"Unbekannter Zeichensatz „{encoding}“ in der "
                                      f"Konfiguration") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise DeliveryError(path, "Unbekannter Zeichensatz – bitte als UTF-8 speichern") from None

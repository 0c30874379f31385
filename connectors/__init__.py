"""Connectors read a member's delivery into rows, one module per format, and a registry.

A connector turns a file into a :class:`Delivery`: the delivered columns as they are,
a German reference for every row (so an error can name "Zeile 7") and, where the format
carries one, a geometry per row. Mapping and typing the values is the pipeline's job.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from connectors.delivery import Delivery, DeliveryError, byte_order_mark
from connectors.remote import HARVESTERS, file_format
from connectors.transport import is_url

# Connector -> the module whose `read(path, options)` reads it. Imported when a file of that
# format comes: openpyxl, icalendar and lxml together take a second, which `swdp check` of a
# CSV file need not pay.
CONNECTORS: dict[str, str] = {
    "csv": "connectors.csv_excel",
    "xlsx": "connectors.xlsx",
    "ods": "connectors.ods",
    "geojson": "connectors.geojson",
    "ical": "connectors.ical",
    "xplan": "connectors.xplan",
    "json": "connectors.json_api",
    "schema_org": "connectors.schema_org",  # events as schema.org JSON-LD (json's preset)
    "wfs": "connectors.wfs",  # reads what wfs.harvest fetched
}
# Every connector a source may name: the readers, and those that fetch from a server and hand
# what they found to a reader (ogcapi → geojson, ckan/dcat → options.format).
KNOWN = [*CONNECTORS, *(name for name in HARVESTERS if name not in CONNECTORS)]

# For `swdp check`, where a member hands in a file without a configured source.
_BY_SUFFIX = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".ods": "ods",
              ".geojson": "geojson", ".json": "geojson", ".ics": "ical", ".ical": "ical",
              ".gml": "xplan", ".xml": "xplan", ".zip": "xplan", ".jsonld": "schema_org"}
# What a clerk does with a spreadsheet of an older or other program: save it anew.
_RESAVE = dict.fromkeys((".xls", ".xlsb", ".numbers", ".et"), " – bitte die Tabelle öffnen und "
                        "als Excel-Arbeitsmappe (.xlsx) speichern")
# Endings another reader reads too: a JSON document of records (an API's export) is as often
# a `.json` file as GeoJSON is, and JSON-LD an API's answer too. The member's configured source
# decides which one it is.
_ALSO_BY_SUFFIX = {".json": {"json"}, ".jsonld": {"json"}}


def connector_for(path: Path, configured: str | None = None) -> str:
    """The connector that reads a file by its ending; `configured`, the reader of the
    member's source, when it reads this ending too."""
    if configured in _ALSO_BY_SUFFIX.get(path.suffix.lower(), ()):
        return configured
    if path.suffix.lower() == ".json" and _names_schema_org(path):
        return "schema_org"  # JSON-LD saved as `.json`, as browsers save a calendar's export
    try:
        return _BY_SUFFIX[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(_BY_SUFFIX))
        raise DeliveryError(path, f"Unbekanntes Dateiformat „{path.suffix or 'ohne Endung'}“ "
                                  f"– erwartet wird eine dieser Endungen: {known}"
                                  f"{_RESAVE.get(path.suffix.lower(), '')}") from None


def _names_schema_org(path: Path) -> bool:
    """Whether a JSON file is JSON-LD of schema.org: its context comes first, as JSON-LD
    writers put it (a GeoJSON file or a list of records has none)."""
    try:
        with path.open("rb") as file:  # its head only: a GeoJSON file can be large
            head = file.read(4096).decode("utf-8", "ignore")
    except OSError:
        return False
    return '"@context"' in head and "schema.org" in head


def names_fields(connector: str) -> bool:
    """Whether the reader names each row's values like the schema's fields itself (iCalendar,
    XPlanGML, schema.org events): a member's column mapping has no columns to apply to in its
    files. Each reader module says so once (`NAMES_FIELDS`), for the deliveries it makes
    (`Delivery.schema_named`) and for this question; imports the reader, which reads the
    file next anyway."""
    return getattr(importlib.import_module(CONNECTORS[connector]), "NAMES_FIELDS", False)


def connector_by_content(path: Path) -> str | None:
    """The reader of a fetched file whose address has no file ending ("…/?ical=1",
    "…&action=export_events", as calendar plugins of web CMS publish their feeds): a calendar
    says so in its first line. None for anything else."""
    head = path.read_bytes()[:64]
    encoding, skip = byte_order_mark(head) or ("utf-8", 0)
    text = head[skip:].decode(encoding, "ignore")
    return "ical" if text.lstrip().upper().startswith("BEGIN:VCALENDAR") else None


def read_delivery(path: Path, connector: str, options: dict | None = None) -> Delivery:
    """Read a delivery with the named connector; unusable files raise DeliveryError."""
    path = Path(path)
    if not path.is_file():
        raise DeliveryError(path, "Datei nicht gefunden")
    if path.stat().st_size == 0:
        raise DeliveryError(path, "Die Datei ist leer")
    if connector not in KNOWN:
        raise DeliveryError(path, f"Unbekannter Connector „{connector}“ – bekannt sind: "
                                  f"{', '.join(KNOWN)}")
    options = dict(options or {})
    module = CONNECTORS[file_format(connector, options, path)]
    delivery = importlib.import_module(module).read(path, options)
    _check_crs(delivery)
    if not delivery.rows:
        why = f" ({'; '.join(delivery.notes)})" if delivery.notes else ""
        raise DeliveryError(path, f"Die Datei enthält keine Datensätze{why}")
    return delivery


def _check_crs(delivery: Delivery) -> None:
    """A reference system named in the file must exist, or every coordinate fails later."""
    if delivery.crs and delivery.crs != "EPSG:4326":  # WGS 84 (GeoJSON, iCalendar) always exists
        # pyproj is imported here, not at the top: `swdp status` and checks of files without
        # a reference system start faster without it.
        from pyproj import CRS
        from pyproj.exceptions import CRSError

        try:
            CRS.from_user_input(delivery.crs)
        except CRSError:
            raise DeliveryError(delivery.path, f"Unbekanntes Koordinatenbezugssystem "
                                               f"„{delivery.crs[:80]}“") from None


__all__ = ["CONNECTORS", "KNOWN", "Delivery", "DeliveryError", "connector_by_content",
           "connector_for", "is_url", "names_fields", "read_delivery"]

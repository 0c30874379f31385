"""Connectors read a member's delivery into rows, one module per format, and a registry.

A connector turns a file into a :class:`Delivery`: the delivered columns as they are,
a German reference for every row (so an error can name "Zeile 7") and, where the format
carries one, a geometry per row. Mapping and typing the values is the pipeline's job.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from connectors.delivery import Delivery, DeliveryError
from connectors import csv_excel, geojson, ical, json_api, wfs, xlsx, xplan
from connectors.remote import HARVESTERS, file_format
from connectors.transport import is_url

Reader = Callable[[Path, dict], Delivery]

CONNECTORS: dict[str, Reader] = {
    "csv": csv_excel.read,
    "xlsx": xlsx.read,
    "geojson": geojson.read,
    "ical": ical.read,
    "xplan": xplan.read,
    "json": json_api.read,
    "wfs": wfs.read,  # reads what wfs.harvest fetched
}
# Every connector a source may name: the readers, and those that fetch from a server and hand
# what they found to a reader (ogcapi → geojson, ckan/dcat → options.format).
KNOWN = [*CONNECTORS, *(name for name in HARVESTERS if name not in CONNECTORS)]

# For `swdp check`, where a member hands in a file without a configured source.
_BY_SUFFIX = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".geojson": "geojson",
              ".json": "geojson", ".ics": "ical", ".ical": "ical", ".gml": "xplan",
              ".xml": "xplan"}


def connector_for(path: Path) -> str:
    try:
        return _BY_SUFFIX[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(_BY_SUFFIX))
        raise DeliveryError(path, f"Unbekanntes Dateiformat „{path.suffix or 'ohne Endung'}“ "
                                  f"– erwartet wird eine dieser Endungen: {known}") from None


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
    delivery = CONNECTORS[file_format(connector, options, path)](path, options)
    if not delivery.rows:
        why = f" ({'; '.join(delivery.notes)})" if delivery.notes else ""
        raise DeliveryError(path, f"Die Datei enthält keine Datensätze{why}")
    return delivery


__all__ = ["CONNECTORS", "KNOWN", "Delivery", "DeliveryError", "connector_for", "is_url",
           "read_delivery"]

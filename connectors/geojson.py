"""GeoJSON FeatureCollections (RFC 7946, WGS84; the legacy `crs` member is honoured)."""
from __future__ import annotations

from pathlib import Path

from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.errors import ShapelyError
from shapely.geometry import shape

from connectors.delivery import ROW_PROBLEMS, Delivery, DeliveryError, decode_text
from connectors.jsondoc import parse, record_list
from connectors.limits import coordinate_problem


def read(path: Path, options: dict) -> Delivery:
    notes: list[str] = []  # a configured encoding the file does not have
    document = parse(decode_text(path, options.get("encoding"), notes), path)
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        # a list of records, as data portals and APIs export them, is no GeoJSON but readable
        untyped = isinstance(document, list) or (isinstance(document, dict) and "type" not in document)
        found = record_list(document) if isinstance(document, dict) else None
        records = (f"hier wohl „options: {{records: {found[0]}}}“ für {found[1]} Datensätze"
                   if found else "Pfad zur Liste in options.records")
        other = (f"; eine JSON-Datei mit Datensätzen liest eine Quelle mit „connector: json“ "
                 f"({records}) – mit --municipality eines Mitglieds mit solcher Quelle "
                 f"prüfen") if untyped else ""
        raise DeliveryError(path, "Keine GeoJSON-FeatureCollection – erwartet wird "
                                  '{"type": "FeatureCollection", "features": [...]}' + other)
    features = document.get("features") or []
    if not isinstance(features, list):
        raise DeliveryError(path, "„features“ ist keine Liste – erwartet wird "
                                  '{"type": "FeatureCollection", "features": [...]}')
    crs = _crs(path, document) or options.get("crs") or "EPSG:4326"
    rows, refs, geometries, columns = [], [], [], {}
    for number, feature in enumerate(features, start=1):
        feature = feature if isinstance(feature, dict) else {"properties": {ROW_PROBLEMS: [
            ("geometry", "Objekt ist kein GeoJSON-Feature (kein JSON-Objekt)")]}}
        properties = feature.get("properties") or {}
        if not isinstance(properties, dict):
            properties = {ROW_PROBLEMS: [("geometry", "„properties“ ist kein JSON-Objekt")]}
        columns.update(dict.fromkeys(key for key in properties if key != ROW_PROBLEMS))
        rows.append(properties)
        feature_id = feature.get("id")
        refs.append(f"Objekt {number}" + (f" (id {feature_id})" if feature_id else ""))
        geometries.append(_geometry(feature, rows[-1]))
    return Delivery(path=path, columns=list(columns), rows=rows, refs=refs,
                    geometries=geometries, crs=crs, notes=notes)


def _crs(path: Path, document: dict) -> str | None:
    crs = document.get("crs")
    properties = crs.get("properties") if isinstance(crs, dict) else None
    name = properties.get("name") if isinstance(properties, dict) else None
    if crs and not isinstance(name, str):
        raise DeliveryError(path, "Angabe „crs“ unlesbar – erwartet wird "
                                  '{"type": "name", "properties": {"name": "EPSG:…"}}')
    if not name:
        return None
    try:
        authority = CRS.from_user_input(name).to_authority()
    except CRSError:
        raise DeliveryError(path, f"Unbekanntes Koordinatenbezugssystem „{name}“") from None
    return ":".join(authority) if authority else name


def _geometry(feature: dict, row: dict):
    """The feature's geometry; an unreadable one is reported on the row, not the file."""
    raw = feature.get("geometry")
    if not raw:
        return None
    problem = coordinate_problem(raw) if isinstance(raw, dict) else "kein JSON-Objekt"
    if problem is None:
        try:
            return shape(raw)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError, ShapelyError):
            problem = f"Typ „{str(raw.get('type'))[:40]}“ mit diesen Koordinaten ist kein GeoJSON"
    row.setdefault(ROW_PROBLEMS, []).append(("geometry", f"Geometrie nicht lesbar: {problem}"))
    return None

"""GeoJSON FeatureCollections (RFC 7946, WGS84; the legacy `crs` member is honoured)."""
from __future__ import annotations

from pathlib import Path

from pyproj import CRS
from pyproj.exceptions import CRSError
from shapely.geometry import shape

from connectors.delivery import ROW_PROBLEMS, Delivery, DeliveryError, decode_text
from connectors.jsondoc import parse


def read(path: Path, options: dict) -> Delivery:
    document = parse(decode_text(path, options.get("encoding")), path)
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise DeliveryError(path, "Keine GeoJSON-FeatureCollection – erwartet wird "
                                  '{"type": "FeatureCollection", "features": [...]}')
    crs = _crs(path, document) or options.get("crs") or "EPSG:4326"
    rows, refs, geometries, columns = [], [], [], {}
    for number, feature in enumerate(document.get("features") or [], start=1):
        properties = (feature or {}).get("properties") or {}
        columns.update(dict.fromkeys(properties))
        rows.append(properties)
        feature_id = feature.get("id") if isinstance(feature, dict) else None
        refs.append(f"Objekt {number}" + (f" (id {feature_id})" if feature_id else ""))
        geometries.append(_geometry(feature, refs[-1], rows[-1]))
    return Delivery(path=path, columns=list(columns), rows=rows, refs=refs,
                    geometries=geometries, crs=crs)


def _crs(path: Path, document: dict) -> str | None:
    name = ((document.get("crs") or {}).get("properties") or {}).get("name")
    if not name:
        return None
    try:
        authority = CRS.from_user_input(name).to_authority()
    except CRSError:
        raise DeliveryError(path, f"Unbekanntes Koordinatenbezugssystem „{name}“") from None
    return ":".join(authority) if authority else name


def _geometry(feature, ref: str, row: dict):
    """The feature's geometry; an unreadable one is reported on the row, not the file."""
    raw = feature.get("geometry") if isinstance(feature, dict) else None
    if not raw:
        return None
    try:
        return shape(raw)
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        row.setdefault(ROW_PROBLEMS, []).append(("geometry", f"Geometrie nicht lesbar ({error})"))
        return None

"""Locate every record inside its member's area.

Delivered geometry or coordinates (WGS84, UTM or any CRS the source declares) are checked to
lie inside the member's area; records without them are placed by postal code and place from
GeoNames, or by the municipality's name. A location outside the member's area is never
guessed; delivered coordinates outside it are a problem of the row.
"""
from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon

from pipelines.gazetteer import METRIC_CRS, MemberArea
from pipelines.normalise import Problem
from schemas import DatasetSchema, fold

WGS84 = "EPSG:4326"


@dataclass
class Located:
    """Per row: geometry (WGS84), lat, lon, ags and geocode_precision."""
    frame: pd.DataFrame
    problems: list[Problem]


def geocode(frame: pd.DataFrame, geometries: list | None, crs: str | None, area: MemberArea,
            schema: DatasetSchema) -> Located:
    metric = _delivered_geometries(frame, geometries, crs)
    problems = []
    inside = metric.isna() | metric.within(area.boundary)
    for row in metric.index[~inside]:
        shown = _describe(frame, row, metric[row])
        problems.append(Problem(row, "geometry", shown,
                                f"Die Lage liegt außerhalb des Gebiets von {area.member.name} – "
                                f"bitte Koordinaten und Bezugssystem prüfen (evtl. Rechts- und "
                                f"Hochwert bzw. Breite und Länge vertauscht)"))
    invalid = metric.notna() & inside & ~metric.is_valid
    for row in metric.index[invalid]:
        problems.append(Problem(row, "geometry", None,
                                f"Die Geometrie ist ungültig ({shapely.is_valid_reason(metric[row])}) "
                                f"– bitte Umring prüfen"))
    precision = pd.Series("coordinates", index=frame.index, dtype=object)
    unlocated = metric.index[metric.isna()]
    found = [_from_address(postcode, place, area) for postcode, place in zip(
        _column(frame, "postcode")[unlocated], _column(frame, "place")[unlocated])]
    metric[unlocated] = [point for point, _ in found]
    precision[unlocated] = [level for _, level in found]
    if schema.geometry_type == "MultiPolygon":
        metric = metric.map(lambda g: MultiPolygon([g]) if isinstance(g, Polygon) else g)
    points = gpd.GeoSeries(metric.map(lambda g: g.representative_point() if g is not None else None),
                           crs=METRIC_CRS)
    ags = area.ags_at(points)
    wgs84_points = points.to_crs(WGS84)
    located = pd.DataFrame({
        "geometry": gpd.GeoSeries(metric, crs=METRIC_CRS).to_crs(WGS84).to_numpy(),
        "lat": wgs84_points.y.round(7), "lon": wgs84_points.x.round(7),
        "ags": ags, "geocode_precision": precision,
    }, index=frame.index)
    return Located(located, problems)


def _delivered_geometries(frame: pd.DataFrame, geometries: list | None, crs: str | None
                          ) -> gpd.GeoSeries:
    """Delivered geometry per row, else a point from x/y, in EPSG:25832."""
    shapes = list(geometries) if geometries is not None else [None] * len(frame)
    for position, (x, y) in enumerate(zip(_column(frame, "x"), _column(frame, "y"))):
        if shapes[position] is None and pd.notna(x) and pd.notna(y):
            shapes[position] = Point(x, y)
    series = gpd.GeoSeries(shapes, index=frame.index, crs=crs or WGS84)
    return series.to_crs(METRIC_CRS)


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    return frame[name] if name in frame else pd.Series(None, index=frame.index, dtype=object)


def _from_address(postcode: str | None, place: str | None, area: MemberArea):
    """Postal code and place, else postal code, else the place's name; only inside the area."""
    place_key = fold(place) if place else None
    if postcode and place_key and (point := area.by_postcode_and_place.get((postcode, place_key))):
        return point, "postcode"
    if postcode and (point := area.by_postcode.get(postcode)):
        return point, "postcode"
    if place_key and (point := area.by_place.get(place_key)):
        return point, "municipality"
    return None, "none"


def _describe(frame: pd.DataFrame, row, geometry) -> str:
    if "x" in frame and frame.at[row, "x"] is not None:
        return f"{frame.at[row, 'x']}, {frame.at[row, 'y']}"
    point = gpd.GeoSeries([geometry.representative_point()], crs=METRIC_CRS).to_crs(WGS84)[0]
    return f"Länge {point.x:.5f}, Breite {point.y:.5f}"

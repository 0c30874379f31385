"""Locate every record inside its area: one function for the pipeline and `swdp geocode`.

Delivered geometry or coordinates (any CRS the source declares, else the one recognised
from the values) are checked to lie inside the area; records without them are matched by
address against the gazetteer (house, street, postal code, municipality) and, if configured,
asked of an online geocoder. A location outside the area is never guessed; delivered
coordinates outside it are a problem of the row.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Polygon

from pipelines.geocoding.coordinates import METRIC_CRS, distinct_points, to_metric
from pipelines.geocoding.gazetteer import MemberArea
from pipelines.geocoding.matching import LEVELS, match_addresses
from pipelines.core.german import rows
from pipelines.core.problems import Problem
from pipelines.geocoding.online import OnlineGeocoder
from schemas import ADDRESS_FIELDS, DatasetSchema

WGS84 = "EPSG:4326"
PRECISIONS = ("coordinates", *LEVELS)


def locate(frame: pd.DataFrame, area: MemberArea, crs=None,
           online: OnlineGeocoder | None = None) -> pd.DataFrame:
    """Per row of x/y (with crs: one for all, a column, or None) or street, housenumber,
    postcode, place: x, y (EPSG:25832), ags, precision, score, crs_detected, swapped."""
    # read as numbers once (a million empty cells take 0.05 s each time)
    x, y = _column(frame, "x", float), _column(frame, "y", float)
    metric = to_metric(x, y, crs, area.boundary)
    located = pd.DataFrame({"x": metric.x, "y": metric.y, "ags": None, "precision": "coordinates",
                            "score": 1.0, "crs_detected": metric.crs_detected,
                            "swapped": metric.swapped}, index=frame.index)
    located.loc[np.isnan(metric.x), ["precision", "score"]] = ["none", 0.0]
    by_address = np.isnan(metric.x) & ~(x.notna() & y.notna()).to_numpy()
    if by_address.any():
        rows = frame[by_address]
        matched = match_addresses(*(_column(rows, name, object) for name in ADDRESS_FIELDS), area)
        if online is not None:
            matched = online.improve(rows, matched, area)
        # column by column: the matches as one block would first become an array of objects
        for name, column in matched.items():
            located.loc[by_address, name] = column.to_numpy()
    located["ags"] = np.where(located["precision"] == "coordinates",
                              area.ags_at(located["x"], located["y"]), located["ags"])
    located["score"] = located["score"].astype(float)
    return located


def outside(located: pd.DataFrame, area: MemberArea) -> np.ndarray:
    """Rows with a position outside the area (only delivered coordinates can be)."""
    present = located["x"].notna().to_numpy()
    result = np.zeros(len(located), dtype=bool)
    result[present] = ~shapely.contains_xy(area.boundary, located["x"].to_numpy()[present],
                                           located["y"].to_numpy()[present])
    return result


def wgs84(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Latitude and longitude (7 decimals) of points in EPSG:25832."""
    lon, lat = _lon_lat(x, y)
    return lat.round(7), lon.round(7)


def _lon_lat(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct point transformed once: records share their addresses."""
    distinct_x, distinct_y, each = distinct_points(x, y)
    if not len(distinct_x):
        return np.empty(0), np.empty(0)
    points = gpd.GeoSeries.from_xy(distinct_x, distinct_y, crs=METRIC_CRS).to_crs(WGS84)
    return points.x.to_numpy()[each], points.y.to_numpy()[each]


@dataclass
class Located:
    """Per row: geometry (WGS84), lat, lon, ags, geocode_precision and geocode_score."""
    frame: pd.DataFrame
    problems: list[Problem]
    notes: list[str]


def geocode(frame: pd.DataFrame, geometries: list | None, crs: str | None, area: MemberArea,
            schema: DatasetSchema, online: OnlineGeocoder | None = None) -> Located:
    """The pipeline's step: records located, rows outside the area or with invalid shapes
    as problems, recognised CRS and swapped axes as notes."""
    shapes = _delivered_shapes(geometries, crs, frame.index)
    has_shape = shapes.notna().to_numpy()
    with np.errstate(invalid="ignore"):  # coordinates beyond the world give NaN: reported below
        representative = shapes[has_shape].representative_point()
    delivered = pd.DataFrame({
        "x": representative.x, "y": representative.y,
        "ags": area.ags_at(representative.x, representative.y), "precision": "coordinates",
        "score": 1.0, "crs_detected": None, "swapped": False}, index=frame.index[has_shape])
    parts = [delivered] if has_shape.any() else []
    if not has_shape.all() or not len(frame):
        # only the columns `locate` reads: filtering the whole delivery would copy it
        wanted = [name for name in ("x", "y", *ADDRESS_FIELDS) if name in frame]
        parts.append(locate(frame[wanted][~has_shape], area, crs, online))
    located = pd.concat(parts).reindex(frame.index)
    problems = _problems(frame, located, shapes, crs, area)
    geometry = np.full(len(frame), None, dtype=object)
    if has_shape.any():
        own = shapes.to_numpy()[has_shape]
        if schema.geometry_type == "MultiPolygon":
            own = [MultiPolygon([g]) if isinstance(g, Polygon) else g for g in own]
        geometry[has_shape] = gpd.GeoSeries(own, crs=METRIC_CRS).to_crs(WGS84).to_numpy()
    distinct_x, distinct_y, each = distinct_points(located["x"], located["y"])
    # 7 decimals (about 1 cm): lat, lon and the point say the same, without the float noise of
    # the round trip through the metric CRS (13.437809999999999 for a delivered 13.43781)
    distinct_lon, distinct_lat = (np.round(degrees, 7)
                                  for degrees in _lon_lat(distinct_x, distinct_y))
    lon, lat = distinct_lon[each], distinct_lat[each]
    # delivered points too are taken from the rounded position; other shapes stay as delivered
    delivered_point = has_shape & (shapes.geom_type == "Point").to_numpy()
    points = (~has_shape | delivered_point) & located["x"].notna().to_numpy()
    # one point object per position, shared by the records there (they share addresses)
    geometry[points] = shapely.points(distinct_lon, distinct_lat)[each[points]]
    result = pd.DataFrame({
        "geometry": geometry, "lat": lat, "lon": lon,
        "ags": located["ags"].to_numpy(),
        "geocode_precision": located["precision"].to_numpy(),
        "geocode_score": located["score"].to_numpy(),
    }, index=frame.index)
    return Located(result, problems, _notes(located))


def unlocated(index: pd.Index) -> Located:
    """The geocoding columns of records that were not located (no member area to locate in)."""
    frame = pd.DataFrame({"geometry": None, "lat": np.nan, "lon": np.nan, "ags": None,
                          "geocode_precision": "none", "geocode_score": 0.0}, index=index)
    return Located(frame.astype({"geometry": object, "ags": object}), [], [])


def fill_place(values: pd.DataFrame, area: MemberArea) -> np.ndarray:
    """A row located by its coordinates (an iCalendar GEO, say) but without a place gets the
    name of the municipality it lies in. Returns which rows got one: the note on them names
    only the rows kept (a row outside the area gets the nearest municipality's, and is
    rejected)."""
    if "place" not in values or "geocode_precision" not in values:
        return np.zeros(len(values), dtype=bool)
    missing = values["place"].isna() & values["ags"].notna() & (
        values["geocode_precision"] == "coordinates")
    names = dict(zip(area.municipalities["ags"], area.municipalities["name"]))
    values.loc[missing, "place"] = values.loc[missing, "ags"].map(names)
    return missing.to_numpy()


def _delivered_shapes(geometries, crs, index) -> gpd.GeoSeries:
    shapes = list(geometries) if geometries is not None else [None] * len(index)
    shapes = gpd.GeoSeries(shapes, index=index, crs=crs or WGS84)
    # an empty geometry ("POINT EMPTY", a feature without coordinates) locates nothing: the
    # record is located like one delivered without a shape
    return shapes.where(~shapes.is_empty, None).to_crs(METRIC_CRS)


def _problems(frame, located, shapes, crs, area: MemberArea) -> list[Problem]:
    problems = []
    away = outside(located, area)
    x, y = located["x"].to_numpy()[away], located["y"].to_numpy()[away]
    swapped = _inside_if_swapped(x, y, shapes.notna().to_numpy()[away], crs, area)
    # all positions in one transformation: one per row took 2 ms, 10 s for 5,000 rows outside
    lat, lon = wgs84(x, y)
    for position, where, swap, latitude, longitude in zip(
            away.nonzero()[0], whereabouts(x, y, area), swapped, lat, lon):
        row = frame.index[position]
        advice = ("mit vertauschten Achsen (Rechts- und Hochwert bzw. Breite und Länge) läge "
                  "sie darin; bitte die Reihenfolge der Koordinaten prüfen" if swap else
                  "bitte Koordinaten und Bezugssystem prüfen")
        problems.append(Problem(row, "geometry", _describe(frame, row, latitude, longitude),
                                f"Die Lage liegt außerhalb des Gebiets des Mitglieds {area.name}, "
                                f"{where} – {advice}"))
    delivered = _column(frame, "x", float).notna() & _column(frame, "y", float).notna()
    for row in frame.index[delivered.to_numpy() & located["x"].isna().to_numpy()]:
        problems.append(Problem(row, "geometry", f"{frame.at[row, 'x']}, {frame.at[row, 'y']}",
                                "Die Koordinaten passen zu keinem in Deutschland üblichen "
                                "Bezugssystem – bitte Rechts-/Hochwert bzw. Länge/Breite und das "
                                "Bezugssystem (crs) angeben"))
    invalid = shapes.notna().to_numpy() & ~away & ~shapes.is_valid.to_numpy()
    for row in shapes.index[invalid]:
        problems.append(Problem(row, "geometry", None,
                                f"Die Geometrie ist ungültig ({shapely.is_valid_reason(shapes[row])}) "
                                f"– bitte Umring prüfen"))
    return problems


# The Länder by the first two digits of the AGS, to name where a municipality lies.
_LAENDER = {"01": "Schleswig-Holstein", "02": "Hamburg", "03": "Niedersachsen", "04": "Bremen",
            "05": "Nordrhein-Westfalen", "06": "Hessen", "07": "Rheinland-Pfalz",
            "08": "Baden-Württemberg", "09": "Bayern", "10": "Saarland", "11": "Berlin",
            "12": "Brandenburg", "13": "Mecklenburg-Vorpommern", "14": "Sachsen",
            "15": "Sachsen-Anhalt", "16": "Thüringen"}


def whereabouts(x, y, area: MemberArea) -> list[str]:
    """Where each point (EPSG:25832) outside the area lies: "in Altenglan (Landkreis Kusel,
    Rheinland-Pfalz)" (the municipality of the gazetteer, VG5000, with its district and Land),
    or "außerhalb Deutschlands"."""
    places = ["außerhalb Deutschlands"] * len(x)
    # all of Germany (11,000 boundaries decoded) only where a point lies outside: a check
    # whose locations all lie in the area never reads it
    if not len(x) or area.germany is None:
        return places
    germany = area.germany
    points, units = germany.sindex.query(shapely.points(x, y), predicate="intersects")
    columns = [germany[name].to_numpy() for name in ("name", "ags", "district", "district_kind")]
    for point, unit in zip(points, units):
        places[point] = _municipality_place(*(column[unit] for column in columns))
    return places


def _municipality_place(name: str, ags: str, district: str, district_kind: str) -> str:
    """"in Altenglan (Landkreis Kusel, Rheinland-Pfalz)"; a name the municipality already
    said is not said again: "in Kaiserslautern (kreisfreie Stadt, Rheinland-Pfalz)", "in
    Hamburg (kreisfreie Stadt, Land Hamburg)". Where a name has brackets of its own
    ("Kempten (Allgäu)", "Landkreis Lindau (Bodensee)") commas part district and Land, since
    brackets after or inside brackets read as a mistake: "in Kempten (Allgäu), kreisfreie
    Stadt, Bayern"."""
    kind = _CITY_KINDS.get(district_kind, district_kind)
    if district == name and district_kind in _CITY_KINDS:
        district = kind  # a kreisfreie Stadt is one municipality of its name
    elif not _NAMED_KIND.search(district):
        district = f"{kind} {district}"
    land = _LAENDER[ags[:2]]
    where = f"{district}, {'Land ' if land == name else ''}{land}"
    return f"in {name}, {where}" if "(" in name + district else f"in {name} ({where})"


# The kinds of district (VG5000 BEZ) that are a town, as they read in a sentence.
_CITY_KINDS = {"Kreisfreie Stadt": "kreisfreie Stadt", "Stadtkreis": "Stadtkreis"}
# District names that say their kind themselves ("Rhein-Kreis Neuss", "Eifelkreis
# Bitburg-Prüm", "Region Hannover"): "Landkreis Eifelkreis …" would say it twice.
_NAMED_KIND = re.compile(r"kreis\b|^(Region|Städteregion|Regionalverband) ", re.IGNORECASE)


def _inside_if_swapped(x, y, delivered_shape, crs, area: MemberArea) -> np.ndarray:
    """Per point outside the area: whether it would lie inside with the delivered axes swapped.
    Only delivered shapes can: delivered x/y were already tried swapped (`to_metric`), and
    taken so where that put them inside."""
    swapped = np.zeros(len(x), dtype=bool)
    if not delivered_shape.any():
        return swapped
    # the point back in the delivered CRS, its axes swapped, and into the area's CRS again
    source = gpd.GeoSeries.from_xy(x[delivered_shape], y[delivered_shape], crs=METRIC_CRS
                                   ).to_crs(crs or WGS84)
    with np.errstate(invalid="ignore"):
        turned = gpd.GeoSeries.from_xy(source.y, source.x, crs=crs or WGS84).to_crs(METRIC_CRS)
    swapped[delivered_shape] = shapely.contains_xy(area.boundary, turned.x.to_numpy(),
                                                   turned.y.to_numpy())
    return swapped


def _notes(located: pd.DataFrame) -> list[str]:
    notes = [f"Bezugssystem nicht angegeben, aus den Werten erkannt: {crs} ({rows(count)})"
             for crs, count in Counter(located["crs_detected"].dropna()).items()]
    if located["swapped"].any():
        notes.append(f"{rows(int(located['swapped'].sum()))}: Rechts-/Hochwert bzw. Länge/Breite "
                     f"vertauscht geliefert – korrigiert")
    return notes


def _column(frame: pd.DataFrame, name: str, kind) -> pd.Series:
    if name not in frame:
        return pd.Series(np.nan if kind is float else None, index=frame.index, dtype=kind)
    values = frame[name]
    if kind is not float:
        return values
    # most deliveries leave the coordinates empty: a million gaps parsed take 0.05 s each time
    return (pd.Series(np.nan, index=values.index, name=name) if values.isna().all()
            else pd.to_numeric(values, errors="coerce"))


def _describe(frame: pd.DataFrame, row, lat: float, lon: float) -> str:
    """The position of a row outside the area as delivered, or else in WGS84 (`lat`, `lon`)."""
    if "x" in frame and pd.notna(frame.at[row, "x"]):
        return f"{frame.at[row, 'x']}, {frame.at[row, 'y']}"
    return f"Länge {lon:.5f}, Breite {lat:.5f}"

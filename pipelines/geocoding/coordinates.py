"""Delivered x/y in any of the coordinate systems used in Germany, brought to EPSG:25832.

A declared CRS is honoured. Without one, the CRS is recognised from the value ranges; where
ranges overlap (UTM 32/33, Web Mercator) the first system that puts the point inside the
area wins. Swapped axes (latitude in the longitude column, northing as easting) are tried
when the point is not inside the area as delivered, and flagged.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from pyproj.exceptions import CRSError
from shapely.geometry.base import BaseGeometry

METRIC_CRS = "EPSG:25832"
# CRS -> (x range, y range) of values for points in Germany, in the order they are tried.
RANGES = {
    "EPSG:4326": ((5.5, 15.5), (47.0, 55.2)),
    "EPSG:25832": ((250_000, 950_000), (5_200_000, 6_150_000)),
    "EPSG:4647": ((32_250_000, 32_950_000), (5_200_000, 6_150_000)),  # UTM 32 with zone number
    "EPSG:31467": ((3_250_000, 3_950_000), (5_200_000, 6_150_000)),   # Gauß-Krüger zone 3
    "EPSG:31466": ((2_250_000, 2_950_000), (5_200_000, 6_150_000)),   # Gauß-Krüger zone 2
    "EPSG:3857": ((600_000, 1_750_000), (5_900_000, 7_400_000)),
    "EPSG:25833": ((-250_000, 950_000), (5_200_000, 6_150_000)),
}


@dataclass
class Metric:
    """Per row: x, y in EPSG:25832 (NaN if not interpretable), the CRS recognised where none
    was declared, and whether the axes were swapped in the delivery."""
    x: np.ndarray
    y: np.ndarray
    crs_detected: np.ndarray
    swapped: np.ndarray


@cache
def _transformer(source: str, target: str = METRIC_CRS) -> Transformer:
    return Transformer.from_crs(source, target, always_xy=True)


def transform(crs: str, x, y) -> tuple[np.ndarray, np.ndarray]:
    """x, y in crs -> EPSG:25832. Older datums (DHDN for Gauß-Krüger) go through WGS84, the
    datum shift pyproj picks for WGS84, so results agree with WGS84 references to the cm."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if crs not in (METRIC_CRS, "EPSG:4326"):
        x, y = _transformer(crs, "EPSG:4326").transform(x, y)
        crs = "EPSG:4326"
    return _transformer(crs).transform(x, y)


def to_metric(x, y, crs, area: BaseGeometry | None) -> Metric:
    """crs: one declared CRS, one per row (None where not declared), or None for none."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    declared = np.asarray(_declared(crs, len(x)) if not isinstance(crs, str) else [crs] * len(x),
                          dtype=object)
    result = Metric(np.full(len(x), np.nan), np.full(len(x), np.nan),
                    np.full(len(x), None, dtype=object), np.zeros(len(x), dtype=bool))
    present = ~np.isnan(x) & ~np.isnan(y)
    if area is not None:
        shapely.prepare(area)
    for name in pd.unique(declared[present & (declared != None)]):  # noqa: E711 – element-wise
        rows = present & (declared == name)
        _place(result, rows, x, y, _epsg(name), area, detected=False)
    open_rows = present & (declared == None)  # noqa: E711
    for name in RANGES:
        open_rows &= ~_place(result, open_rows & _in_range(name, x, y), x, y, name, area,
                             detected=True, swap_only=False, accept_outside=False)
        open_rows &= ~_place(result, open_rows & _in_range(name, y, x), x, y, name, area,
                             detected=True, swap_only=True, accept_outside=False)
    # Nothing put them inside: keep the first reading by range, so the caller can say where.
    for name in RANGES:
        open_rows &= ~_place(result, open_rows & _in_range(name, x, y), x, y, name, None,
                             detected=True)
    return result


def _declared(crs, rows: int) -> pd.Series:
    """One CRS per row, None where none is declared (missing or blank); only the declared
    ones are read as text (a delivery without a CRS column has none to read)."""
    declared = pd.Series(crs, index=range(rows), dtype=object)
    named = declared.notna().to_numpy()
    named[named] = declared[named].astype(str).str.strip().ne("").to_numpy(dtype=bool)
    return declared.where(named, None)


def distinct_points(x, y) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The distinct (x, y) pairs and, per point, the position of its pair: records share
    their addresses, so work per point (a transformation, a lookup) is done once per pair.
    Hashing beats `np.unique(axis=0)`, which sorts all pairs as 16-byte records."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    x_codes, x_values = pd.factorize(x, use_na_sentinel=False)
    y_codes, y_values = pd.factorize(y, use_na_sentinel=False)
    each, pairs = pd.factorize(x_codes.astype(np.int64) * len(y_values) + y_codes)
    return x_values[pairs // len(y_values)], y_values[pairs % len(y_values)], each


def _place(result: Metric, rows, x, y, crs: str, area, detected: bool, swap_only=False,
           accept_outside=True) -> np.ndarray:
    """Transform the rows; those outside the area are tried with swapped axes. Returns the
    rows placed (inside, or all rows as delivered when accept_outside)."""
    placed = np.zeros(len(x), dtype=bool)
    if not rows.any():
        return placed
    index = rows.nonzero()[0]
    if swap_only:
        tx, ty, inside = np.empty(0), np.empty(0), np.zeros(len(index), dtype=bool)
    else:
        tx, ty = transform(crs, x[index], y[index])
        inside = _inside(area, tx, ty)
        keep = inside | accept_outside
        _assign(result, index[keep], tx[keep], ty[keep], crs if detected else None, False)
        placed[index[keep]] = True
    retry = index[~inside] if not swap_only else index
    if len(retry) and area is not None:
        sx, sy = transform(crs, y[retry], x[retry])
        good = _inside(area, sx, sy)
        _assign(result, retry[good], sx[good], sy[good], crs if detected else None, True)
        placed[retry[good]] = True
    return placed


def _assign(result: Metric, index, x, y, crs, swapped: bool) -> None:
    result.x[index], result.y[index] = x, y
    result.crs_detected[index] = crs
    result.swapped[index] = swapped


def _inside(area, x, y) -> np.ndarray:
    if area is None:
        return np.ones(len(x), dtype=bool)
    return shapely.contains_xy(area, x, y)


def _in_range(name: str, x, y) -> np.ndarray:
    (x0, x1), (y0, y1) = RANGES[name]
    return (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)


def _epsg(name: str) -> str:
    """"25832", "epsg:25832", "EPSG:25832" -> "EPSG:25832"."""
    text = str(name).strip().upper()
    return text if text.startswith("EPSG:") or not text.isdigit() else f"EPSG:{text}"


def known_crs(name: str) -> bool:
    try:
        _transformer(_epsg(name))
    except CRSError:
        return False
    return True

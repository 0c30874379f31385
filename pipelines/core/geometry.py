"""Geometries as WKB, each distinct object once, and coordinates rounded for GeoJSON.

Records at one address share one point object (see `pipelines.geocoding.locate.geocode`), so
a million records hold a few thousand geometries; converting per object, not per row, keeps
writing the lake and checking a delivery linear in the addresses, not the rows.

GeoJSON coordinates are rounded to seven decimals (about a centimetre, as the workbook keeps
them): RFC 7946 §11.2 advises no more precision than needed, and a reprojected plan otherwise
reads 7.453231999999999. The exports (`pipelines.export.geojson`) and the coordination's files
and mail attachments (`pipelines.coordination.outputs`) round alike."""
from __future__ import annotations

import numpy as np
import pandas as pd
import shapely


def to_wkb(geometries) -> np.ndarray:
    """`shapely.to_wkb` of each geometry (None stays None), one conversion per object."""
    geometries = np.asarray(geometries, dtype=object)
    if not len(geometries):
        return np.array([], dtype=object)
    each, distinct = pd.factorize(np.fromiter(map(id, geometries), dtype=np.int64,
                                              count=len(geometries)))
    first = np.empty(len(distinct), dtype=np.int64)
    first[each[::-1]] = np.arange(len(geometries))[::-1]  # the first row of each object
    return shapely.to_wkb(geometries[first])[each]


GEOJSON_DECIMALS = 7


def geojson_rounded(coordinates: np.ndarray) -> np.ndarray:
    """Coordinates to `GEOJSON_DECIMALS` places, each the float nearest to its decimal, so
    that its shortest text has no more digits (7.453232, not 7.453231999999999); as
    `shapely.transform` wants it."""
    return np.round(coordinates, GEOJSON_DECIMALS)

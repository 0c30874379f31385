"""Geometries as WKB, each distinct object once.

Records at one address share one point object (see `pipelines.geocoding.locate.geocode`), so
a million records hold a few thousand geometries; converting per object, not per row, keeps
writing the lake and checking a delivery linear in the addresses, not the rows."""
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

"""The GeoJSON export as the json module writes the whole document: the reference that
`pipelines.export.geojson.write_geojson` (which builds the file column by column in Arrow)
must match byte for byte – `json_value` of every property, `shapely.geometry.mapping` of
every geometry, its coordinates rounded by Python's `round` to seven decimals."""
from __future__ import annotations

import json

import pandas as pd
import shapely

from pipelines.export.geojson import json_value


def reference_geojson(frame: pd.DataFrame, fields, about: dict) -> bytes:
    document = {"type": "FeatureCollection", "name": about["title"], "publisher": about["publisher"],
                "license": about["license"], "license_title": about["license_title"],
                "attribution": about["attribution"], "schema_version": about["schema_version"],
                "schema_sha256": about["schema_hash"],
                "features": [{"type": "Feature", "id": row["record_id"], "geometry":
                              _rounded(shapely.geometry.mapping(row["geometry"]))
                              if row["geometry"] is not None else None,
                              "properties": {f.name: json_value(row[f.name], f) for f in fields}}
                             for _, row in frame.iterrows()]}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _rounded(value):
    """A geometry's mapping with each coordinate `round(c, 7)`."""
    if isinstance(value, float):
        return round(value, 7)
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(item) for item in value]
    return value

"""The GeoPackage layer as geopandas hands it to GDAL (pyogrio.write_dataframe of a
GeoDataFrame, the export's former way): the reference whose content
`pipelines.export.geopackage.write_layer` (Arrow straight to GDAL) must match."""
from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyogrio


def reference_layer(frame: pd.DataFrame, schema, fields, path: Path) -> None:
    columns = {f.name: _column(frame[f.name], f) for f in fields}
    layer = gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(frame["geometry"].to_numpy(),
                                                             index=frame.index, crs="EPSG:4326"),
                             crs="EPSG:4326")
    kinds = set(layer.geometry.dropna().geom_type)
    declared = (schema.geometry_type if kinds <= {schema.geometry_type,
                                                  schema.geometry_type.removeprefix("Multi")}
                else "Unknown")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*(extension|non conformant).*")
        pyogrio.write_dataframe(layer, path, layer=schema.key, driver="GPKG", use_arrow=True,
                                geometry_type=declared,
                                promote_to_multi=declared.startswith("Multi"))


def _column(values: pd.Series, f) -> pd.Series:
    if f.type == "datetime":
        return pd.to_datetime(values, utc=True).dt.floor("ms")
    if f.type == "date":
        dates = pd.to_datetime(values)
        return pd.Series(pa.array(dates.dt.date.where(dates.notna(), None), type=pa.date32()),
                         index=values.index, dtype=pd.ArrowDtype(pa.date32()))
    if f.type == "boolean":
        return values.astype("boolean")
    if f.type in ("decimal", "integer"):
        return pd.to_numeric(values).astype("Float64" if f.type == "decimal" else "Int64")
    return values.astype(object).where(values.notna(), None)

"""GeoPackage for QGIS: one file per member and one for the cluster, one layer per dataset.

Each layer carries the German label of every field as its alias and the description as its
comment (GeoPackage schema extension, table `gpkg_data_columns`, which QGIS and GDAL read), and
the file carries licence and attribution in the layer description. A layer is replaced in a
copy of the file that is then renamed, so a reader never sees a half-written GeoPackage.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyogrio

from pipelines.core.files import atomic_write
from schemas import DatasetSchema, Field

_SCHEMA_EXTENSION = ("gpkg_data_columns", None, "gpkg_schema",
                     "http://www.geopackage.org/spec/#extension_schema", "read-write")


def geopackage_path(export_dir: Path, scope: str) -> Path:
    return export_dir / "geopackage" / f"{scope}.gpkg"


def write_layer(frame: pd.DataFrame, schema: DatasetSchema, fields: tuple[Field, ...],
                path: Path, about: dict) -> Path:
    """Put the dataset's records into the layer `schema.key` of the GeoPackage at `path`."""
    columns = {f.name: _column(frame[f.name], f) for f in fields}
    # the member's records keep their index from the cluster's frame; the geometry must too
    layer = gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(frame["geometry"].to_numpy(),
                                                             index=frame.index, crs="EPSG:4326"),
                             crs="EPSG:4326")

    # A layer declares one geometry type; plans delivered as points beside polygons make it
    # GEOMETRY ("Unknown"), since a point in a MULTIPOLYGON layer breaks the GeoPackage rules.
    kinds = set(layer.geometry.dropna().geom_type)
    declared = (schema.geometry_type if kinds <= {schema.geometry_type,
                                                  schema.geometry_type.removeprefix("Multi")}
                else "Unknown")

    def write(partial: str) -> None:
        if path.exists():
            shutil.copyfile(path, partial)
        else:
            os.unlink(partial)  # GDAL creates a new GeoPackage only where no file is
        with warnings.catch_warnings():  # GDAL would like the temporary name to end in .gpkg
            warnings.filterwarnings("ignore", message=".*(extension|non conformant).*")
            pyogrio.write_dataframe(layer, partial, layer=schema.key, driver="GPKG", use_arrow=True,
                                    geometry_type=declared, promote_to_multi=
                                    declared.startswith("Multi"),
                                    layer_options={"OVERWRITE": "YES",
                                                   "IDENTIFIER": about["title"],
                                                   "DESCRIPTION": f"{about['license_title']}; "
                                                   + "; ".join(about["attribution"])})
        _describe_columns(Path(partial), schema.key, fields)

    atomic_write(path, write)
    return path


def _column(values: pd.Series, f: Field) -> pd.Series:
    """The layer's column in the type QGIS should see: times to the millisecond (GeoPackage
    stores no finer), dates as DATE with NULL where a record has none."""
    if f.type == "datetime":
        return pd.to_datetime(values, utc=True).dt.floor("ms")
    if f.type == "date":
        dates = pd.to_datetime(values)
        # typed explicitly: a column without any date would otherwise become TEXT
        return pd.Series(pa.array(dates.dt.date.where(dates.notna(), None), type=pa.date32()),
                         index=values.index, dtype=pd.ArrowDtype(pa.date32()))
    if f.type == "boolean":
        return values.astype("boolean")
    if f.type in ("decimal", "integer"):
        return pd.to_numeric(values).astype("Float64" if f.type == "decimal" else "Int64")
    return values.astype(object).where(values.notna(), None)


def _describe_columns(path: Path, table: str, fields: tuple[Field, ...]) -> None:
    """German aliases (`name`) and descriptions in gpkg_data_columns (GeoPackage 1.3, F.9)."""
    with sqlite3.connect(path) as database:
        database.execute("""CREATE TABLE IF NOT EXISTS gpkg_data_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, title TEXT,
            description TEXT, mime_type TEXT, constraint_name TEXT,
            CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name))""")
        if not database.execute("SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND "
                                "extension_name = ?", _SCHEMA_EXTENSION[:1] + _SCHEMA_EXTENSION[2:3]
                                ).fetchone():
            database.execute("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, "
                             "definition, scope) VALUES (?, ?, ?, ?, ?)", _SCHEMA_EXTENSION)
        database.execute("DELETE FROM gpkg_data_columns WHERE table_name = ?", (table,))
        database.executemany(
            "INSERT INTO gpkg_data_columns (table_name, column_name, name, title, description) "
            "VALUES (?, ?, ?, ?, ?)",
            [(table, f.name, f.label, f.label, f.description) for f in fields])

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
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyogrio
import shapely

from pipelines.core.files import atomic_write
from pipelines.export.values import column, point_coordinates
from schemas import DatasetSchema, Field

# SQLite as GDAL writes the temporary copy (GPKG driver: configuration options, performance
# hints), which nobody opens before it is renamed into place: without a rollback journal,
# since a failed write throws the whole copy away (a journal would first save every page of
# the layer being replaced: a fifth of the time at 1,000,000 rows), and without waiting for
# the disk, as no other export file waits for it either.
_UNREAD_FILE = {"OGR_SQLITE_JOURNAL": "OFF", "OGR_SQLITE_SYNCHRONOUS": "OFF"}
# The schema extension (GeoPackage 1.3, F.9) consists of both tables, each registered in
# gpkg_extensions; the constraints stay empty, but validators ask for the table.
_SCHEMA_TABLES = {
    "gpkg_data_columns": """CREATE TABLE IF NOT EXISTS gpkg_data_columns (
        table_name TEXT NOT NULL, column_name TEXT NOT NULL, name TEXT, title TEXT,
        description TEXT, mime_type TEXT, constraint_name TEXT,
        CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name))""",
    "gpkg_data_column_constraints": """CREATE TABLE IF NOT EXISTS gpkg_data_column_constraints (
        constraint_name TEXT NOT NULL, constraint_type TEXT NOT NULL, value TEXT,
        min NUMERIC, min_is_inclusive BOOLEAN, max NUMERIC, max_is_inclusive BOOLEAN,
        description TEXT, CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))""",
}
_SCHEMA_EXTENSION = ("gpkg_schema", "http://www.geopackage.org/spec/#extension_schema",
                     "read-write")


def geopackage_path(export_dir: Path, scope: str) -> Path:
    return export_dir / "geopackage" / f"{scope}.gpkg"


def write_layer(table: pa.Table, schema: DatasetSchema, fields: tuple[Field, ...],
                path: Path, about: dict) -> Path:
    """Put the dataset's records (the export table, `geoarrow_table`) into the layer
    `schema.key` of the GeoPackage at `path`, handed to GDAL as Arrow."""
    geometries = column(table, "geometry")
    kinds = _kinds(geometries)
    # A layer declares one geometry type; plans delivered as points beside polygons make it
    # GEOMETRY ("Unknown"), since a point in a MULTIPOLYGON layer breaks the GeoPackage rules.
    declared = (schema.geometry_type if kinds <= {schema.geometry_type,
                                                  schema.geometry_type.removeprefix("Multi")}
                else "Unknown")
    if declared.startswith("Multi") and kinds - {declared}:
        geometries = pa.array(shapely.to_wkb(_as_multi(_shapes(geometries))), pa.binary())
    layer = pa.table({**{f.name: _column(column(table, f.name), f) for f in fields},
                      "geometry": geometries})

    def write(partial: str) -> None:
        if path.exists():
            shutil.copyfile(path, partial)
        else:
            os.unlink(partial)  # GDAL creates a new GeoPackage only where no file is
        with warnings.catch_warnings(), _gdal_options(_UNREAD_FILE):
            # GDAL would like the temporary name to end in .gpkg
            warnings.filterwarnings("ignore", message=".*(extension|non conformant).*")
            pyogrio.write_arrow(layer, partial, layer=schema.key, driver="GPKG",
                                geometry_name="geometry", geometry_type=declared, crs="EPSG:4326",
                                layer_options={"OVERWRITE": "YES",
                                               "IDENTIFIER": about["title"],
                                               "DESCRIPTION": f"{about['license_title']}; "
                                               + "; ".join(about["attribution"])})
        _describe_columns(Path(partial), schema.key, fields)

    atomic_write(path, write)
    return path


@contextmanager
def _gdal_options(options: dict[str, str]):
    """GDAL configuration options for the code inside (they hold for the whole process, so
    the former values come back afterwards)."""
    before = {name: pyogrio.get_gdal_config_option(name) for name in options}
    pyogrio.set_gdal_config_options(options)
    try:
        yield
    finally:
        pyogrio.set_gdal_config_options(before)


def _kinds(geometries: pa.Array) -> set[str]:
    """The geometry types present (Point, MultiPolygon, …), one shape of each kind asked."""
    if point_coordinates(geometries) is not None:
        return {"Point"}
    shapes = _shapes(geometries)
    ids = shapely.get_type_id(shapes)
    present = shapes[ids >= 0]
    _, first = np.unique(ids[ids >= 0], return_index=True)
    return {present[i].geom_type for i in first}


def _shapes(geometries: pa.Array) -> np.ndarray:
    return shapely.from_wkb(geometries.to_numpy(zero_copy_only=False))


def _as_multi(shapes: np.ndarray) -> np.ndarray:
    """Points, lines and polygons as one-part multi-geometries, as the layer declares."""
    shapes = shapes.copy()
    for single, multi in ((shapely.GeometryType.POINT, shapely.multipoints),
                          (shapely.GeometryType.LINESTRING, shapely.multilinestrings),
                          (shapely.GeometryType.POLYGON, shapely.multipolygons)):
        where = shapely.get_type_id(shapes) == single
        if where.any():
            shapes[where] = multi(np.atleast_2d(shapes[where]), axis=0)
    return shapes


def _column(values: pa.Array, f: Field) -> pa.Array:
    """The layer's column in the type QGIS should see: times to the millisecond (GeoPackage
    stores no finer); the other types are the schema's as they are."""
    if f.type == "datetime":
        return pc.floor_temporal(values, unit="millisecond")
    return values


def _describe_columns(path: Path, table: str, fields: tuple[Field, ...]) -> None:
    """German aliases (`name`) and descriptions in gpkg_data_columns (GeoPackage 1.3, F.9)."""
    with sqlite3.connect(path) as database:
        for name, definition in _SCHEMA_TABLES.items():
            database.execute(definition)
            if not database.execute("SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND "
                                    "extension_name = ?", (name, _SCHEMA_EXTENSION[0])).fetchone():
                database.execute("INSERT INTO gpkg_extensions (table_name, column_name, "
                                 "extension_name, definition, scope) VALUES (?, NULL, ?, ?, ?)",
                                 (name, *_SCHEMA_EXTENSION))
        database.execute("DELETE FROM gpkg_data_columns WHERE table_name = ?", (table,))
        database.executemany(
            "INSERT INTO gpkg_data_columns (table_name, column_name, name, title, description) "
            "VALUES (?, ?, ?, ?, ?)",
            [(table, f.name, f.label, f.label, f.description) for f in fields])

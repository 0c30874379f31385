"""GeoPackage for QGIS: each dataset's layer alone beside its other files
(export/<dataset>/<scope>.gpkg), what the catalogue offers with the dataset, so that it
changes only when the dataset does; and one file per member and one for the cluster with a
layer per dataset (export/geopackage/<scope>.gpkg), put together from those.

GDAL writes each layer once, into a GeoPackage of its own; the scope's file takes it from
there as SQLite copies it (`_combine`). Each layer carries the German label of every field as
its alias and the description as its comment (GeoPackage schema extension, table
`gpkg_data_columns`, which QGIS and GDAL read), and the file carries licence and attribution
in the layer description. Every file is written under a temporary name and renamed, so a
reader never sees a half-written GeoPackage; a scope's file of another GeoPackage version than
1.3 is rebuilt that way with its other layers.
"""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pyogrio
import shapely

from pipelines.core.files import atomic_write
from pipelines.export.metadata import schema_note
from pipelines.export.values import point_coordinates
from schemas import DatasetSchema, Field, load_schema

# SQLite as GDAL writes the temporary file (GPKG driver: configuration options, performance
# hints), which nobody opens before it is renamed into place: without a rollback journal,
# since a failed write throws the whole file away, and without waiting for the disk, as no
# other export file waits for it either.
_UNREAD_FILE = {"OGR_SQLITE_JOURNAL": "OFF", "OGR_SQLITE_SYNCHRONOUS": "OFF"}
# GeoPackage 1.3, not GDAL's default 1.4: GDAL before 3.7 (Debian 12, QGIS installations of
# that time) reads a 1.4 file "only partially" and its validator fails it (R-tree triggers of
# 1.4); nothing here needs 1.4. A file of another version (written before this was decided)
# is rebuilt as 1.3 when one of its layers is replaced (SQLite's copies keep the definitions
# of the version they come from).
_VERSION = {"VERSION": "1.3"}
_VERSION_NUMBER = 10300  # as the file states it: SQLite's user_version (GeoPackage 1.3, 1.1.1)
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
# The GeoPackage tables (and GDAL's feature counts) that have entries per layer.
_LAYER_ENTRIES = {"gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions",
                  "gpkg_data_columns", "gpkg_metadata_reference", "gpkg_ogr_contents"}
# An R-tree index (extension gpkg_rtree_index) as SQLite keeps it: the virtual table and its
# own tables.
_RTREE_PARTS = ("", "_node", "_parent", "_rowid")
_SCHEMA_EXTENSION = ("gpkg_schema", "http://www.geopackage.org/spec/#extension_schema",
                     "read-write")


# Rows handed to GDAL at a time: it makes the features of a whole batch at once, so the
# layer costs little memory beside the records (at 1,000,000 rows in one piece: 0.5 GB), and
# a GeoParquet file is read as it goes rather than whole (another 0.6 GB). Measured on the
# cluster's million events: 65,536 rows a batch 307 MiB above the imports, 16,384 rows
# 215 MiB (4 % more CPU), 8,192 rows 193 MiB (7 % more).
_BATCH = 16_384


def geopackage_path(export_dir: Path, scope: str) -> Path:
    return export_dir / "geopackage" / f"{scope}.gpkg"


def write_layer(records: pa.Table | pq.ParquetFile, schema: DatasetSchema,
                fields: tuple[Field, ...], path: Path, about: dict,
                combined: Path | None = None) -> list[Path]:
    """Put the dataset's records (the export table, `geoarrow_table`, or that table saved as
    GeoParquet) as the layer `schema.key` alone into a new GeoPackage at `path`, handed to
    GDAL as Arrow a batch at a time; where `combined` is given, that layer also into the
    GeoPackage there, in place of the dataset's former layer beside the other datasets'
    (see `_combine`). Returns the files written."""
    kinds = _kinds(pa.chunked_array([batch.column(0) for batch in _batches(records, ["geometry"])],
                                    pa.binary()).combine_chunks())
    # A layer declares one geometry type; plans delivered as points beside polygons make it
    # GEOMETRY ("Unknown"), since a point in a MULTIPOLYGON layer breaks the GeoPackage rules.
    declared = (schema.geometry_type if kinds <= {schema.geometry_type,
                                                  schema.geometry_type.removeprefix("Multi")}
                else "Unknown")
    promoted = declared.startswith("Multi") and bool(kinds - {declared})
    layer = schema.arrow_schema(fields)

    def batches() -> Iterator[pa.RecordBatch]:
        for batch in _batches(records, layer.names):
            geometries = batch.column("geometry")
            if promoted:
                geometries = pa.array(shapely.to_wkb(_as_multi(_shapes(geometries))),
                                      pa.binary())
            yield pa.record_batch([*(_column(batch.column(f.name), f) for f in fields),
                                   geometries], schema=layer)

    def write(partial: str) -> None:
        with _gdal_writing(Path(partial), path):
            os.unlink(partial)  # GDAL creates a new GeoPackage only where no file is
            pyogrio.write_arrow(pa.RecordBatchReader.from_batches(layer, batches()), partial,
                                layer=schema.key, driver="GPKG", geometry_name="geometry",
                                geometry_type=declared, crs="EPSG:4326",
                                dataset_options=_VERSION,
                                layer_options={"IDENTIFIER": about["title"],
                                               "DESCRIPTION": "; ".join([
                                                   about["publisher"], about["license_title"],
                                                   *about["attribution"],
                                                   schema_note(schema.version, schema.content_hash)])})
        _describe_columns(Path(partial), schema.key,
                          [(f.name, f.label, f.label, f.description) for f in fields])

    atomic_write(path, write)
    if combined is None:
        return [path]
    atomic_write(combined, lambda partial: _combine(path, schema.key, combined, Path(partial)))
    return [path, combined]


def write_layer_of_file(parquet: Path, dataset: str, fields: tuple[Field, ...], path: Path,
                        about: dict, combined: Path | None = None) -> list[Path]:
    """`write_layer` of the export table saved as the scope's GeoParquet file, for a
    process that has only the file (pipelines/export/layer_process.py)."""
    with pq.ParquetFile(parquet) as stored:
        return write_layer(stored, load_schema(dataset), fields, path, about, combined)


def _combine(alone: Path, layer: str, combined: Path, partial: Path) -> None:
    """At `partial`, the GeoPackage `combined` (if there is one) with its layer `layer` now
    that of the GeoPackage `alone`, which holds it alone: the larger part is copied as a
    file (1,000,000 events, 0.7 GB: 0.3 s CPU), SQLite copies the other in (0.2 s CPU per
    100,000 events, as they are, R-tree included; GDAL would write them anew, 1 s). A file of
    another GeoPackage version than 1.3 gives its other layers to GDAL, to be written as 1.3."""
    current = combined.exists() and _version(combined) == _VERSION_NUMBER
    # the former layer is about as large as the new one: the file's other layers are larger
    # than it where the file is more than twice its size
    if current and combined.stat().st_size > 2 * alone.stat().st_size:
        shutil.copyfile(combined, partial)
        _put_layers(alone, partial, {layer})
        return
    shutil.copyfile(alone, partial)
    if current:
        with closing(sqlite3.connect(combined)) as database:
            others = {name for (name,) in database.execute(
                "SELECT table_name FROM gpkg_contents WHERE table_name != ?", (layer,))}
        if others:
            _put_layers(combined, partial, others)
    elif combined.exists():
        with _gdal_writing(partial, combined):
            _copy_layers(combined, partial, layer)


def _put_layers(source: Path, target: Path, layers: set[str]) -> None:
    """The layers `layers` of the GeoPackage `source` into the GeoPackage `target` (of the
    same version), in place of those of the same names there: SQLite copies each layer's
    table, its R-tree index (the index's own tables, as they are) and its entries in the
    GeoPackage tables, under the definitions of `source`."""
    with closing(sqlite3.connect(target.resolve().as_uri(), isolation_level=None,
                                 uri=True)) as database:
        database.execute("PRAGMA journal_mode = OFF")  # a failed copy is thrown away whole
        # read only: a name left unqualified below must never reach the other file
        database.execute("ATTACH ? AS source", (source.resolve().as_uri() + "?mode=ro",))
        theirs = {*layers, *(f"rtree_{table}_{column}{part}" for table, column
                             in _indexed(database, "source") if table in layers
                             for part in _RTREE_PARTS)}
        objects = [(kind, name, sql) for kind, name, table, sql in database.execute(
            "SELECT type, name, tbl_name, sql FROM source.sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY rowid").fetchall() if table in theirs
            or (name in _LAYER_ENTRIES and not _made(database, name))]
        named = ", ".join("?" * len(layers))
        database.execute("BEGIN")
        for table, column in _indexed(database, "main"):
            if table in layers:  # the virtual table, which drops its own tables
                database.execute(f'DROP TABLE main."rtree_{table}_{column}"')
        for name in layers:  # with its indexes and triggers
            database.execute(f'DROP TABLE IF EXISTS main."{name}"')
        for kind, name, sql in objects:
            # an R-tree makes its own tables
            if kind == "table" and not _made(database, name):
                database.execute(sql)
        for kind, name, sql in objects:  # as they are, SQLite's transfer of whole pages
            if kind == "table" and name in theirs and not sql.upper().startswith(
                    "CREATE VIRTUAL TABLE"):
                database.execute(f'DELETE FROM main."{name}"')  # what an R-tree begins with
                database.execute(f'INSERT INTO main."{name}" SELECT * FROM source."{name}"')
        for name in (*_LAYER_ENTRIES, "sqlite_sequence"):
            if _made(database, name) and _made(database, name, "source"):
                column = "name" if name == "sqlite_sequence" else "table_name"
                database.execute(f'DELETE FROM main."{name}" WHERE {column} IN ({named})',
                                 tuple(layers))
                database.execute(f'INSERT INTO main."{name}" SELECT * FROM source."{name}" '
                                 f'WHERE {column} IN ({named})', tuple(layers))
        for kind, _, sql in objects:  # once the rows are in: no trigger runs for them
            if kind in ("index", "trigger"):
                database.execute(sql)
        database.execute("COMMIT")


def _indexed(database: sqlite3.Connection, schema: str) -> list[tuple[str, str]]:
    """(table, geometry column) of each R-tree index (extension gpkg_rtree_index)."""
    return database.execute(f"SELECT table_name, column_name FROM {schema}.gpkg_extensions "
                            "WHERE extension_name = 'gpkg_rtree_index'").fetchall()


def _made(database: sqlite3.Connection, name: str, schema: str = "main") -> bool:
    """Whether the database (`schema`: main or an attached one) has a table, index or
    trigger of that name."""
    return bool(database.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE name = ?",
                                 (name,)).fetchone())


def _version(path: Path) -> int:
    """The GeoPackage version a file states (10300 for 1.3): SQLite's user_version, four
    bytes at offset 60 of the file's header."""
    with path.open("rb") as file:
        return int.from_bytes(file.read(100)[60:64], "big")


def _copy_layers(source: Path, target: Path, leave_out: str) -> None:
    """The layers of the GeoPackage `source` but `leave_out` into the GeoPackage of
    _VERSION at `target` (new or not), in their order, with their titles, descriptions and column
    descriptions, handed to GDAL as Arrow a batch at a time (the platform's GeoPackages hold
    feature layers only)."""
    with closing(sqlite3.connect(source)) as old:
        layers = old.execute("SELECT table_name, identifier, description FROM gpkg_contents "
                             "WHERE data_type = 'features' AND table_name != ? ORDER BY rowid",
                             (leave_out,)).fetchall()
        described = old.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_data_columns'"
                                ).fetchone()
        columns = {name: old.execute("SELECT column_name, name, title, description FROM "
                                     "gpkg_data_columns WHERE table_name = ?", (name,)).fetchall()
                   for name, _, _ in layers} if described else {}
    for name, identifier, description in layers:
        with pyogrio.open_arrow(source, layer=name, batch_size=_BATCH, use_pyarrow=True) as (
                about, stored):
            # GDAL hands over each column's alias and comment and would describe the columns
            # itself (its own way); _describe_columns does, as for the layer written now.
            plain = pa.schema([f if f.name == about["geometry_name"] else f.remove_metadata()
                               for f in stored.schema])
            records = pa.RecordBatchReader.from_batches(
                plain, (pa.record_batch(batch.columns, schema=plain) for batch in stored))
            pyogrio.write_arrow(records, target, layer=name, driver="GPKG",
                                geometry_name=about["geometry_name"],
                                geometry_type=about["geometry_type"], crs=about["crs"],
                                dataset_options=_VERSION,
                                layer_options={"IDENTIFIER": identifier,
                                               "DESCRIPTION": description})
        if columns.get(name):
            _describe_columns(target, name, columns[name])


@contextmanager
def _gdal_writing(partial: Path, path: Path):
    """GDAL writing the temporary file `partial` for `path`: as an unread file, quiet about
    its name (GDAL would like it to end in .gpkg), and a full disk named as such: without a
    journal SQLite answers it with a failed ROLLBACK ("cannot rollback - no transaction is
    active"), which names no cause; the disk does."""
    try:
        with warnings.catch_warnings(), _gdal_options(_UNREAD_FILE):
            warnings.filterwarnings("ignore", message=".*(extension|non conformant).*")
            yield
    except (pyogrio.errors.DataLayerError, pyogrio.errors.DataSourceError) as error:
        if shutil.disk_usage(partial.parent).free < 2**20:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path)) from error
        raise


def _batches(records: pa.Table | pq.ParquetFile, columns: list[str]) -> Iterator[pa.RecordBatch]:
    """The records' columns, `_BATCH` rows at a time."""
    if isinstance(records, pq.ParquetFile):
        return records.iter_batches(_BATCH, columns=columns)
    return iter(records.select(columns).to_batches(_BATCH))


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


def _describe_columns(path: Path, table: str,
                      columns: list[tuple[str, str | None, str | None, str | None]]) -> None:
    """German aliases (`name`, `title`) and descriptions of the layer's columns, each given as
    (column, name, title, description), in gpkg_data_columns (GeoPackage 1.3, F.9)."""
    with closing(sqlite3.connect(path)) as database, database:
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
            "VALUES (?, ?, ?, ?, ?)", [(table, *column) for column in columns])

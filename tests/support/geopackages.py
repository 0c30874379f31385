"""What a GeoPackage holds, read back for comparisons: its layers and the entries of the
GeoPackage tables, and the version the file states."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pyogrio


def content(path: Path) -> dict:
    """Every layer of a GeoPackage (fields, types, rows) and its entries in the GeoPackage
    tables, without the time each layer was written."""
    layers = {}
    for name, _ in pyogrio.list_layers(path):
        info = pyogrio.read_info(path, layer=name)
        _, table = pyogrio.read_arrow(path, layer=name)
        layers[name] = (info["geometry_type"], list(info["fields"]), list(info["dtypes"]),
                        table.to_pylist())
    with closing(sqlite3.connect(path)) as database:
        tables = {table: sorted(database.execute(f"SELECT * FROM {table}"))
                  for table in ("gpkg_data_columns", "gpkg_extensions", "gpkg_geometry_columns")}
        tables["gpkg_contents"] = sorted(database.execute(
            "SELECT table_name, data_type, identifier, description, min_x, min_y, max_x, max_y "
            "FROM gpkg_contents"))
    return {"layers": layers, **tables}


def definitions(path: Path) -> list[tuple]:
    """The file's tables, indexes and triggers as SQLite keeps their definitions (the R-tree
    triggers differ between GeoPackage 1.3 and 1.4)."""
    with closing(sqlite3.connect(path)) as database:
        return sorted(database.execute("SELECT type, name, sql FROM sqlite_master"))


def stated_version(path: Path) -> int:
    """The GeoPackage version the file states (PRAGMA user_version: 10300 for 1.3)."""
    with closing(sqlite3.connect(path)) as database:
        return database.execute("PRAGMA user_version").fetchone()[0]

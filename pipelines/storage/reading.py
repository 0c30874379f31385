"""Reading the warehouse that exists: the read-only opening, whether it is readable as
`swdp status` reads it, and whether it is damaged on disk.

Apart from the build (pipelines/storage/warehouse.py), which needs pandas, the geodata
libraries, the quality history and the online geocoder's cache: a reader needs DuckDB alone,
and `swdp status` loads the build only when there is no readable warehouse.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.core.database import connect
from pipelines.core.faults import Blocked

# The table of runs, one row per ingestion: what the build loads from the journals, and what
# a warehouse must hold to be read as it is.
RUN_COLUMNS = {
    "run_id": "VARCHAR", "dataset": "VARCHAR", "municipality": "VARCHAR", "source": "VARCHAR",
    "status": "VARCHAR", "started_at": "TIMESTAMPTZ", "finished_at": "TIMESTAMPTZ",
    "read": "BIGINT", "valid": "BIGINT", "rejected": "BIGINT", "geocoded": "BIGINT",
    "precision": "JSON", "delivery_sha256": "VARCHAR", "message": "VARCHAR", "notes": "JSON",
    "held": "BOOLEAN", "arrival": "VARCHAR",  # NULL in journals from before arrivals were noted
    "schema_version": "VARCHAR", "schema_hash": "VARCHAR",  # NULL before versions were noted
}


class WarehouseHeld(Blocked):
    """Another program holds the warehouse open for writing; the message is German."""


def held_message(path: Path) -> str:
    return (f"Das Warehouse {path} ist von einem anderen Programm zum Schreiben geöffnet – "
            f"Aktualisierung zurückgestellt; die Daten liegen sicher im Lake, der nächste Lauf "
            f"holt sie nach. Schreibende Verbindung schließen (Analysen bitte nur lesend: "
            f"read_only=True).")


def held(error: duckdb.Error) -> bool:
    """Whether a writer holds the file: another process (its lock) or this one (DuckDB's
    texts for each; not a word in them – a checksum error names a "block", a path may too)."""
    text = str(error).lower()
    return "could not set lock" in text or "unique file handle conflict" in text


def open_for_reading(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection; WarehouseHeld while another program writes the file."""
    try:
        return connect(path, read_only=True)
    except duckdb.IOException as error:
        if held(error):
            raise WarehouseHeld(held_message(path)) from None
        raise


def readable(path: Path) -> bool:
    """Whether the warehouse exists with its table of runs and all of that table's columns:
    False for a missing, empty or half-built one, or one built before the last column came."""
    if not path.exists():
        return False
    columns = ", ".join(f'"{name}"' for name in RUN_COLUMNS)
    try:
        with open_for_reading(path) as connection:
            connection.execute(f"SELECT {columns} FROM runs LIMIT 0").fetchall()
        return True
    except (duckdb.CatalogException, duckdb.BinderException, duckdb.IOException):
        return False


def unreadable(path: Path) -> str | None:
    """Why the warehouse file cannot be read through, or None when every table reads.
    DuckDB checks a block's checksum as it reads it: hashing every column of every table
    reads every block a table holds."""
    try:
        with connect(path, read_only=True) as connection:
            for (table,) in connection.execute("SELECT table_name FROM duckdb_tables()"
                                               ).fetchall():
                connection.execute(f'SELECT bit_xor(hash(COLUMNS(*))) FROM "{table}"').fetchall()
    except duckdb.Error as error:
        return None if held(error) else str(error)
    return None

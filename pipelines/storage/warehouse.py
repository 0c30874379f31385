"""The DuckDB warehouse: one serialised step rebuilds it from the lake in one transaction.

Tables `<dataset>_records` hold every record ever delivered (withdrawn ones with
`withdrawn_at`); views named exactly like the datasets show the current ones. `rejects`
holds the rejected rows of each partition's latest delivery, `runs` one row per ingestion,
`quality_results` every check of every run (the quality history), `geocode_cache` the
answers of online geocoders (see pipelines/geocoding/online.py), `notifications` the
neighbour notifications about building plans (pipelines/coordination).
Analysts and exports open the file read-only (`connect(path, read_only=True)`).

A refresh builds a new file next to the old one and renames it over it, under the warehouse
lock: readers (analysts, `swdp status`, exports) keep reading the old file meanwhile, a crash
leaves only a temporary file (removed by the next run), and an empty or half-built warehouse
is simply replaced. Only a process holding the old file open for writing defers the refresh:
the lake keeps everything, the next refresh catches up.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.core.cluster import load_cluster
from pipelines.storage.analysis import load_analysis
from pipelines.storage.notifications import NOTIFICATION_COLUMNS, journal_files
from pipelines.storage.rejects import REJECT_COLUMNS
from pipelines.geocoding.online import CACHE_TABLE, absorb, remove_absorbed
from pipelines.quality.history import QUALITY_COLUMNS, quality_rows
from pipelines.core.database import connect
from pipelines.core.faults import Blocked, explain_text
from pipelines.core.files import PRIVATE
from pipelines.core.locks import WAREHOUSE, exclusive
from pipelines.core.settings import Settings
from schemas import DatasetSchema, load_schemas

RUN_COLUMNS = {
    "run_id": "VARCHAR", "dataset": "VARCHAR", "municipality": "VARCHAR", "source": "VARCHAR",
    "status": "VARCHAR", "started_at": "TIMESTAMPTZ", "finished_at": "TIMESTAMPTZ",
    "read": "BIGINT", "valid": "BIGINT", "rejected": "BIGINT", "geocoded": "BIGINT",
    "precision": "JSON", "delivery_sha256": "VARCHAR", "message": "VARCHAR", "notes": "JSON",
    "held": "BOOLEAN", "arrival": "VARCHAR",  # NULL in journals from before arrivals were noted
}


class WarehouseHeld(Blocked):
    """Another program holds the warehouse open for writing; the message is German."""


def refresh(settings: Settings, on_wait: Callable[[str], None] = lambda text: None) -> dict[str, int]:
    """Rebuild the warehouse from the lake, the reject files and the journals; returns the
    current records per dataset. Raises WarehouseHeld while another program writes it."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    target = settings.warehouse_path
    with exclusive(settings, WAREHOUSE, on_wait):
        building = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
        try:
            try:
                counts, absorbed = _build(settings, building)
            except duckdb.Error as error:
                if explain_text(str(error), str(target)) is None:
                    raise
                # DuckDB names the temporary file in its text alone; the fault is the
                # warehouse's, and its message names the warehouse (full, read-only, …).
                raise OSError(0, str(error), str(target)) from error
            building.chmod(PRIVATE)  # personal data: for the platform's account only
            # A log left by a writer that died would be replayed into the new file.
            target.with_name(target.name + ".wal").unlink(missing_ok=True)
            os.replace(building, target)
        finally:
            for leftover in (building, building.with_name(building.name + ".wal")):
                leftover.unlink(missing_ok=True)
    remove_absorbed(absorbed)
    return counts


def _build(settings: Settings, path: Path) -> tuple[dict[str, int], list[str]]:
    counts = {}
    with connect(path) as connection:
        # Texts that hardly repeat (record ids, titles, line references) would be compressed
        # with FSST: a fifth of a refresh's time for half the file size, while reading them
        # back is no faster. Repeating texts keep their dictionaries.
        connection.execute("SET disabled_compression_methods = 'fsst'")
        _carry_over(connection, settings.warehouse_path)
        connection.execute("BEGIN TRANSACTION")
        for key, schema in load_schemas().items():
            files = [str(p) for p in sorted((settings.lake_dir / key).glob(
                "municipality=*/records.parquet"), key=lambda p: p.parent.name.split("=", 1)[1])]
            counts[key] = _load_dataset(connection, schema, files)
        _load_rejects(connection, settings)
        _load_runs(connection, settings)
        _load_quality(connection, settings)
        load_analysis(connection, settings, load_cluster(settings.config_path))
        _load_notifications(connection, settings)
        absorbed = absorb(connection, settings)
        connection.execute("COMMIT")
        # Closing checkpoints too, but keeps silent when that finds the disk full: the records
        # would be only in the write-ahead log, which the refresh discards with the new file.
        connection.execute("CHECKPOINT")
    return counts, absorbed


def _carry_over(connection, previous: Path) -> None:
    """Take over what only the warehouse holds (the online geocoder's answers). A previous
    file that cannot be read (empty, half-built by a killed run) has nothing to give."""
    if not previous.exists():
        return
    try:
        connection.execute(f"ATTACH {_literal(str(previous))} AS previous (READ_ONLY)")
    except duckdb.Error as error:
        if "lock" in str(error).lower():
            raise WarehouseHeld(held_message(previous)) from None
        return
    try:
        tables = {name for (name,) in connection.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = 'previous'").fetchall()}
        if CACHE_TABLE in tables:
            connection.execute(f"CREATE TABLE {CACHE_TABLE} AS SELECT * FROM previous.{CACHE_TABLE}")
    finally:
        connection.execute("DETACH previous")


def held_message(path: Path) -> str:
    return (f"Das Warehouse {path} ist von einem anderen Programm zum Schreiben geöffnet – "
            f"Aktualisierung zurückgestellt; die Daten liegen sicher im Lake, der nächste Lauf "
            f"holt sie nach. Schreibende Verbindung schließen (Analysen bitte nur lesend: "
            f"read_only=True).")


def ensure_warehouse(settings: Settings) -> bool:
    """Rebuild a missing, empty or half-built warehouse from the lake, or one built before
    the table of runs had all its columns; True when there is data to show (the lake has at
    least one run)."""
    if _readable(settings.warehouse_path):
        return True
    if not any(settings.runs_dir.glob("*/*/*.json")):
        return False
    refresh(settings)
    return True


def _readable(path: Path) -> bool:
    if not path.exists():
        return False
    columns = ", ".join(f'"{name}"' for name in RUN_COLUMNS)
    try:
        with open_for_reading(path) as connection:
            connection.execute(f"SELECT {columns} FROM runs LIMIT 0").fetchall()
        return True
    except (duckdb.CatalogException, duckdb.BinderException, duckdb.IOException):
        return False


def open_for_reading(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection; WarehouseHeld while another program writes the file."""
    try:
        return connect(path, read_only=True)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise WarehouseHeld(held_message(path)) from None
        raise


def _load_dataset(connection, schema: DatasetSchema, files: list[str]) -> int:
    table = f"{schema.key}_records"
    columns = schema.duckdb_columns()
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in columns)
    connection.execute(f"CREATE OR REPLACE TABLE {table} ({ddl})")
    names = ", ".join(f'"{name}"' for name, _ in columns)
    if files:
        # ordered by municipality, record_id without sorting: `files` come in the order of
        # their members, each sorted by record id (`pipelines.storage.lake.merge`), and DuckDB
        # keeps the order it reads them in
        connection.execute(f"INSERT INTO {table} SELECT {names} FROM read_parquet(?)", [files])
    connection.execute(f"CREATE OR REPLACE VIEW {schema.key} AS "
                       f"SELECT * FROM {table} WHERE withdrawn_at IS NULL")
    connection.execute(f"COMMENT ON TABLE {table} IS {_literal(schema.title + ' (alle Lieferungen)')}")
    connection.execute(f"COMMENT ON VIEW {schema.key} IS {_literal(schema.title + ' (aktuell)')}")
    for f in schema.stored_fields:
        connection.execute(f'COMMENT ON COLUMN {table}."{f.name}" IS '
                           f'{_literal(f"{f.label}: {f.description}")}')
    return connection.execute(f"SELECT count(*) FROM {schema.key}").fetchone()[0]


def _literal(text: str) -> str:
    """A SQL string literal; COMMENT ON takes no parameters."""
    return "'" + text.replace("'", "''") + "'"


def _load_rejects(connection, settings: Settings) -> None:
    ddl = ", ".join(f'"{name}" VARCHAR' for name in REJECT_COLUMNS)
    connection.execute(f"CREATE OR REPLACE TABLE rejects ({ddl})")
    files = sorted(str(p) for p in settings.rejects_dir.glob("*/municipality=*/rejects.parquet"))
    if files:
        connection.execute("INSERT INTO rejects SELECT * FROM read_parquet(?) "
                           "ORDER BY dataset, municipality, row_ref, field", [files])


def _load_runs(connection, settings: Settings) -> None:
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in RUN_COLUMNS.items())
    connection.execute(f"CREATE TABLE runs ({ddl}, PRIMARY KEY (run_id, dataset, municipality))")
    journals = sorted(str(p) for p in settings.runs_dir.glob("*/*/*.json"))
    if journals:
        types = "{" + ", ".join(f"'{n}': '{t}'" for n, t in RUN_COLUMNS.items()) + "}"
        connection.execute(f"INSERT OR IGNORE INTO runs SELECT * FROM "
                           f"read_json(?, columns = {types}, format = 'auto')", [journals])


def _load_quality(connection, settings: Settings) -> None:
    """Rebuilt from the quality journals, which are never rewritten: every run stays – every
    run that finished: a run killed after its checks but before its journal (`runs`) would
    count twice beside the rerun of its delivery."""
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in QUALITY_COLUMNS.items())
    connection.execute(f"CREATE OR REPLACE TABLE quality_results ({ddl})")
    rows = pd.DataFrame(quality_rows(settings), columns=list(QUALITY_COLUMNS))
    if len(rows):
        connection.register("quality_rows", rows)
        casts = ", ".join(f'CAST("{name}" AS {kind})' for name, kind in QUALITY_COLUMNS.items())
        connection.execute(f"INSERT INTO quality_results SELECT {casts} FROM quality_rows "
                           f"WHERE run_id IN (SELECT run_id FROM runs) "
                           f"ORDER BY checked_at, dataset, municipality, \"check\"")
        connection.unregister("quality_rows")
    connection.execute("COMMENT ON TABLE quality_results IS 'Qualitätsprüfungen aller "
                       "Einlesevorgänge (eine Zeile je Lauf und Prüfung)'")


def _load_notifications(connection, settings: Settings) -> None:
    """Rebuilt from the journal, whose files gain their sending time after the mail went out."""
    ddl = ", ".join(f'"{name}" {kind}' for name, kind in NOTIFICATION_COLUMNS.items())
    connection.execute(f"CREATE OR REPLACE TABLE notifications ({ddl})")
    files = [str(path) for path in journal_files(settings)]
    if files:
        types = "{" + ", ".join(f"'{n}': '{t}'" for n, t in NOTIFICATION_COLUMNS.items()) + "}"
        connection.execute(f"INSERT INTO notifications SELECT * FROM read_json(?, columns = "
                           f"{types}, format = 'auto') ORDER BY created_at, to_member", [files])
    connection.execute("COMMENT ON TABLE notifications IS 'Benachrichtigungen der Nachbarn über "
                       "Bebauungspläne in ihrer Nähe (neu, geändert, zurückgezogen)'")
